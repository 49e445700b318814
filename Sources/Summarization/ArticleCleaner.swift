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

        /// Whether the sentence, or its part after a label, is prose.
        public var isProse: Bool {
            if case .noise = self { return false }
            return true
        }

        /// The kind of noise, nil for prose.
        public var noiseKind: String? {
            if case .noise(let kind) = self { return kind }
            return nil
        }
    }

    /// The whole-sentence rules (`drop` and `drop-if-contains`) in file order: the first that
    /// matches names the kind, so the catch-all `heading` rule at the end of the file comes last.
    let wholeSentence: [(kind: String, regex: RegularExpression, anywhere: Bool, source: NoiseSource)]
    /// By a sentence's opening units, the whole-sentence rules worth trying, in file order. A
    /// `drop` rule is left out when its pattern cannot start with them (most begin with a few
    /// words or a capital): on OrangeSum, ICU is called an eighth as often. `drop-if-contains`
    /// rules are always in.
    private var wholeSentenceByOpening = OpeningIndex()
    /// The `drop-if-opens` rules, tried on every sentence (the opening units rule most out).
    let openingPatterns: [(kind: String, regex: RegularExpression, source: NoiseSource)]
    private var openingPatternsByOpening = OpeningIndex()
    /// For the tests: try every rule, whatever the sentence's opening units.
    var triesEveryRule = false
    let labels: [(kind: String, regex: RegularExpression, source: NoiseSource)]
    /// The `split-label` rules worth trying, by opening units.
    private var labelsByOpening = OpeningIndex()
    /// The same among the `split-label` rules that open with literal units, the only ones tried
    /// on a sentence without a cue.
    private var literalLabelsByOpening = OpeningIndex()
    /// The `drop-at-end` rules, tried on the sentences of a page's end matter only.
    let endMatter: [(kind: String, regex: RegularExpression, source: NoiseSource)]
    /// The `drop-if-starts` rules: their text folded by ``folded(_:)``.
    let openings: [(kind: String, text: [UInt16], source: NoiseSource)]
    /// The `drop-if-ends` rules: their text folded by ``folded(_:)``.
    let endings: [(kind: String, text: [UInt16], source: NoiseSource)]
    /// For each folded unit below U+0100, whether an ending ends with it (true for all when one
    /// ends above): a sentence is compared with the endings only when its last unit is one.
    let endingFinals: [Bool]
    /// For each folded unit below U+0100, whether an opening starts with it (true for all when one
    /// starts above): a sentence is compared with the openings only when its first unit is one.
    let openingInitials: [Bool]
    /// Sentences longer than this are never whole-sentence noise (bylines and credits are short).
    static let noiseLengthLimit = 280

    /// The check that sets English sentences aside, when given.
    let foreign: ForeignSentences?

    /// Takes a copy of each rule's compiled pattern; `foreign`, when given, sets the English
    /// sentences of a page aside (``ForeignSentences``).
    public init(rules: [CleanupRule], foreign: ForeignSentences? = nil) throws(ICUError) {
        self.foreign = foreign
        var wholeSentence: [(kind: String, regex: RegularExpression, anywhere: Bool, source: NoiseSource)] = []
        var labels: [(kind: String, regex: RegularExpression, source: NoiseSource)] = []
        var openings: [(kind: String, text: [UInt16], source: NoiseSource)] = []
        var openingPatterns: [(kind: String, regex: RegularExpression, source: NoiseSource)] = []
        var endings: [(kind: String, text: [UInt16], source: NoiseSource)] = []
        var endMatter: [(kind: String, regex: RegularExpression, source: NoiseSource)] = []
        for rule in rules {
            guard let compiled = rule.compiled else {
                let text = (rule.kind, rule.pattern.utf16.map(Self.folded), NoiseSource.rule(line: rule.line))
                if rule.action == .dropIfEnds { endings.append(text) } else { openings.append(text) }
                continue
            }
            let regex = try compiled.instance()
            switch rule.action {
            case .drop: wholeSentence.append((rule.kind, regex, false, NoiseSource.rule(line: rule.line)))
            case .dropIfContains: wholeSentence.append((rule.kind, regex, true, NoiseSource.rule(line: rule.line)))
            case .splitLabel: labels.append((rule.kind, regex, NoiseSource.rule(line: rule.line)))
            case .dropIfOpens: openingPatterns.append((rule.kind, regex, NoiseSource.rule(line: rule.line)))
            case .dropAtEnd: endMatter.append((rule.kind, regex, NoiseSource.rule(line: rule.line)))
            case .dropIfStarts, .dropIfEnds: break
            }
        }
        self.wholeSentence = wholeSentence
        self.openingPatterns = openingPatterns
        self.endMatter = endMatter
        self.labels = labels
        self.openings = openings
        openingInitials = Self.unitTable(openings.map(\.text.first))
        self.endings = endings
        endingFinals = Self.unitTable(endings.map(\.text.last))
    }

    /// For each unit below U+0100, whether it is one of `units` (true for all when one is above).
    static func unitTable(_ units: [UInt16?]) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for case let unit? in units {
            guard unit < 256 else { return [Bool](repeating: true, count: 256) }
            table[Int(unit)] = true
        }
        return table
    }

    /// The verdict for a sentence's text.
    public func verdict(for sentence: String) -> Verdict {
        let units = Array(sentence.utf16)
        return units.withUnsafeBufferPointer { verdict(for: $0) }
    }

    /// The verdict for a sentence given as UTF-16 units (see ``sourcedVerdict(for:)``).
    public func verdict(for sentence: UnsafeBufferPointer<UInt16>) -> Verdict {
        sourcedVerdict(for: sentence).verdict
    }

    /// The verdict for a sentence given as UTF-16 units, with the place of the rule that gave it
    /// ("cleanup.tsv:37"; nil for prose).
    ///
    /// Cheap tests come before any regular expression: whole-sentence noise is short or lacks a
    /// final period (``mayBeNoise(_:)``); a label glued to the first sentence shows a lowercase
    /// letter, a run of capitals, "(", a digit or a slash running into a capital near the start
    /// (``mayHaveLabel(_:)``), or starts with the literal words of a rule ("Par ", "Lecture ");
    /// a rule whose pattern opens with literal words is tried only on sentences that start with
    /// them. This is one sentence alone; see ``sourcedVerdicts(for:in:title:leading:)`` for an
    /// article's sentences in context.
    public func sourcedVerdict(for sentence: UnsafeBufferPointer<UInt16>) -> (verdict: Verdict, source: NoiseSource?) {
        if let first = sentence.first, openingInitials[Int(Self.folded(first) & 0xFF)] {
            for opening in openings where starts(sentence, with: opening.text) {
                return (.noise(kind: opening.kind), opening.source)
            }
        }
        if let last = sentence.last, endingFinals[Int(Self.folded(last) & 0xFF)] {
            for ending in endings where ends(sentence, with: ending.text) {
                return (.noise(kind: ending.kind), ending.source)
            }
        }
        // The units the sentence holds, by low byte, read when a rule first asks: a rule's
        // literal runs are looked for only when their units are all there.
        var present = PresentUnits(sentence)
        if !openingPatterns.isEmpty {
            for index in openingPatternRules(for: sentence)
            where opens(sentence, &present, with: openingPatterns[index].regex)
                && openingPatterns[index].regex.prefixMatch(sentence) != nil
            {
                return (.noise(kind: openingPatterns[index].kind), openingPatterns[index].source)
            }
        }
        if sentence.count <= ArticleCleaner.noiseLengthLimit, mayBeNoise(sentence) {
            for index in wholeSentenceRules(for: sentence) {
                let rule = wholeSentence[index]
                if rule.anywhere
                    ? holdsLiterals(of: rule.regex, sentence, &present) && rule.regex.occurs(in: sentence)
                    : opens(sentence, &present, with: rule.regex) && rule.regex.matchesWhole(sentence)
                {
                    return (.noise(kind: rule.kind), rule.source)
                }
            }
        }
        // A rule that opens with a literal ("Par ", "Lecture ") is tried whenever the sentence
        // does, cue or not: a scraper may glue its label to the story with only a space.
        // A sentence that opens with a digit may open with a date or a time glued to the story
        // with a space ("21 mars 2025 à 09:12 La Police…").
        let opensWithDigit = sentence.first.map { (0x30...0x39).contains($0) } ?? false
        let cued = mayHaveLabel(sentence) || opensWithListMarker(sentence) || opensWithDigit
        for index in labelRules(for: sentence, cued: cued) {
            let regex = labels[index].regex
            guard opens(sentence, &present, with: regex) else { continue }
            if let length = regex.prefixMatch(sentence), length > 0 {
                return (.label(kind: labels[index].kind, length: length), labels[index].source)
            }
        }
        return (.keep, nil)
    }

    /// Whether a sentence (whose units are `present`) starts with the literal units a rule's
    /// pattern starts with, holds the units and pairs of every run of literal units it requires,
    /// the longest of them, and one of the runs of which its matches hold one (always, when
    /// ``triesEveryRule``): most rules are refused so, without a call to ICU.
    @inline(__always)
    func opens(_ sentence: UnsafeBufferPointer<UInt16>, _ present: inout PresentUnits, with regex: RegularExpression)
        -> Bool
    {
        guard !triesEveryRule else { return true }
        let prefix = regex.literalPrefix
        if !prefix.isEmpty {
            guard sentence.count >= prefix.count else { return false }
            for (offset, unit) in prefix.enumerated() where sentence[offset] != unit { return false }
        }
        // The units of every required run, the prefix's too (compared already, and cheap).
        guard present.bits.holdsAll(of: regex.requiredLiteralBits) else { return false }
        if regex.requiredLiteral.count > prefix.count {
            guard contains(sentence, regex.requiredLiteral) else { return false }
        }
        return holdsAlternative(of: regex, sentence, &present)
    }

    /// Whether a sentence holds the literal units every match of a rule holds: its longest
    /// required run, and one of the runs of which a match holds one (always, when
    /// ``triesEveryRule``). The test for `drop-if-contains` and `drop-at-end` rules, whose
    /// matches may start anywhere.
    @inline(__always)
    func holdsLiterals(
        of regex: RegularExpression, _ sentence: UnsafeBufferPointer<UInt16>, _ present: inout PresentUnits
    ) -> Bool {
        guard !triesEveryRule else { return true }
        return present.bits.holdsAll(of: regex.requiredLiteralBits) && contains(sentence, regex.requiredLiteral)
            && holdsAlternative(of: regex, sentence, &present)
    }

    /// Whether a sentence holds one of the runs of which a rule's matches hold one ("AFP" or
    /// "REUTERS" for a credit that names either; always when the rule has none). A run is
    /// looked for only when its units are all `present`: most sentences are refused by a few
    /// compares, instead of thousands of instructions in ICU.
    @inline(__always)
    func holdsAlternative(
        of regex: RegularExpression, _ sentence: UnsafeBufferPointer<UInt16>, _ present: inout PresentUnits
    ) -> Bool {
        let runs = regex.requiredAlternatives
        guard !triesEveryRule, !runs.isEmpty else { return true }
        let bits = regex.requiredAlternativeBits
        let presentBits = present.bits
        for index in runs.indices where presentBits.holdsAll(of: bits[index]) && contains(sentence, runs[index]) {
            return true
        }
        return false
    }

    /// A sentence's ``UnitBits``, read when a rule first asks: many sentences are settled by
    /// their opening units before any rule does.
    struct PresentUnits {
        let sentence: UnsafeBufferPointer<UInt16>
        private var read: UnitBits?

        init(_ sentence: UnsafeBufferPointer<UInt16>) { self.sentence = sentence }

        /// The bits, read on first use.
        var bits: UnitBits {
            mutating get {
                if let read { return read }
                let bits = UnitBits(sentence)
                read = bits
                return bits
            }
        }
    }

    /// Whether a sentence holds literal units a rule's matches hold (the longest run of a
    /// `drop-if-contains` or a `drop-at-end` rule; always, when they are empty or
    /// ``triesEveryRule``): most sentences are refused so, without a call to ICU, whose every
    /// call costs thousands of instructions.
    func contains(_ sentence: UnsafeBufferPointer<UInt16>, _ literal: [UInt16]) -> Bool {
        guard !triesEveryRule, let first = literal.first else { return true }
        guard sentence.count >= literal.count else { return false }
        var start = 0
        while start + literal.count <= sentence.count {
            if sentence[start] == first {
                var offset = 1
                while offset < literal.count, sentence[start + offset] == literal[offset] { offset += 1 }
                if offset == literal.count { return true }
            }
            start += 1
        }
        return false
    }

    /// The indices of the whole-sentence rules to try on a sentence, from its opening units.
    func wholeSentenceRules(for sentence: UnsafeBufferPointer<UInt16>) -> [Int] {
        rules(for: sentence, count: wholeSentence.count, in: &wholeSentenceByOpening) { index, opening in
            wholeSentence[index].anywhere || wholeSentence[index].regex.mayMatch(startingWith: opening)
        }
    }

    /// The indices of the `split-label` rules to try on a sentence, from its opening units: when
    /// it shows no cue of a label, only the rules that open with literal units.
    func labelRules(for sentence: UnsafeBufferPointer<UInt16>, cued: Bool) -> [Int] {
        if triesEveryRule { return labels.indices.filter { cued || !labels[$0].regex.literalPrefix.isEmpty } }
        if cued {
            return rules(for: sentence, count: labels.count, in: &labelsByOpening) {
                labels[$0].regex.mayMatch(startingWith: $1)
            }
        }
        return rules(for: sentence, count: labels.count, in: &literalLabelsByOpening) {
            !labels[$0].regex.literalPrefix.isEmpty && labels[$0].regex.mayMatch(startingWith: $1)
        }
    }

    /// The indices of the `drop-if-opens` rules to try on a sentence, from its opening units.
    func openingPatternRules(for sentence: UnsafeBufferPointer<UInt16>) -> [Int] {
        rules(for: sentence, count: openingPatterns.count, in: &openingPatternsByOpening) {
            openingPatterns[$0].regex.mayMatch(startingWith: $1)
        }
    }

    /// The rules of one list worth trying on a sentence, from its index (all of them when
    /// ``triesEveryRule``).
    private func rules(
        for sentence: UnsafeBufferPointer<UInt16>, count: Int, in index: inout OpeningIndex,
        mayStart: (Int, ArraySlice<UInt16>) -> Bool
    ) -> [Int] {
        triesEveryRule ? Array(0..<count) : index.rules(for: sentence, count: count, mayStart: mayStart)
    }

    /// Whether a sentence could be whole-sentence noise: it ends without sentence punctuation
    /// (bylines, datelines, credits, links, tweet signatures), it is short: six words or 40
    /// units at most ("Mis à jour le 14/04/2026 à 9h12.", "Archives Jon Arrieta / « Sud Ouest »"),
    /// it ends with a quotation closed without a period, it opens in capitals ("LE PROCÈS S'EST
    /// TENU À ORLÉANS."), it holds a bar, as a caption followed by its credit does, or "(@", as an embedded post's header does, or it ends with a
    /// source in spaced brackets, as datelines do.
    func mayBeNoise(_ sentence: UnsafeBufferPointer<UInt16>) -> Bool {
        // . ! ? … » " — all in the BMP, one unit each.
        if let last = sentence.last, ![0x2E, 0x21, 0x3F, 0x2026, 0xBB, 0x22].contains(last) { return true }
        if sentence.count <= 40 { return true }
        // A quotation closed with no period inside it ends a headline or an intertitle ("Des
        // colis déclarés comme « pièces de vélo »"); prose writes "… pas. »" or goes on after it.
        if let last = sentence.last, last == 0xBB || last == 0x22,
            let inside = sentence.dropLast().last(where: { ![0x20, 0xA0, 0x202F, 0x2009].contains($0) }),
            ![0x2E, 0x21, 0x3F, 0x2026].contains(inside)
        {
            return true
        }
        // A line in capitals (an intertitle, a caption) may end with a period: no lowercase
        // letter in its first 16 units ("VIDÉO - Edwy Plenel a dévoilé…" is prose after a label).
        if let first = sentence.first, first < 0x100, Self.labelCueKinds[Int(first)] & Self.capital != 0,
            !sentence.prefix(16).contains(where: { $0 < 0x100 && Self.labelCueKinds[Int($0)] & Self.lowercase != 0 })
        {
            return true
        }
        // A dateline that names its source in brackets, with spaces inside ("Bangui, …, 09:47:12
        // ( Corbeaunews-Centrafrique )."): prose writes "(AFP)" without them.
        if sentence.count >= 4, sentence[sentence.count - 2] == 0x29, sentence[sentence.count - 3] == 0x20 {
            return true
        }
        let (bars, atSigns, spaces) = Self.barsAtSignsAndSpaces(sentence)
        // A caption with its credit after a bar ("… l'été dernier | © Name – J. S.").
        if bars > 0 || spaces < 6 { return true }
        // An embedded post under its author's handle ("Name (@handle) on X :⏎« … »").
        guard atSigns > 0 else { return false }
        for index in sentence.indices.dropFirst() where sentence[index] == 0x40 && sentence[index - 1] == 0x28 {
            return true
        }
        return false
    }

    /// The numbers of bars, at signs and spaces in a text, counted eight units at a time: every
    /// sentence short enough to be noise is scanned so, and a loop of compares and branches
    /// cost 2% of `precis summarize`.
    static func barsAtSignsAndSpaces(_ text: UnsafeBufferPointer<UInt16>) -> (bars: Int, atSigns: Int, spaces: Int) {
        guard let base = text.baseAddress else { return (0, 0, 0) }
        typealias Lanes = SIMD8<UInt16>
        let raw = UnsafeRawPointer(base)
        // Vectors, not scalars, on the right of `.==`: the scalar form is compared lane by lane.
        let (bar, atSign, space) = (Lanes(repeating: 0x7C), Lanes(repeating: 0x40), Lanes(repeating: 0x20))
        var totals = (bars: 0, atSigns: 0, spaces: 0)
        var index = 0
        while index + Lanes.scalarCount <= text.count {
            // Each lane counts at most 32,767 blocks before the lanes are added up.
            let end = min(text.count, index + Lanes.scalarCount * 32_767)
            var bars = Lanes.zero
            var atSigns = Lanes.zero
            var spaces = Lanes.zero
            while index + Lanes.scalarCount <= end {
                let units = raw.loadUnaligned(fromByteOffset: index * 2, as: Lanes.self)
                bars &+= Lanes.zero.replacing(with: .one, where: units .== bar)
                atSigns &+= Lanes.zero.replacing(with: .one, where: units .== atSign)
                spaces &+= Lanes.zero.replacing(with: .one, where: units .== space)
                index += Lanes.scalarCount
            }
            totals.bars += Int(bars.wrappedSum())
            totals.atSigns += Int(atSigns.wrappedSum())
            totals.spaces += Int(spaces.wrappedSum())
        }
        for unit in text[index...] {
            switch unit {
            case 0x7C: totals.bars += 1
            case 0x40: totals.atSigns += 1
            case 0x20: totals.spaces += 1
            default: break
            }
        }
        return totals
    }

    /// Whether a sentence starts with a folded text (a `drop-if-starts` rule) not followed by a
    /// lowercase letter ("Lire aussi" opens "Lire aussiHaïti…", not "Lire aussitôt…"); most
    /// sentences differ at their first unit.
    func starts(_ sentence: UnsafeBufferPointer<UInt16>, with text: [UInt16]) -> Bool {
        guard sentence.count >= text.count else { return false }
        for (offset, unit) in text.enumerated() where Self.folded(sentence[offset]) != unit { return false }
        guard sentence.count > text.count else { return true }
        let next = sentence[text.count]
        return next >= 0x100 || Self.labelCueKinds[Int(next)] & Self.lowercase == 0
    }

    /// Whether a sentence ends with a folded text (a `drop-if-ends` rule).
    func ends(_ sentence: UnsafeBufferPointer<UInt16>, with text: [UInt16]) -> Bool {
        guard sentence.count >= text.count else { return false }
        // From the end: most sentences end with a period, few with ")." before it.
        var s = sentence.count
        var t = text.count
        while t > 0 {
            s -= 1
            t -= 1
            guard Self.folded(sentence[s]) == text[t] else { return false }
        }
        return true
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

    /// Whether a label can start the sentence, judged on its first 80 units, where scrapers
    /// glue a page's furniture to its first sentence:
    /// - a lowercase letter running into a capital ("DiaporamaEn marge", "abonnésIls",
    ///   "PublicitéSur", "minLe"), or a run of capitals into a capitalised word ("AFPLes",
    ///   "PRESSEIls"), ASCII or Latin-1;
    /// - "(", "[" or a digit before a capital ("PARIS (AFP) - …", "à 7h05Depuis", a dateline glued
    ///   to the first sentence), or a slash before a capital ("CAMILLE VERNET / AFPL'appareil", a
    ///   photo credit; not "27/05" nor "km/h");
    /// - a dash between spaces, or after a space, before a capital ("OTTAWA — Un ancien…",
    ///   "LOMÉ —Les ministres…", datelines; "Les faits - Le ministère…", a section's label), or
    ///   after a period ("Port-au-Prince, le 11 novembre 2025.- Six personnes…"), or doubled
    ///   ("Mississauga (Ontario) (12 août 2025) -- Le directeur…"); a bar counts
    ///   as a dash ("Yaoundé, 2 juillet 2025 © Name, Outlet | Trois gendarmes…");
    /// - a period before a capital ("F.M.Une soixantaine…", initials glued to the story).
    func mayHaveLabel(_ sentence: UnsafeBufferPointer<UInt16>) -> Bool {
        Self.labelCueKinds.withUnsafeBufferPointer { kinds in
            var previous: UInt8 = 0
            var beforePrevious: UInt8 = 0
            var third: UInt8 = 0
            for unit in sentence.prefix(80) {
                let kind = unit < 0x100 ? kinds[Int(unit)] : (unit == 0x2013 || unit == 0x2014 ? Self.dash : 0)
                if kind & Self.capital != 0 {
                    if previous & (Self.lowercase | Self.opener) != 0 { return true }
                    if unit < 0x80,
                        previous & Self.slash != 0 || (previous & Self.space != 0 && beforePrevious & Self.slash != 0)
                    {
                        return true
                    }
                    // " - Le", ".- Six" after a dateline's date ("… le 11 novembre 2025.- Six"),
                    // and " -- Le", a double hyphen for a dash ("(12 août 2025) -- Le directeur").
                    if previous & Self.space != 0, beforePrevious & Self.dash != 0,
                        third & (Self.space | Self.opener | Self.dash) != 0
                    {
                        return true
                    }
                    if previous & Self.dash != 0, beforePrevious & Self.space != 0 { return true }
                    // ") Le", after an agency in brackets ("Bellinzone (ats) Le Tribunal …"), and
                    // ": Le", after a speaker's name ("Zhou Hanwen : À l'invitation …").
                    if previous & Self.space != 0, beforePrevious & (Self.closer | Self.colon) != 0 { return true }
                } else if kind & Self.lowercase != 0, previous & beforePrevious & Self.capital != 0 {
                    return true
                }
                third = beforePrevious
                beforePrevious = previous
                previous = kind
            }
            return false
        }
    }

    /// What ``mayHaveLabel(_:)`` and ``starts(_:with:)`` need to know of a unit below U+0100, as
    /// bits: a capital (one that FrenchText's Latin-1 lowercase mapping moves), a lowercase letter
    /// (ASCII or Latin-1, not ÷), "(", a period or a digit, a slash, a space, a hyphen (en and em dashes,
    /// above U+00FF, are given the same bit by the scan), ")" or "]", a colon.
    static let capital: UInt8 = 1
    static let lowercase: UInt8 = 2
    static let opener: UInt8 = 4
    static let slash: UInt8 = 8
    static let space: UInt8 = 16
    static let dash: UInt8 = 32
    static let closer: UInt8 = 64
    static let colon: UInt8 = 128
    static let labelCueKinds: [UInt8] = (0..<0x100).map { (unit: Int) -> UInt8 in
        if UTF16Text.latin1Lowercase(UInt16(unit)) != UInt16(unit) { return capital }
        if UTF16Text.isLatin1Letter(UInt16(unit)) { return lowercase }
        switch unit {
        case 0x28, 0x5B, 0x2E, 0x30...0x39: return opener
        case 0x2F: return slash
        case 0x20: return space
        case 0x2D, 0x7C: return dash
        case 0x29, 0x5D: return closer
        case 0x3A: return colon
        default: return 0
        }
    }
}
