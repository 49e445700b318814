import FrenchText

/// The words that show a text is about a country: its name, demonyms, capital and cities.
///
/// An acronym of one country's body is short and often means something else elsewhere: "PNC"
/// is the Police nationale congolaise in a report from Kinshasa, airline cabin crews
/// ("personnel navigant commercial") in a French article on a strike. The matcher keeps such
/// an acronym only in an article that names its country (`Lexicons/fr/country-cues.tsv`).
struct CountryCues: Sendable {
    /// By country code, each cue as its folded words.
    let phrases: [String: [[[UInt16]]]]

    init(_ rows: [(code: String, cue: String)]) {
        var phrases: [String: [[[UInt16]]]] = [:]
        for row in rows {
            let words = Array(row.cue.utf16).withUnsafeBufferPointer { Self.foldedWords($0) }
            if !words.isEmpty { phrases[row.code, default: []].append(words) }
        }
        self.phrases = phrases
    }

    /// Whether the table has cues for `code`: countries without any are not checked.
    func covers(_ code: String) -> Bool { phrases[code] != nil }

    /// Whether one of `words` (a text's folded words, in order) starts a cue of `code`.
    func names(_ code: String, in words: [[UInt16]]) -> Bool {
        guard let cues = phrases[code] else { return true }
        for start in words.indices {
            for cue in cues where cue[0] == words[start] && start + cue.count <= words.count {
                if cue.indices.allSatisfy({ cue[$0] == words[start + $0] }) { return true }
            }
        }
        return false
    }

    /// The folded words of a text: runs of letters, digits and marks, so that hyphens,
    /// apostrophes and spaces all separate ("Nord-Kivu", "Côte d'Ivoire").
    static func foldedWords(_ units: UnsafeBufferPointer<UInt16>) -> [[UInt16]] {
        var words: [[UInt16]] = []
        var index = 0
        while index < units.count {
            while index < units.count, !AcronymLinker.isWordUnit(units[index]) { index += 1 }
            let start = index
            while index < units.count, AcronymLinker.isWordUnit(units[index]) { index += 1 }
            if index > start { words.append(KeyBuilder.folded(units, start..<index)) }
        }
        return words
    }
}

extension CompiledMatcher {
    /// The matches of an article's texts (its body and title) without the acronyms of another
    /// country's bodies when none of the texts names that country.
    ///
    /// A country counts as named by a cue word, or by a match of one of its bodies that is not
    /// such an acronym: a full name ("Police nationale congolaise"), or an acronym the text
    /// defines, which ``AcronymLinker`` has linked.
    public func requiringCountryCues(_ matches: [[Match]], in texts: [[UInt16]]) -> [[Match]] {
        var doubtful: Set<String> = []
        var named: Set<String> = []
        for match in matches.joined() {
            if match.form >= 0, let code = cuedAcronymCountry[match.entry][match.form] {
                doubtful.insert(code)
            } else if countryCues.covers(entries[match.entry].country) {
                named.insert(entries[match.entry].country)
            }
        }
        doubtful.subtract(named)
        guard !doubtful.isEmpty else { return matches }
        let words = texts.map { text in text.withUnsafeBufferPointer { CountryCues.foldedWords($0) } }
        let unnamed = doubtful.filter { code in !words.contains { countryCues.names(code, in: $0) } }
        guard !unnamed.isEmpty else { return matches }
        return matches.map { list in
            list.filter { match in
                guard match.form >= 0, let code = cuedAcronymCountry[match.entry][match.form] else { return true }
                return !unnamed.contains(code)
            }
        }
    }
}
