import FrenchText

/// Extractive summaries of French news: segment, clean, score with explicit features, select.
///
/// The pipeline of one article reads top to bottom in ``summarize(_:budget:)``:
/// segment → find the title and the scraped noise → tokenize and stem once → features per
/// sentence → weighted score → MMR selection under an exact budget → document order.
///
/// An instance holds ICU iterators and a stemmer: it is not thread-safe; use one per thread.
public final class Summarizer {
    let resources: SummarizerResources
    let segmenter: SentenceSegmenter
    let tokenizer: WordTokenizer
    let cache: TokenCache
    let cleaner: ArticleCleaner

    public init(resources: SummarizerResources) throws {
        self.resources = resources
        segmenter = try SentenceSegmenter(rules: resources.segmentation)
        tokenizer = try WordTokenizer(elisions: resources.elisions)
        cleaner = try ArticleCleaner(rules: resources.cleanup)
        // The token cache keeps each form's stem: the stemmer needs no cache of its own.
        cache = TokenCache(
            stemmer: try FrenchStemmer(cacheLimit: 0), stopwords: resources.stopwords,
            expressions: resources.titles, worthiness: resources.worthiness, dateWords: resources.dateWords)
    }

    /// Summarizes an article under a budget.
    public func summarize(_ article: Article, budget: Budget) -> Summary {
        let text = UTF16Text(article.text)
        var summary = Summary(
            id: article.id, source: text, title: article.title, sentences: [], cleanups: [], budget: budget,
            warnings: [])
        let segments = segmenter.sentences(in: text)
        guard !segments.isEmpty else {
            summary.warnings.append("empty-text")
            return summary
        }
        summary.sentences = text.units.withUnsafeBufferPointer { units in
            segments.enumerated().map { index, segment in
                Summary.Sentence(
                    index: index, range: segment.range, paragraph: segment.paragraph,
                    words: Budget.wordCount(UnsafeBufferPointer(rebasing: units[segment.range])),
                    features: FeatureVector(),
                    score: 0, marginalScore: nil, status: .notSelected(reason: "rank"), source: text)
            }
        }
        let title = markTitleAndNoise(&summary, article: article, text: text)
        let analysis = DocumentAnalysis(summary: summary, text: text, title: title, summarizer: self)
        let candidates = summary.sentences.indices.filter {
            summary.sentences[$0].status == .notSelected(reason: "rank")
        }
        guard !candidates.isEmpty else {
            summary.warnings.append("no-usable-sentence")
            return summary
        }
        let weights = resources.weights.vector
        for (rank, index) in candidates.enumerated() {
            let features = analysis.features(of: index, rank: rank)
            summary.sentences[index].features = features
            // In the fixed order of Feature.allCases: the same bits in every run.
            summary.sentences[index].score = features.dot(weights)
        }
        SentenceSelector(redundancy: resources.weights.redundancy).select(
            candidates: candidates, budget: budget, summary: &summary, similarity: analysis.similarity)
        if summary.selected.isEmpty { summary.warnings.append("budget-too-small") }
        return summary
    }

    /// Marks the title line of a text file and the sentences that are scraped noise; cuts glued
    /// labels. Returns the title's units, for the title features.
    func markTitleAndNoise(_ summary: inout Summary, article: Article, text: UTF16Text) -> UTF16Text? {
        if summary.title == nil, article.titleFromFirstLine, let first = summary.sentences.first,
            looksLikeTitle(first, next: summary.sentences.dropFirst().first)
        {
            summary.title = first.text
            summary.sentences[0].status = .title
        }
        for index in summary.sentences.indices where summary.sentences[index].status != .title {
            let range = summary.sentences[index].range
            let verdict = text.units.withUnsafeBufferPointer {
                cleaner.verdict(for: UnsafeBufferPointer(rebasing: $0[range]))
            }
            switch verdict {
            case .keep:
                break
            case .noise(let kind):
                summary.sentences[index].status = .noise(kind: kind)
            case .label(let kind, let length):
                var sentence = summary.sentences[index]
                let label = text.substring(sentence.range.lowerBound..<(sentence.range.lowerBound + length))
                sentence.range = (sentence.range.lowerBound + length)..<sentence.range.upperBound
                sentence.words = text.units.withUnsafeBufferPointer {
                    Budget.wordCount(UnsafeBufferPointer(rebasing: $0[sentence.range]))
                }
                summary.sentences[index] = sentence
                summary.cleanups.append(Summary.Cleanup(kind: kind, text: label, sentenceIndex: index))
            }
        }
        markCaptions(&summary)
        let title = summary.title.map(UTF16Text.init)
        if let title { markRepeatedTitle(&summary, title: title, text: text) }
        // Headings are set aside only when the text has prose: a text of short unpunctuated
        // lines is summarized from them rather than left empty.
        if !summary.sentences.contains(where: { $0.status == .notSelected(reason: "rank") }) {
            for index in summary.sentences.indices where summary.sentences[index].status == .noise(kind: "heading") {
                summary.sentences[index].status = .notSelected(reason: "rank")
            }
        }
        return title
    }

