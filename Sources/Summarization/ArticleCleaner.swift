import FrenchText

/// Finds the scraped-article noise among an article's sentences, with the rules of
/// `Lexicons/fr/cleanup.tsv` compiled by ICU.
///
/// It holds compiled ICU regular expressions, which keep match state: one per thread (each
/// ``Summarizer`` has its own).
public final class ArticleCleaner {
    /// What the cleaner decided for one sentence.
    public enum Verdict: Equatable, Sendable {
        /// Prose: a candidate for the summary.
        case keep
        /// Noise of the given kind: never selected.
        case noise(kind: String)
        /// A glued label of the given UTF-16 length and kind starts the sentence; the rest is prose.
        case label(kind: String, length: Int)
    }

    let drops: [(kind: String, regex: RegularExpression)]
    let containing: [(kind: String, regex: RegularExpression)]
    let labels: [(kind: String, regex: RegularExpression)]
    /// Sentences longer than this are never whole-sentence noise (bylines and credits are short).
    static let noiseLengthLimit = 280

    /// Compiles the rules (already checked when they were loaded).
    public init(rules: [CleanupRule]) throws(ICUError) {
        var drops: [(kind: String, regex: RegularExpression)] = []
        var containing: [(kind: String, regex: RegularExpression)] = []
        var labels: [(kind: String, regex: RegularExpression)] = []
        for rule in rules {
            let regex = try RegularExpression(rule.pattern)
            switch rule.action {
            case .drop: drops.append((rule.kind, regex))
            case .dropIfContains: containing.append((rule.kind, regex))
            case .splitLabel: labels.append((rule.kind, regex))
            }
        }
        self.drops = drops
        self.containing = containing
        self.labels = labels
    }

    /// The verdict for a sentence's text.
    public func verdict(for sentence: String) -> Verdict {
        let units = Array(sentence.utf16)
        return units.withUnsafeBufferPointer { verdict(for: $0) }
    }

    /// The verdict for a sentence given as UTF-16 units.
    ///
    /// Cheap tests come before any regular expression: whole-sentence noise is short or lacks a
    /// final period (a prose sentence of more than six words ending with `.` is never a byline,
    /// a dateline or a credit); a glued label shows a lowercase letter followed by a capital
    /// inside the first word; an agency dateline shows "(" and a capital near the start.
    public func verdict(for sentence: UnsafeBufferPointer<UInt16>) -> Verdict {
        if sentence.count <= ArticleCleaner.noiseLengthLimit, mayBeNoise(sentence) {
            // In file order within each action, drops first, as the rules have always been tried.
            for rule in drops where rule.regex.matchesWhole(sentence) { return .noise(kind: rule.kind) }
            for rule in containing where rule.regex.occurs(in: sentence) { return .noise(kind: rule.kind) }
        }
        guard mayHaveGluedLabel(sentence) || mayOpenWithAgency(sentence) else { return .keep }
        for rule in labels {
            if let length = rule.regex.prefixMatch(sentence), length > 0 {
                return .label(kind: rule.kind, length: length)
            }
        }
        return .keep
    }

    /// Whether a sentence could be whole-sentence noise: it ends without sentence punctuation
    /// (bylines, datelines, credits, links, tweet signatures), or it has six words at most.
    func mayBeNoise(_ sentence: UnsafeBufferPointer<UInt16>) -> Bool {
        // . ! ? … » " — all in the BMP, one unit each.
        if let last = sentence.last, ![0x2E, 0x21, 0x3F, 0x2026, 0xBB, 0x22].contains(last) { return true }
        var spaces = 0
        for unit in sentence where unit == 0x20 {
            spaces += 1
            if spaces >= 6 { return false }
        }
        return true
    }

    /// Whether the first word has a lowercase letter followed by a capital inside it.
    func mayHaveGluedLabel(_ sentence: UnsafeBufferPointer<UInt16>) -> Bool {
        // Labels end with an ASCII lowercase letter ("Diaporama", "Vidéo") and the next word
        // starts with a capital: ASCII, or a Latin-1 capital (É, À: U+00C0–U+00DE). The glued
        // pair is one word, so the test stops at the first space.
        var previousLower = false
        for unit in sentence.prefix(40) {
            if unit == 0x20 { return false }
            if previousLower, (unit >= 0x41 && unit <= 0x5A) || (unit >= 0xC0 && unit <= 0xDE) { return true }
            previousLower = unit >= 0x61 && unit <= 0x7A
        }
        return false
    }

    /// Whether "(" and a capital letter come within the first 80 units ("PARIS (AFP) - …").
    func mayOpenWithAgency(_ sentence: UnsafeBufferPointer<UInt16>) -> Bool {
        var previousParenthesis = false
        for unit in sentence.prefix(80) {
            if previousParenthesis, unit >= 0x41 && unit <= 0x5A { return true }
            previousParenthesis = unit == 0x28
        }
        return false
    }
}
