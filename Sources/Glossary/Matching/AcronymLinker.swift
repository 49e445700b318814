/// Links an acronym that a text defines to the entry of its long form.
///
/// "la Direction générale de la sûreté nationale (DGSN)": the parenthesised acronym right after
/// a matched long form (same first letter, two capitals at least) names that entry for the
/// rest of the text, wherever it occurs, even when the lexicon does not list it or lists it
/// under another country's service. The text's own definition wins over the lexicon's.
enum AcronymLinker {
    static func link(
        _ matches: [Match], units: UnsafeBufferPointer<UInt16>, tokens: [MatchUnit], matcher: CompiledMatcher
    ) -> [Match] {
        var definitions: [[UInt16]: Int] = [:]
        for match in matches {
            guard match.form >= 0, let acronym = definedAcronym(after: match.range, in: units) else { continue }
            let entry = matcher.entries[match.entry]
            let form = entry.forms[match.form]
            guard !LexiconEntry.isShortAcronym(form), let first = form.unicodeScalars.first,
                String(first).uppercased().utf16.first == acronym.first
            else { continue }
            if definitions[acronym] == nil { definitions[acronym] = match.entry }
        }
        guard !definitions.isEmpty else { return matches }
        var result: [Match] = []
        result.reserveCapacity(matches.count + 4)
        var next = 0  // the first match not yet copied
        for token in tokens {
            let range = Int(token.start)..<Int(token.end)
            guard range.count <= 12,
                let entry = definitions[Array(units[range])]
            else { continue }
            while next < matches.count, matches[next].range.upperBound <= range.lowerBound {
                result.append(matches[next])
                next += 1
            }
            if next < matches.count, matches[next].range.lowerBound < range.upperBound {
                // Already inside a match: relink it when it is exactly the acronym.
                if matches[next].range == range, matches[next].entry != entry {
                    result.append(Match(entry: entry, form: -1, range: range))
                    next += 1
                }
                continue
            }
            result.append(Match(entry: entry, form: -1, range: range))
        }
        result.append(contentsOf: matches[next...])
        return result
    }

    /// The acronym in "( ACR )" right after `range`, as UTF-16 units.
    static func definedAcronym(after range: Range<Int>, in units: UnsafeBufferPointer<UInt16>) -> [UInt16]? {
        var index = range.upperBound
        while index < units.count, units[index] == 0x20 || units[index] == 0xA0 || units[index] == 0x202F { index += 1 }
        guard index < units.count, units[index] == 0x28 else { return nil }
        index += 1
        let start = index
        var capitals = 0
        while index < units.count, index - start <= 10 {
            let unit = units[index]
            if unit >= 0x41 && unit <= 0x5A {
                capitals += 1
            } else if !(unit >= 0x30 && unit <= 0x39) && unit != 0x2D && unit != 0x26 {
                break
            }
            index += 1
        }
        guard capitals >= 2, index < units.count, units[index] == 0x29, units[start] >= 0x41, units[start] <= 0x5A
        else {
            return nil
        }
        return Array(units[start..<index])
    }
}
