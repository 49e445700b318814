/// Finds what is wrong between rows of a lexicon: duplicate ids, one French term with
/// conflicting renderings, variants that collide across concepts.
///
/// Forms are compared by their matching key (case-folded, accents and hyphens ignored, except
/// for case-sensitive forms), so two rows the matcher cannot tell apart are caught here.
/// Each issue is reported at the later row and names the earlier one.
public enum LexiconChecker {
    /// The problems between rows, in the order found.
    public static func check(_ entries: [LexiconEntry]) -> [LexiconIssue] {
        findings(entries).map(\.issue)
    }

    /// The problems between rows, each with the index of the entry it is reported at (the later row).
    public static func findings(_ entries: [LexiconEntry]) -> [(entry: Int, issue: LexiconIssue)] {
        var issues: [(entry: Int, issue: LexiconIssue)] = []
        func report(_ index: Int, _ severity: LexiconIssue.Severity, _ message: String) {
            issues.append((index, LexiconIssue(entries[index].location, severity, message)))
        }
        var ids: [String: LexiconEntry] = [:]
        for (index, entry) in entries.enumerated() {
            if let first = ids[entry.id] {
                report(index, .error, "duplicate id '\(entry.id)' (first at \(first.location))")
            } else {
                ids[entry.id] = entry
            }
        }
        // Every form by key: (entry index, form index).
        var byKey: [[UInt16]: [(Int, Int)]] = [:]
        var order: [[UInt16]] = []
        for (index, entry) in entries.enumerated() {
            var own = Set<[UInt16]>()
            for (formIndex, form) in entry.forms.enumerated() {
                let key = entry.isCaseSensitive(form) ? [0x01] + KeyBuilder.exact(form) : KeyBuilder.folded(form)
                guard own.insert(key).inserted else {
                    report(
                        index, .warning,
                        "'\(entry.id)': form '\(form)' is redundant: matching already ignores case, accents and hyphens"
                    )
                    continue
                }
                if byKey[key] == nil { order.append(key) }
                byKey[key, default: []].append((index, formIndex))
            }
            let english = entry.alternatives.map { $0.lowercased() }
            if english.contains(entry.en.lowercased()) {
                report(index, .warning, "'\(entry.id)': alternative repeats en '\(entry.en)'")
            }
        }
        for key in order {
            guard let uses = byKey[key], uses.count > 1 else { continue }
            let (firstIndex, firstForm) = uses[0]
            let first = entries[firstIndex]
            for (index, formIndex) in uses.dropFirst() {
                let entry = entries[index]
                let form = entry.forms[formIndex]
                let sameCountry = entry.country == first.country
                let sameRendering = entry.en.lowercased() == first.en.lowercased()
                let what = "'\(form)' (\(formIndex == 0 ? "fr" : "variant") of '\(entry.id)')"
                let other = "\(firstForm == 0 ? "fr" : "variant") of '\(first.id)' at \(first.location)"
                if sameCountry && !sameRendering {
                    let countries = entry.country.isEmpty ? "no country" : "country \(entry.country)"
                    report(
                        index, .error,
                        "\(what) is also the \(other), rendered '\(entry.en)' here and '\(first.en)' there (\(countries))"
                    )
                } else if sameCountry {
                    report(index, .warning, "\(what) is also the \(other): same concept twice?")
                } else {
                    report(
                        index, .warning,
                        "\(what) is also the \(other) (countries '\(entry.country)' and '\(first.country)'): the earlier row wins unless the text defines it"
                    )
                }
            }
        }
        return issues
    }
}
