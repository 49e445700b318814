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
        cleaner = try ArticleCleaner(rules: resources.cleanup, foreign: resources.foreign)
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
                    score: 0, marginalScore: nil, status: .notSelected(reason: "rank"), rule: nil, source: text)
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
        var paragraph = -1
        var previousParagraph: Int?
        for (rank, index) in candidates.enumerated() {
            let opensParagraph = summary.sentences[index].paragraph != previousParagraph
            if opensParagraph {
                paragraph += 1
                previousParagraph = summary.sentences[index].paragraph
            }
            let features = analysis.features(
                of: index, rank: rank, paragraph: paragraph, opensParagraph: opensParagraph)
            summary.sentences[index].features = features
            // In the fixed order of Feature.allCases: the same bits in every run.
            summary.sentences[index].score = features.dot(weights)
        }
        let standfirst = Standfirst.sentences(of: summary, candidates: candidates)
        SentenceSelector(redundancy: resources.weights.redundancy).select(
            candidates: candidates, leading: standfirst, budget: budget, summary: &summary,
            similarity: analysis.similarity)
        for index in standfirst where summary.sentences[index].status == .selected {
            summary.sentences[index].rule = .context(.standfirst)
        }
        if summary.selected.isEmpty { summary.warnings.append("budget-too-small") }
        return summary
    }

    /// Marks the title line of a text file and the sentences that are scraped noise (see
    /// ``ArticleCleaner/verdicts(for:in:title:leading:)``); cuts glued labels. Returns the title's
    /// units, for the title features.
    func markTitleAndNoise(_ summary: inout Summary, article: Article, text: UTF16Text) -> UTF16Text? {
        var leading = 0
        if summary.title == nil, article.titleFromFirstLine, let first = summary.sentences.first,
            looksLikeTitle(first, next: summary.sentences.dropFirst().first)
        {
            summary.title = first.text
            summary.sentences[0].status = .title
            summary.sentences[0].rule = .context(.titleLine)
            leading = 1
        }
        let title = summary.title.map(UTF16Text.init)
        let sentences = summary.sentences.map { Sentence(range: $0.range, paragraph: $0.paragraph) }
        let verdicts = text.units.withUnsafeBufferPointer { units in
            guard let title else {
                return cleaner.sourcedVerdicts(for: sentences, in: units, title: nil, leading: leading)
            }
            return title.units.withUnsafeBufferPointer {
                cleaner.sourcedVerdicts(for: sentences, in: units, title: $0, leading: leading)
            }
        }
        for (index, (verdict, rule)) in verdicts.enumerated() where index >= leading {
            switch verdict {
            case .keep:
                break
            case .noise(let kind):
                summary.sentences[index].status = .noise(kind: kind)
                summary.sentences[index].rule = rule
            case .label(let kind, let length):
                var sentence = summary.sentences[index]
                var cut: (kind: String, length: Int, rule: NoiseSource?)? = (kind, length, rule)
                var cuts = 0
                while let (kind, length, rule) = cut, length < sentence.range.count {
                    let label = text.substring(sentence.range.lowerBound..<(sentence.range.lowerBound + length))
                    sentence.range = (sentence.range.lowerBound + length)..<sentence.range.upperBound
                    summary.cleanups.append(Summary.Cleanup(kind: kind, text: label, sentenceIndex: index, rule: rule))
                    cuts += 1
                    cut = nil
                    // A label may hide another one under it ("Crédit photo : Oubangui
                    // MédiasBANGUI, 13 avril 2025 (Oubangui Médias) – Au moins …": a photo
                    // credit, then the dispatch's dateline); three at most are cut.
                    guard cuts < Self.labelsPerSentence else { break }
                    let next = text.units.withUnsafeBufferPointer {
                        cleaner.sourcedVerdict(for: UnsafeBufferPointer(rebasing: $0[sentence.range]))
                    }
                    switch next.verdict {
                    case .label(let kind, let length): cut = (kind, length, next.source)
                    // What a list marker or a dateline opened may be noise by itself ("- [Fraude
                    // au président …](https://…)", a related story's link): the whole sentence
                    // is. Not a heading, which only says that a line has no final punctuation.
                    case .noise(let kind) where kind != "heading":
                        summary.sentences[index].status = .noise(kind: kind)
                        summary.sentences[index].rule = next.source
                    default: break
                    }
                }
                sentence.words = text.units.withUnsafeBufferPointer {
                    Budget.wordCount(UnsafeBufferPointer(rebasing: $0[sentence.range]))
                }
                sentence.status = summary.sentences[index].status
                sentence.rule = summary.sentences[index].rule
                summary.sentences[index] = sentence
            }
        }
        return title
    }

    /// The most labels cut from the start of one sentence.
    static let labelsPerSentence = 3

    /// A first line is a title when it is alone in its paragraph, short, and ends without a period.
    func looksLikeTitle(_ first: Summary.Sentence, next: Summary.Sentence?) -> Bool {
        guard first.words <= 30, let last = first.text.last, last != "." else { return false }
        return next.map { $0.paragraph > first.paragraph } ?? false
    }
}
