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
    ///
    /// Regular expressions are slow next to the rest of the pipeline, so two cheap tests come
    /// first: whole-sentence noise is short or lacks a final period (a prose sentence of more
    /// than six words ending with `.` is never a byline, a dateline or a credit), and a glued
    /// label shows a lowercase letter followed by a capital inside the first word.
    public func verdict(for sentence: Substring) -> Verdict {
        if sentence.utf16.count <= ArticleCleaner.noiseLengthLimit, mayBeNoise(sentence) {
            for rule in rules where rule.action == .drop {
                if (try? rule.regex.wholeMatch(in: sentence)) != nil { return .noise(kind: rule.kind) }
            }
        }
        guard mayHaveGluedLabel(sentence) else { return .keep }
        for rule in rules where rule.action == .splitLabel {
            if let match = try? rule.regex.prefixMatch(in: sentence) {
                let length = sentence.utf16.distance(from: sentence.startIndex, to: match.range.upperBound)
                if length > 0 { return .label(kind: rule.kind, length: length) }
            }
        }
        return .keep
    }

    /// Whether a sentence could be whole-sentence noise: it ends without sentence punctuation
    /// (bylines, datelines, credits, links, tweet signatures), or it has six words at most.
    func mayBeNoise(_ sentence: Substring) -> Bool {
        if let last = sentence.unicodeScalars.last, !".!?…»\"".unicodeScalars.contains(last) { return true }
        var spaces = 0
        for unit in sentence.utf8 where unit == 0x20 {
            spaces += 1
            if spaces >= 6 { return false }
        }
        return true
    }

    /// Whether the first word has a lowercase letter followed by a capital inside it.
    func mayHaveGluedLabel(_ sentence: Substring) -> Bool {
        // Labels end with an ASCII lowercase letter ("Diaporama", "Vidéo") and the next word
        // starts with a capital: ASCII, or a Latin-1 capital (É, À: 0xC3 then 0x80–0x9E). The
        // glued pair is one word, so the test stops at the first space.
        var previousLower = false
        var previousC3 = false
        for byte in sentence.utf8.prefix(40) {
            if byte == 0x20 { return false }
            if previousLower, byte >= 0x41 && byte <= 0x5A { return true }
            if previousC3, byte >= 0x80 && byte <= 0x9E { return true }
            previousC3 = previousLower && byte == 0xC3
            previousLower = byte >= 0x61 && byte <= 0x7A
        }
        return false
    }
}
