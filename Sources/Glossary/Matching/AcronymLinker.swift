/// Links an acronym that a text defines to the entry of its long form.
///
/// "la Direction générale de la sûreté nationale (DGSN)": the parenthesised acronym right after
/// a matched long form (same first letter, two capitals at least) names that entry for the
/// rest of the text, wherever it occurs, even when the lexicon does not list it or lists it
/// under another country's service. The text's own definition wins over the lexicon's: an
/// acronym the text spells out as another name ("l'Autorité de protection des données (APD)")
/// is not the lexicon's ("aide publique au développement").
enum AcronymLinker {
    static func link(
        _ matches: [Match], units: UnsafeBufferPointer<UInt16>, tokens: [MatchUnit], matcher: CompiledMatcher
    ) -> [Match] {
        let matches = droppingRedefined(matches, units: units, matcher: matcher)
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
        while index < units.count, CharacterTables.isInlineSpace(units[index]) { index += 1 }
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

    /// The matches without those of a lexicon acronym that the text defines as another name.
    ///
    /// "(APD)" after words whose initials spell it, skipping the small words of
    /// `acronym-connectors.txt` ("Autorité de protection des données"), is that name's acronym
    /// in this text. A lexicon entry whose acronym it is keeps its matches when the names agree:
    /// half of the text's words at least (their first four letters, accents and case aside) are
    /// in the entry's French long forms or English terms, so that a variant or a slip of the
    /// writer ("interruption totale de travail (ITT)", "Drug enforcement administration (DEA)")
    /// is still the entry, and "l'Association des maires de France (AMF)" is not the Autorité
    /// des marchés financiers. Words that many names share (`acronym-generic-words.txt`:
    /// "agence", "nationale") are not counted when the name has others: "l'Agence nationale de
    /// la recherche (ANR)" shares two words with the Agence nationale de renseignements, but not
    /// the one that tells them apart. An entry with no long form keeps its matches too: nothing
    /// says the names differ.
    static func droppingRedefined(
        _ matches: [Match], units: UnsafeBufferPointer<UInt16>, matcher: CompiledMatcher
    ) -> [Match] {
        var redefined: [[UInt16]: [[UInt16]]] = [:]  // acronym → the words of the text's name
        for index in units.indices where units[index] == 0x28 {
            guard let acronym = definedAcronym(after: index..<index, in: units), redefined[acronym] == nil,
                let words = spelledName(of: acronym, before: index, in: units, connectors: matcher.acronymConnectors)
            else { continue }
            redefined[acronym] = words
        }
        guard !redefined.isEmpty else { return matches }
        return matches.filter { match in
            guard match.form >= 0, let words = redefined[Array(units[match.range])] else { return true }
            let entry = matcher.entries[match.entry]
            guard LexiconEntry.isShortAcronym(entry.forms[match.form]) else { return true }
            let names = entry.forms.filter { !LexiconEntry.isShortAcronym($0) }
            guard !names.isEmpty else { return true }
            var known: Set<ArraySlice<UInt16>> = []
            for name in names + [entry.en] + entry.alternatives {
                for word in contentWords(of: name, connectors: matcher.acronymConnectors) {
                    known.insert(word.prefix(4))
                }
            }
            let distinctive = words.filter { !matcher.genericNameWords.contains($0) }
            let compared = distinctive.isEmpty ? words : distinctive
            let shared = compared.filter { known.contains($0.prefix(4)) }.count
            return 2 * shared >= compared.count
        }
    }

    /// The folded words of the name whose initials spell `acronym`, connectors left out, read
    /// backwards from the parenthesis at `end`; nil when the words there do not spell it.
    ///
    /// Words are separated by spaces, commas, apostrophes or hyphens (each part of "Meuse-Ourthe"
    /// gives its initial); connectors are skipped; any other mark ends the name.
    static func spelledName(
        of acronym: [UInt16], before end: Int, in units: UnsafeBufferPointer<UInt16>, connectors: Set<[UInt16]>
    ) -> [[UInt16]]? {
        var letters = acronym.filter { $0 >= 0x41 && $0 <= 0x5A }
        guard letters.count == acronym.count else { return nil }  // digits, '&': not spelled from initials
        var words: [[UInt16]] = []
        var index = end
        var read = 0
        while let last = letters.last {
            // Back over the separators to the end of the previous word.
            while index > 0, isSeparator(units[index - 1]) { index -= 1 }
            guard index > 0, isWordUnit(units[index - 1]), read < 2 * acronym.count + 6 else { return nil }
            let wordEnd = index
            while index > 0, isWordUnit(units[index - 1]) { index -= 1 }
            read += 1
            let key = KeyBuilder.folded(units, index..<wordEnd)
            if connectors.contains(key) { continue }
            guard let initial = key.first, initial == last + 0x20 else { return nil }
            letters.removeLast()
            words.append(key)
        }
        return words
    }

    /// The folded words of a name, connectors left out.
    static func contentWords(of name: String, connectors: Set<[UInt16]>) -> [[UInt16]] {
        Array(name.utf16).withUnsafeBufferPointer { CountryCues.foldedWords($0) }
            .filter { !$0.isEmpty && !connectors.contains($0) }
    }

    /// A letter, digit or mark (``CharacterTables/classes``).
    static func isWordUnit(_ unit: UInt16) -> Bool { CharacterTables.classes[Int(unit)] & CharacterTables.word != 0 }

    /// Spaces, commas, apostrophes and hyphens: what stands between the words of a name.
    static func isSeparator(_ unit: UInt16) -> Bool {
        CharacterTables.isInlineSpace(unit) || unit == 0x2C || CharacterTables.isApostrophe(unit)
            || CharacterTables.isHyphen(unit)
    }
}
