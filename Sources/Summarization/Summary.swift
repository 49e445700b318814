import FrenchText

/// The summary of one article, with everything `--explain` shows.
public struct Summary: Sendable {
    /// What became of one sentence of the article.
    public enum Status: Sendable, Equatable {
        /// Chosen for the summary.
        case selected
        /// The article's title line (from a text file's first line).
        case title
        /// Scraped-article noise of this kind (byline, dateline, credit, caption, read-also, tweet,
        /// promo, widget, about, heading…).
        case noise(kind: String)
        /// A candidate left out: `budget` (it would exceed the budget), `redundant` (too close to
        /// a chosen sentence), or `rank` (others scored higher).
        case notSelected(reason: String)

        /// A short code for JSON: selected, title, noise:byline, budget, redundant, rank.
        public var code: String {
            switch self {
            case .selected: return "selected"
            case .title: return "title"
            case .noise(let kind): return "noise:" + kind
            case .notSelected(let reason): return reason
            }
        }
    }

    /// One sentence of the article and its scoring.
    public struct Sentence: Sendable {
        /// Its index among the article's sentences (title and noise included).
        public var index: Int
        /// UTF-16 offsets in the article's text (a glued label already cut off).
        public var range: Range<Int>
        public var paragraph: Int
        public var words: Int
        /// Feature values, for candidates (empty for title and noise).
        public var features: FeatureVector
        /// The weighted sum of the features.
        public var score: Double
        /// The score minus the redundancy penalty when it was chosen or refused.
        public var marginalScore: Double?
        public var status: Status
        /// What set a noise sentence aside: a cleanup rule or a reading of the page.
        public var rule: NoiseSource?
        /// The article's text, which `text` is cut from when asked for: most sentences of a
        /// batch are never shown, so their Strings are never built.
        let source: UTF16Text

        /// Its text.
        public var text: String { source.substring(range) }
    }

    /// A label glued to a sentence that was cut off ("Diaporama" of "DiaporamaEn marge").
    public struct Cleanup: Sendable {
        public var kind: String
        public var text: String
        public var sentenceIndex: Int
        /// The rule that cut it.
        public var rule: NoiseSource?
    }

    public var id: String
    /// The article's text as the summarizer read it (UTF-16): renderers convert offsets with it
    /// instead of converting the text again.
    public var source: UTF16Text
    public var title: String?
    public var sentences: [Sentence]
    public var cleanups: [Cleanup]
    public var budget: Budget
    /// Reason codes when the summary is empty or shorter than asked: empty-text,
    /// no-usable-sentence, budget-too-small.
    public var warnings: [String]

    /// The chosen sentences, in document order.
    public var selected: [Sentence] { sentences.filter { $0.status == .selected } }

    /// The summary text: the chosen sentences joined by one space.
    public var text: String { selected.map(\.text).joined(separator: " ") }
}