    /// The longest caption, in UTF-16 units, that a photo credit marks before it in its paragraph.
    static let captionLimit = 300

    /// Marks as `caption` the sentences that a photo credit (noise or a cut label of kind
    /// `credit`) closes in the same paragraph: "Des soldats en patrouille (image d'illustration).
    /// © Karim Sow / AFP". Two sentences and ``captionLimit`` units at most, so a prose paragraph
    /// that happens to end with a credit is left alone.
    func markCaptions(_ summary: inout Summary) {
        // Most articles have no credit: find them first, without building anything.
        var credits = summary.cleanups.compactMap { $0.kind == "credit" ? $0.sentenceIndex : nil }
        for index in summary.sentences.indices {
            if case .noise(let kind) = summary.sentences[index].status, kind == "credit" { credits.append(index) }
        }
        for index in credits {
            let paragraph = summary.sentences[index].paragraph
            var first = index
            while first > 0, summary.sentences[first - 1].paragraph == paragraph { first -= 1 }
            let before = (first..<index).filter { summary.sentences[$0].status == .notSelected(reason: "rank") }
            let units = before.reduce(0) { $0 + summary.sentences[$1].range.count }
            guard !before.isEmpty, before.count <= 2, units <= Self.captionLimit else { continue }
            for caption in before { summary.sentences[caption].status = .noise(kind: "caption") }
        }
    }

    /// Marks as `title` a sentence among the first ``titleReach`` that repeats the article's
    /// title, as scraped pages do above the text; case, spaces and punctuation aside.
    func markRepeatedTitle(_ summary: inout Summary, title: UTF16Text, text: UTF16Text) {
        let titleLength = title.units.count
        text.units.withUnsafeBufferPointer { units in
            title.units.withUnsafeBufferPointer { titleUnits in
                for index in summary.sentences.indices.prefix(Self.titleReach) {
                    let range = summary.sentences[index].range
                    // Only a sentence about as long as the title can repeat it; most differ at
                    // their first letter.
                    guard abs(range.count - titleLength) <= 8,
                        Self.sameLetters(UnsafeBufferPointer(rebasing: units[range]), titleUnits)
                    else { continue }
                    // A short title without final punctuation is also a heading to the cleaner:
                    // it is named for what it is.
                    let status = summary.sentences[index].status
                    if status == .notSelected(reason: "rank") || status == .noise(kind: "heading") {
                        summary.sentences[index].status = .noise(kind: "title")
                    }
                }
            }
        }
    }

    /// Whether two lines have the same letters and digits, case, spaces and punctuation aside.
    static func sameLetters(_ a: UnsafeBufferPointer<UInt16>, _ b: UnsafeBufferPointer<UInt16>) -> Bool {
        var i = 0
        var j = 0
        var compared = 0
        while true {
            while i < a.count, comparableUnit(a[i]) == nil { i += 1 }
            while j < b.count, comparableUnit(b[j]) == nil { j += 1 }
            guard i < a.count, j < b.count else { return i == a.count && j == b.count && compared > 0 }
            guard comparableUnit(a[i]) == comparableUnit(b[j]) else { return false }
            compared += 1
            i += 1
            j += 1
        }
    }

    /// How many sentences from the top a repeated title is looked for in: page furniture
    /// (section, byline, dates, buttons) comes before it, the article's prose after.
    static let titleReach = 20

    /// A unit as a repeated title is compared: letters and digits, ASCII and Latin-1 capitals
    /// lowered; nil for spaces, punctuation and typographic marks (U+2000–U+206F: ’ « — …).
    static func comparableUnit(_ unit: UInt16) -> UInt16? {
        switch unit {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: return unit | 0x20
        case 0x30...0x39, 0x61...0x7A, 0xDF...0xF6, 0xF8...0xFF: return unit
        case 0..<0x100, 0x2000...0x206F: return nil
        default: return unit
        }
    }

    /// A first line is a title when it is alone in its paragraph, short, and ends without a period.
    func looksLikeTitle(_ first: Summary.Sentence, next: Summary.Sentence?) -> Bool {
        guard first.words <= 30, let last = first.text.last, last != "." else { return false }
        return next.map { $0.paragraph > first.paragraph } ?? false
    }
}
