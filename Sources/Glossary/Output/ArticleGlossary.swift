import FrenchText

/// The glossary of one article: the entries found in its title and text, with every occurrence.
public struct ArticleGlossary: Sendable {
    /// One entry found in the article.
    public struct Term: Sendable, Equatable {
        /// The entry's index in the matcher's entries.
        public var entry: Int
        /// Occurrences in the text, UTF-16 offsets, in order.
        public var occurrences: [Match]
        /// Occurrences in the title, UTF-16 offsets into the title.
        public var titleOccurrences: [Match]
        /// The sentence of the text holding the first occurrence in prose (the first occurrence's
        /// sentence when every occurrence is in page furniture; the title when the term is only there).
        public var firstSentence: String

        /// Every occurrence, title and text.
        public var count: Int { occurrences.count + titleOccurrences.count }
    }

    public var id: String
    public var title: String?
    public var text: String
    /// Terms in order of first appearance (title first).
    public var terms: [Term]

    public init(id: String, title: String?, text: String, terms: [Term]) {
        self.id = id
        self.title = title
        self.text = text
        self.terms = terms
    }
}

/// Builds article glossaries; holds per-thread state (scratch buffers, a sentence segmenter).
///
/// Not thread-safe: one per thread; the ``CompiledMatcher`` itself is shared.
public final class ArticleGlossaryBuilder {
    public let matcher: CompiledMatcher
    var scratch = MatchScratch()
    let segmenter: SentenceSegmenter?
    /// Entries matched but left out of the glossary (general vocabulary).
    let hidden: Set<Int>
    /// The part of each sentence of an article (given its text's units, its sentences and its
    /// title's units) that may serve as a term's example: nil for page furniture (a byline, a
    /// caption, a section label), the sentence without a glued label otherwise.
    public typealias ExampleFilter = (
        _ text: UnsafeBufferPointer<UInt16>, _ sentences: [Sentence], _ title: UnsafeBufferPointer<UInt16>?
    ) -> [Range<Int>?]

    let isExample: ExampleFilter?

    /// `segmenter` finds `first_sentence`; without one, the whole paragraph is used. Entries in
    /// `hidden` still match (so a longer term is never cut by them) but are not listed.
    /// `isExample` (used with a segmenter) passes over page furniture when choosing `first_sentence`.
    public init(
        matcher: CompiledMatcher, segmenter: SentenceSegmenter?, hidden: Set<Int> = [],
        isExample: ExampleFilter? = nil
    ) {
        self.matcher = matcher
        self.segmenter = segmenter
        self.hidden = hidden
        self.isExample = isExample
    }

    /// The glossary of an article.
    public func glossary(id: String, title: String?, text: String) -> ArticleGlossary {
        let body = UTF16Text(text)
        var bodyMatches = matcher.matches(in: body, scratch: &scratch)
        var titleMatches: [Match] = []
        if let title, !title.isEmpty {
            let titleText = UTF16Text(title)
            titleMatches = matcher.matches(in: titleText, scratch: &scratch)
            let kept = matcher.requiringCountryCues([bodyMatches, titleMatches], in: [body.units, titleText.units])
            (bodyMatches, titleMatches) = (kept[0], kept[1])
        } else {
            bodyMatches = matcher.requiringCountryCues([bodyMatches], in: [body.units])[0]
        }
        var order: [Int] = []
        var byEntry: [Int: ArticleGlossary.Term] = [:]
        for (isTitle, matches) in [(true, titleMatches), (false, bodyMatches)] {
            for match in matches where !hidden.contains(match.entry) {
                if byEntry[match.entry] == nil {
                    order.append(match.entry)
                    byEntry[match.entry] = ArticleGlossary.Term(
                        entry: match.entry, occurrences: [], titleOccurrences: [], firstSentence: "")
                }
                if isTitle {
                    byEntry[match.entry]?.titleOccurrences.append(match)
                } else {
                    byEntry[match.entry]?.occurrences.append(match)
                }
            }
        }
        var terms = order.compactMap { byEntry[$0] }
        if !terms.isEmpty {
            let segmented = segmenter?.sentences(in: body)
            let sentences = segmented?.map(\.range) ?? paragraphRanges(body)
            var prose: [Range<Int>?] = []
            if let isExample, let segmented {
                let titleUnits = title.map { Array($0.utf16) }
                prose = body.units.withUnsafeBufferPointer { units in
                    guard let titleUnits else { return isExample(units, segmented, nil) }
                    return titleUnits.withUnsafeBufferPointer { isExample(units, segmented, $0) }
                }
            }
            for index in terms.indices {
                guard
                    let chosen = Self.example(
                        of: terms[index].occurrences, sentences: sentences, prose: prose.isEmpty ? nil : prose)
                else {
                    terms[index].firstSentence = title ?? ""
                    continue
                }
                terms[index].firstSentence = body.substring(chosen)
            }
        }
        return ArticleGlossary(id: id, title: title, text: text, terms: terms)
    }

    /// Where a term's example is: the prose part of the sentence holding its first occurrence in
    /// prose, else the sentence of its first occurrence (the occurrence itself when no sentence
    /// holds it); nil without occurrences.
    ///
    /// - Parameters:
    ///   - sentences: the text's sentences, in order and apart.
    ///   - prose: for each sentence, its part that may serve as an example, nil for furniture; nil
    ///     when every sentence may.
    /// - Complexity: O(*k* log *n*) for *k* occurrences looked at and *n* sentences, so that a
    ///   10 MB article with thousands of occurrences stays fast.
    public static func example(of occurrences: [Match], sentences: [Range<Int>], prose: [Range<Int>?]?) -> Range<Int>? {
        guard let first = occurrences.first else { return nil }
        let firstSentence =
            sentence(holding: first.range.lowerBound, in: sentences).map { sentences[$0] } ?? first.range
        guard let prose else { return firstSentence }
        for occurrence in occurrences {
            if let s = sentence(holding: occurrence.range.lowerBound, in: sentences), let part = prose[s],
                part.contains(occurrence.range.lowerBound)
            {
                return part
            }
        }
        return firstSentence
    }

    /// The index of the sentence holding an offset, by binary search over sentences in order.
    static func sentence(holding offset: Int, in sentences: [Range<Int>]) -> Int? {
        var low = 0
        var high = sentences.count
        // The first sentence that ends after the offset.
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count && sentences[low].contains(offset) ? low : nil
    }

    /// Line ranges (UTF-16): the examples when there is no segmenter.
    func paragraphRanges(_ text: UTF16Text) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for (index, unit) in text.units.enumerated() where unit == 0x0A {
            if index > start { result.append(start..<index) }
            start = index + 1
        }
        if start < text.count { result.append(start..<text.count) }
        return result
    }
}
