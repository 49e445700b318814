/// The article with English glosses inline after the first occurrence of each term:
/// "la Direction générale de la sûreté nationale [General Directorate for National Security]".
///
/// Later occurrences are left alone, as a translator's note would be. A rendering that only
/// repeats the French as written ("RAID [RAID]") tells an English reader nothing: an
/// alternative that says more is shown instead ("RAID [French National Police elite tactical
/// unit]"), or no gloss at all; and a French plural is glossed in the plural when `plural` is
/// given ("frappes aériennes [air strikes]"). Works on any text and its matches, so a summary
/// (`precis digest`) can be glossed the same way.
public struct InlineGlossRenderer: Sendable {
    public let entries: [LexiconEntry]
    /// Gloss every occurrence instead of the first of each entry.
    public var everyOccurrence: Bool
    /// Puts the gloss of a French plural in the plural ("frappes aériennes [air strikes]");
    /// nil leaves every gloss as the lexicon gives it.
    public var plural: EnglishPlural?

    public init(entries: [LexiconEntry], everyOccurrence: Bool = false, plural: EnglishPlural? = nil) {
        self.entries = entries
        self.everyOccurrence = everyOccurrence
        self.plural = plural
    }

    /// `text` with " [English]" after glossed occurrences; `matches` in UTF-16 offsets, in order.
    public func render(_ text: String, matches: [Match]) -> String {
        let units = Array(text.utf16)
        var output: [UInt16] = []
        output.reserveCapacity(units.count + matches.count * 24)
        var seen = Set<Int>()
        var position = 0
        for match in matches.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
        where match.range.lowerBound >= position {
            guard everyOccurrence || seen.insert(match.entry).inserted else { continue }
            let written = String(decoding: units[match.range], as: UTF16.self)
            let entry = entries[match.entry]
            // A verb's entry lists conjugated forms ("refoulait"): its participle in the plural
            // ("refoulés") is glossed by the verb ("turn back"), which has no plural.
            let isVerb = entry.forms.contains { $0.hasSuffix("ait") || $0.hasSuffix("aient") }
            let isPlural =
                !isVerb && entry.forms.indices.contains(match.form)
                && EnglishPlural.isFrenchPlural(written, of: entry.forms[match.form])
            guard let gloss = InlineGlossRenderer.gloss(of: entry, written: written, plural: isPlural ? plural : nil)
            else { continue }
            output.append(contentsOf: units[position..<match.range.upperBound])
            output.append(contentsOf: " [\(gloss)]".utf16)
            position = match.range.upperBound
        }
        output.append(contentsOf: units[position...])
        return String(decoding: output, as: UTF16.self)
    }

    /// The article's title and text glossed (each from its own first occurrences).
    public func render(_ glossary: ArticleGlossary) -> (title: String?, text: String) {
        let textMatches = glossary.terms.flatMap(\.occurrences)
        let titleMatches = glossary.terms.flatMap(\.titleOccurrences)
        return (glossary.title.map { render($0, matches: titleMatches) }, render(glossary.text, matches: textMatches))
    }

    /// What to show after an occurrence written `written`: the English rendering, or, when it
    /// is the French as written (case aside), the first alternative that is neither the same,
    /// nor an abbreviation in capitals ("SQ"), nor a spelling of the rendering
    /// ("radicalization" of "radicalisation"); nil when there is none.
    ///
    /// For a name or an acronym (a capital in `written`) any such alternative says what it is
    /// ("Frontex [European Border and Coast Guard Agency]"). A common word that English uses as
    /// French does ("surveillance", "corruption") takes only an alternative of more words, an
    /// explanation ("go-fast [high-speed drug run]"): a one-word alternative there is a synonym
    /// that may narrow the sense ("corruption" and "bribery").
    ///
    /// With `plural` (the French is written in the plural), what is shown is put in the plural
    /// ("gendarmes" is then the French as written too).
    static func gloss(of entry: LexiconEntry, written: String, plural: EnglishPlural? = nil) -> String? {
        func number(_ english: String) -> String { plural?.plural(of: english) ?? english }
        let rendering = entry.en.lowercased()
        let shown = number(entry.en)
        guard rendering != written.lowercased(), shown.lowercased() != written.lowercased() else {
            let isName = written.contains(where: \.isUppercase)
            let words = rendering.split(separator: " ").count
            return entry.alternatives.first { alternative in
                let lowered = alternative.lowercased()
                return lowered != rendering && alternative != alternative.uppercased()
                    && editDistance(Array(lowered.unicodeScalars), Array(rendering.unicodeScalars)) > 2
                    && (isName || lowered.split(separator: " ").count > words)
            }.map(number)
        }
        return shown
    }

    /// Levenshtein distance between two sequences of scalars (short strings: one row kept).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var row = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var diagonal = row[0]
            row[0] = i + 1
            for (j, y) in b.enumerated() {
                let substitution = diagonal + (x == y ? 0 : 1)
                diagonal = row[j + 1]
                row[j + 1] = min(substitution, row[j] + 1, row[j + 1] + 1)
            }
        }
        return row[b.count]
    }
}
