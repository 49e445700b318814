/// Finds the scraped-article noise among an article's sentences, with the rules of
/// `Lexicons/fr/cleanup.tsv`.
public struct ArticleCleaner: Sendable {
    /// What the cleaner decided for one sentence.
    public enum Verdict: Equatable, Sendable {
        /// Prose: a candidate for the summary.
        case keep
        /// Noise of the given kind: never selected.
        case noise(kind: String)
        /// A glued label of the given UTF-16 length and kind starts the sentence; the rest is prose.
        case label(kind: String, length: Int)
    }

    let rules: [CleanupRule]
    /// Sentences longer than this are never whole-sentence noise (bylines and credits are short).
    static let noiseLengthLimit = 280

    public init(rules: [CleanupRule]) { self.rules = rules }

    /// The verdict for a sentence's text.
    public func verdict(for sentence: Substring) -> Verdict {
        if sentence.utf16.count <= ArticleCleaner.noiseLengthLimit {
            for rule in rules where rule.action == .drop {
                if (try? rule.regex.wholeMatch(in: sentence)) != nil { return .noise(kind: rule.kind) }
            }
        }
        for rule in rules where rule.action == .splitLabel {
            if let match = try? rule.regex.prefixMatch(in: sentence) {
                let length = sentence.utf16.distance(from: sentence.startIndex, to: match.range.upperBound)
                if length > 0 { return .label(kind: rule.kind, length: length) }
            }
        }
        return .keep
    }
}
