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

    /// The whole-sentence rules (`drop` and `drop-if-contains`) in file order: the first that
    /// matches names the kind, so the catch-all `heading` rule at the end of the file comes last.
    let wholeSentence: [(kind: String, regex: RegularExpression, anywhere: Bool)]
    /// By a sentence's first unit (below ``firstUnitLimit``), the whole-sentence rules worth
    /// trying, in file order; filled as first units are met. A `drop` rule is left out when its
    /// pattern cannot start with the unit (most begin with a few words or a capital): on
    /// OrangeSum, ICU is called a quarter as often. `drop-if-contains` rules are always in.
    private var wholeSentenceByFirstUnit: [[Int]?]
    static let firstUnitLimit = 0x3000
    /// For the tests: try every whole-sentence rule, whatever the sentence's first unit.
    var triesEveryRule = false
    let labels: [(kind: String, regex: RegularExpression)]
    /// The `drop-if-starts` rules: their text folded by ``folded(_:)``.
    let openings: [(kind: String, text: [UInt16])]
    /// For each folded unit below U+0100, whether an opening starts with it (true for all when one
    /// starts above): a sentence is compared with the openings only when its first unit is one.
    let openingInitials: [Bool]
    /// Sentences longer than this are never whole-sentence noise (bylines and credits are short).
    static let noiseLengthLimit = 280

    /// Takes a copy of each rule's compiled pattern.
    public init(rules: [CleanupRule]) throws(ICUError) {
        var wholeSentence: [(kind: String, regex: RegularExpression, anywhere: Bool)] = []
        var labels: [(kind: String, regex: RegularExpression)] = []
        var openings: [(kind: String, text: [UInt16])] = []
        for rule in rules {
            guard let compiled = rule.compiled else {
                openings.append((rule.kind, rule.pattern.utf16.map(Self.folded)))
                continue
            }
            let regex = try compiled.instance()
            switch rule.action {
            case .drop: wholeSentence.append((rule.kind, regex, false))
            case .dropIfContains: wholeSentence.append((rule.kind, regex, true))
            case .splitLabel: labels.append((rule.kind, regex))
            case .dropIfStarts: break
            }
        }
        self.wholeSentence = wholeSentence
        wholeSentenceByFirstUnit = Array(repeating: nil, count: ArticleCleaner.firstUnitLimit)
        self.labels = labels
        self.openings = openings
        var initials = [Bool](repeating: false, count: 256)
        for opening in openings {
            guard let first = opening.text.first else { continue }
            if first < 256 { initials[Int(first)] = true } else { initials = [Bool](repeating: true, count: 256) }
        }
        openingInitials = initials
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
    /// inside the first word; an agency dateline, a glued date or a glued credit shows "(", a
    /// digit or a slash before a capital near the start. This is one sentence alone; see
    /// ``verdicts(for:in:title:leading:)`` for an article's sentences in context.
    public func verdict(for sentence: UnsafeBufferPointer<UInt16>) -> Verdict {
        if let first = sentence.first, openingInitials[Int(Self.folded(first) & 0xFF)] {
            for opening in openings where starts(sentence, with: opening.text) { return .noise(kind: opening.kind) }
        }
        if sentence.count <= ArticleCleaner.noiseLengthLimit, mayBeNoise(sentence) {
            for index in wholeSentenceRules(startingWith: sentence.first) {
                let rule = wholeSentence[index]
                if rule.anywhere ? rule.regex.occurs(in: sentence) : rule.regex.matchesWhole(sentence) {
                    return .noise(kind: rule.kind)
                }
            }
        }
        guard mayHaveGluedLabel(sentence) || mayHaveLaterLabel(sentence) || opensWithListMarker(sentence) else {
            return .keep
        }
        for rule in labels {
            if let length = rule.regex.prefixMatch(sentence), length > 0 {
                return .label(kind: rule.kind, length: length)
            }
        }
        return .keep
    }

    /// The indices of the whole-sentence rules to try on a sentence that starts with `unit`.
    func wholeSentenceRules(startingWith unit: UInt16?) -> [Int] {
        guard let unit, Int(unit) < ArticleCleaner.firstUnitLimit, !triesEveryRule else {
            return Array(wholeSentence.indices)
        }
        if let known = wholeSentenceByFirstUnit[Int(unit)] { return known }
        let rules = wholeSentence.indices.filter {
            wholeSentence[$0].anywhere || wholeSentence[$0].regex.mayMatchWhole(startingWith: unit)
        }
        wholeSentenceByFirstUnit[Int(unit)] = rules
        return rules
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

    /// Whether a sentence starts with a folded text (a `drop-if-starts` rule) not followed by a
    /// lowercase letter ("Lire aussi" opens "Lire aussiHaïti…", not "Lire aussitôt…"); most
    /// sentences differ at their first unit.
    func starts(_ sentence: UnsafeBufferPointer<UInt16>, with text: [UInt16]) -> Bool {
        guard sentence.count >= text.count else { return false }
        for (offset, unit) in text.enumerated() where Self.folded(sentence[offset]) != unit { return false }
        guard sentence.count > text.count else { return true }
        let next = sentence[text.count]
        return !((next >= 0x61 && next <= 0x7A) || (next >= 0xDF && next <= 0xFF && next != 0xF7))
    }

    /// A unit as `drop-if-starts` compares it: ASCII and Latin-1 capitals lowered, ’ as ', a
    /// no-break space as a space.
    static func folded(_ unit: UInt16) -> UInt16 {
        switch unit {
        case 0xA0, 0x202F: return 0x20
        case 0x2019: return 0x27
        default: return UTF16Text.latin1Lowercase(unit)
        }
    }

    /// Whether a list marker and a space open the sentence ("• Le parquet a ouvert…").
    func opensWithListMarker(_ sentence: UnsafeBufferPointer<UInt16>) -> Bool {
        sentence.count > 2 && UTF16Text.isListMarker(sentence[0]) && UTF16Text.isHorizontalSpace(sentence[1])
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

    /// Whether a label can start the sentence after its first word, judged on its first 80
    /// units: "(" before a capital ("PARIS (AFP) - …"), a digit running into a capital ("à
    /// 7h05Depuis", a dateline glued to the first sentence), or a slash before a capital
    /// ("CAMILLE VERNET / AFPL'appareil", a photo credit; not "27/05" nor "km/h").
    func mayHaveLaterLabel(_ sentence: UnsafeBufferPointer<UInt16>) -> Bool {
        var previous: UInt16 = 0
        var beforePrevious: UInt16 = 0
        for unit in sentence.prefix(80) {
            if unit >= 0x41 && unit <= 0x5A {
                if previous == 0x28 || previous == 0x2F || (previous >= 0x30 && previous <= 0x39)
                    || (previous == 0x20 && beforePrevious == 0x2F)
                {
                    return true
                }
            }
            beforePrevious = previous
            previous = unit
        }
        return false
    }
}
