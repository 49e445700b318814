/// The article with English glosses inline after the first occurrence of each term:
/// "la Direction générale de la sûreté nationale [General Directorate for National Security]".
///
/// Later occurrences are left alone, as a translator's note would be. Works on any text and
/// its matches, so a summary (`precis digest`) can be glossed the same way.
public struct InlineGlossRenderer: Sendable {
    public let entries: [LexiconEntry]
    /// Gloss every occurrence instead of the first of each entry.
    public var everyOccurrence: Bool

    public init(entries: [LexiconEntry], everyOccurrence: Bool = false) {
        self.entries = entries
        self.everyOccurrence = everyOccurrence
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
            output.append(contentsOf: units[position..<match.range.upperBound])
            output.append(contentsOf: " [\(entries[match.entry].en)]".utf16)
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
}
