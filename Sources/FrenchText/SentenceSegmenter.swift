@_implementationOnly import CICU

/// Splits French text into sentences: ICU's sentence iterator plus French rules from data.
///
/// The pipeline for one text, all on UTF-16 units and in linear time:
/// 1. ICU (`fr@ss=standard`, CLDR's French suppressions) proposes boundaries.
/// 2. One scan of the text finds every place where French typography can end a sentence (a run
///    of `.`, `!`, `?`, `…`, its closing quotes, then whitespace) and every line break, and
///    decides each with the rules of ``SegmentationRules``: abbreviations, initials, incises
///    after `?` and `!`, ellipses, closing guillemets, headlines and hard-wrapped prose. It also
///    finds headings whose line break was lost, packed before their text on one line.
///    ICU's vote is kept where our rules have no opinion (an unknown word before a period).
/// 3. ICU boundaries the scan did not cover (other scripts' terminators) are kept as they are.
///    The scan notes whether ICU could have any (``SentenceBreakFlags``); when it cannot, as in
///    almost all French text, ICU's iterator is not run at all: same output, a third of the time.
///
/// An instance holds an ICU iterator: it is not thread-safe; use one per thread.
///
/// - Complexity: O(*n*) in the length of the text.
public final class SentenceSegmenter {
    /// Which boundaries to produce.
    public enum Engine: String, Sendable, CaseIterable {
        /// ICU plus the French rules: the default.
        case precis
        /// ICU's iterator alone (`fr@ss=standard`), whitespace trimmed; for comparison.
        case icu
    }

    /// The locale of ICU's iterator: French with CLDR's sentence-break suppressions.
    public static let icuLocale = "fr@ss=standard"

    let rules: SegmentationRules
    let iterator: OpaquePointer

    /// Opens ICU's sentence iterator for `fr@ss=standard`.
    public init(rules: SegmentationRules) throws(ICUError) {
        var status = U_ZERO_ERROR
        let opened = cicu_ubrk_open(UBRK_SENTENCE, SentenceSegmenter.icuLocale, nil, 0, &status)
        try status.check("ubrk_open(sentence, \(SentenceSegmenter.icuLocale))")
        guard let opened else { throw ICUError(code: U_INTERNAL_PROGRAM_ERROR.rawValue, operation: "ubrk_open") }
        self.rules = rules
        self.iterator = opened
    }

    deinit { cicu_ubrk_close(iterator) }

    /// The sentences of a text, in order.
    public func sentences(in text: UTF16Text, engine: Engine = .precis) -> [Sentence] {
        text.units.withUnsafeBufferPointer { sentences(in: $0, engine: engine) }
    }

    /// The sentences of a text given as UTF-16 units, in order.
    public func sentences(in units: UnsafeBufferPointer<UInt16>, engine: Engine = .precis) -> [Sentence] {
        sentences(in: units, engine: engine, alwaysRunICU: false)
    }

    /// The sentences of a text; `alwaysRunICU` runs ICU's iterator even where the scan shows it
    /// cannot add a boundary (for the differential test of that proof).
    func sentences(in units: UnsafeBufferPointer<UInt16>, engine: Engine, alwaysRunICU: Bool) -> [Sentence] {
        var scan = BoundaryScan(units: units, rules: rules)
        switch engine {
        case .precis:
            scan.run()
            if scan.needsICU || alwaysRunICU { scan.keepUncoveredBoundaries(of: icuBoundaries(units)) }
            return scan.sentences(starts: scan.starts)
        case .icu:
            scan.findParagraphs()
            return scan.sentences(starts: icuBoundaries(units))
        }
    }

    /// ICU's raw boundaries strictly inside a text, ascending (for comparison and benchmarks).
    public func icuBoundaries(in text: UTF16Text) -> [Int] {
        text.units.withUnsafeBufferPointer { icuBoundaries($0) }
    }

    /// ICU's boundaries strictly inside the text, ascending.
    func icuBoundaries(_ units: UnsafeBufferPointer<UInt16>) -> [Int] {
        guard units.count > 0 else { return [] }
        var status = U_ZERO_ERROR
        cicu_ubrk_setText(iterator, units.baseAddress, Int32(units.count), &status)
        guard status.rawValue <= U_ZERO_ERROR.rawValue else { return [] }
        var result: [Int] = []
        result.reserveCapacity(units.count / 80)
        _ = cicu_ubrk_first(iterator)
        let done = cicu_ubrk_done()
        while true {
            let next = cicu_ubrk_next(iterator)
            if next == done || Int(next) >= units.count { break }
            result.append(Int(next))
        }
        // Do not keep a pointer into the caller's buffer.
        cicu_ubrk_setText(iterator, nil, 0, &status)
        return result
    }
}

/// The single scan of the segmenter's step 2: candidate boundaries and their decisions.
struct BoundaryScan {
    let units: UnsafeBufferPointer<UInt16>
    let rules: SegmentationRules
    /// ``SentenceBreakFlags/table``, held so that the hot loop reads it without a global access.
    let flags: [UInt8] = SentenceBreakFlags.table

    /// Sentence starts decided so far (unsorted, may hold duplicates).
    var starts: [Int] = []
    /// Offsets where a paragraph starts (after a blank line), ascending.
    var paragraphStarts: [Int] = []
    /// Ranges `(from, through]` where ICU's boundaries are replaced by our decisions.
    var covered: [(from: Int, through: Int)] = []
    /// Whether ICU could have a boundary outside `covered`: a terminator the scan does not know,
    /// or a closing mark, combining mark or format character that ICU attaches to a sentence end.
    var needsICU = false

    /// Candidates refused only because a lowercase word follows, and the number of candidates
    /// followed by a capital: a text whose sentences start in lowercase (a transcript, a
    /// lowercased corpus) shows it here, and then those candidates are boundaries after all.
    var lowercaseCandidates: [Int] = []
    var lowercaseStarts = 0
    var capitalCandidates = 0

    /// The last sentence start decided so far (where a packed heading would begin).
    var sentenceStart = 0

    /// Whether a straight double quote is open in the current paragraph.
    var straightQuoteOpen = false
    /// Hard-wrapped state of the current paragraph, computed on its first single line break.
    var wrapKnownUntil = -1
    var wrapped = false

    init(units: UnsafeBufferPointer<UInt16>, rules: SegmentationRules) {
        self.units = units
        self.rules = rules
    }

    // MARK: The scan

    /// Records a sentence start decided by the scan.
    mutating func startSentence(at offset: Int) {
        starts.append(offset)
        sentenceStart = max(sentenceStart, offset)
    }

    /// Runs the scan: fills `starts` and `paragraphStarts`, and sets `needsICU`.
    mutating func run() {
        let n = units.count
        var lineStart = 0
        var i = 0
        while i < n {
            i = nextInterestingUnit(from: i)
            guard i < n else { break }
            let unit = units[i]
            switch unit {
            case 0x2E, 0x21, 0x3F, 0x2026:  // . ! ? …
                i = terminal(at: i)
            case 0x22:  // "
                straightQuoteOpen.toggle()
                i += 1
            case 0x3B:  // ;
                semicolon(at: i)
                i += 1
            case 0x3A:  // :
                colon(at: i)
                i += 1
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
                i = lineBreak(at: i, lineStart: lineStart)
                lineStart = i
            case 0x41...0x5A:  // A-Z
                capital(at: i)
                i += 1
            case 0x2D, 0x2013, 0x2014:  // - – —
                dash(at: i)
                i += 1
            default:
                // A unit only ICU acts on, or the high half of a supplementary scalar.
                if scalarFlags(at: i) & SentenceBreakFlags.terminator != 0 { needsICU = true }
                i += 1
            }
        }
        if lowercaseStarts >= 3, lowercaseStarts > 2 * capitalCandidates {
            starts.append(contentsOf: lowercaseCandidates)
        }
    }

    /// The ``SentenceBreakFlags`` of the scalar starting at `p`.
    func scalarFlags(at p: Int) -> UInt8 {
        let unitFlags = flags.withUnsafeBufferPointer { $0[Int(units[p])] }
        guard unitFlags & SentenceBreakFlags.surrogate != 0 else { return unitFlags }
        return SentenceBreakFlags.flags(ofScalar: UTF16Classes.scalar(units, at: p))
    }

    /// The first offset at or after `start` holding a unit the scan acts on: `.` `!` `?` `…`
    /// `;` `:` `"`, a line break (LF VT FF CR NEL LS PS), an ASCII capital, a dash, a terminator
    /// only ICU knows, or a high surrogate.
    ///
    /// Every special ASCII unit is below 64, so one shift of a 64-bit mask tests it; letters
    /// and spaces, most of a text, cost a compare or two. (Swift's SIMD types scalarize
    /// these compares, so they are no faster here.)
    @inline(never)
    func nextInterestingUnit(from start: Int) -> Int {
        // Bits 10-13 (LF VT FF CR), 33 (!), 34 ("), 45 (-), 46 (.), 58 (:), 59 (;), 63 (?); then,
        // for units 64 to 127, bits 1-26 (A-Z).
        let mask: UInt64 = (0xF << 10) | (1 << 33) | (1 << 34) | (3 << 45) | (3 << 58) | (1 << 63)
        let capitals: UInt64 = 0x3FF_FFFF << 1
        let n = units.count
        let stop = SentenceBreakFlags.scan | SentenceBreakFlags.terminator | SentenceBreakFlags.surrogate
        return flags.withUnsafeBufferPointer { table in
            guard let base = units.baseAddress, let flagsOf = table.baseAddress else { return n }
            var i = start
            while i < n {
                let unit = UInt64(base[i])
                if unit < 0x80 {
                    // Branch-free inside ASCII (a select, not a jump): spaces and letters
                    // alternate too often for a `unit < 64` branch to be predicted.
                    if ((unit < 64 ? mask : capitals) &>> (unit & 63)) & 1 != 0 { return i }
                } else if flagsOf[Int(unit)] & stop != 0 {
                    return i
                }
                i &+= 1
            }
            return n
        }
    }

    /// Finds paragraph starts only (for the raw ICU engine).
    mutating func findParagraphs() {
        var i = 0
        while i < units.count {
            if UTF16Classes.isLineBreak(units[i]) {
                let (next, breaks, paragraphSeparator) = skipLineBreaks(from: i)
                if next < units.count, breaks >= 2 || paragraphSeparator { paragraphStarts.append(next) }
                i = max(next, i + 1)
            } else {
                i += 1
            }
        }
    }

    // MARK: Terminal punctuation

    /// Decides the candidate after the terminal run starting at `i`; returns where to go on.
    mutating func terminal(at i: Int) -> Int {
        let n = units.count
        var j = i
        var periods = 0
        var hasEllipsis = false
        var hasQuestionOrExclamation = false
        while j < n {
            switch units[j] {
            case 0x2E: periods += 1
            case 0x2026: hasEllipsis = true
            case 0x21, 0x3F: hasQuestionOrExclamation = true
            default: break
            }
            guard units[j] == 0x2E || units[j] == 0x21 || units[j] == 0x3F || units[j] == 0x2026 else { break }
            j += 1
        }
        if periods >= 2 { hasEllipsis = true }
        // Closing quotes and brackets belong to the sentence they close, even after a space
        // (French puts a no-break space before »).
        var k = j
        while true {
            var s = k
            while s < n, UTF16Classes.isHorizontalSpace(units[s]) { s += 1 }
            guard s < n else { break }
            let unit = units[s]
            if unit == 0xBB || unit == 0x201D || unit == 0x29 || unit == 0x5D {  // » ” ) ]
                k = s + 1
            } else if unit == 0x22, straightQuoteOpen || s + 1 == n || UTF16Classes.isSpace(units[s + 1]) {
                // A straight quote closes when one is open in the paragraph, or when a space
                // follows it (`bête ! " Les serveurs`: an opening quote hugs its word).
                straightQuoteOpen = false
                k = s + 1
            } else {
                break
            }
        }
        var m = k
        while m < n, UTF16Classes.isSpace(units[m]) { m += 1 }
        // Our decision replaces ICU's everywhere in this stretch, even when it is "no boundary"
        // (ICU would move a closing » to the next sentence, or break inside a URL's "?id=").
        covered.append((i, m))
        // ICU ends the stretch later than `m` only after a closing mark the scan does not take
        // (`fin.’ Suite`, `fin."Suite`) or before a mark it attaches to the unit before (UAX #29
        // SB5: `fin. \u{AD}Suite`); only then may its boundaries fall outside `covered`.
        if m < n {
            let later = m == k ? SentenceBreakFlags.close | SentenceBreakFlags.attached : SentenceBreakFlags.attached
            if scalarFlags(at: m) & later != 0 { needsICU = true }
        }
        guard m < n else { return k }
        guard m > k else {
            if periods == 1, !hasEllipsis, !hasQuestionOrExclamation, isGluedSentence(period: i) {
                startSentence(at: m)
            }
            return k
        }

        let next = nextWord(from: m)
        let isBoundary: Bool
        if hasQuestionOrExclamation && periods == 0 && !hasEllipsis {
            // An incise after ? or ! continues the sentence: « Partez ! » a-t-il lancé.
            isBoundary = next.initial != .lower
        } else if hasEllipsis {
            isBoundary = next.initial == .upper
        } else {
            isBoundary = periodEnds(at: i, next: next, nextStart: m)
        }
        if isBoundary { startSentence(at: m) }
        if next.initial == .upper {
            capitalCandidates += 1
        } else if next.initial == .lower, !followsAbbreviation(i, periods: periods) {
            lowercaseStarts += 1
            if !isBoundary { lowercaseCandidates.append(m) }
        }
        return k
    }

    /// Whether the terminal run at `i` is a single period after a listed abbreviation.
    func followsAbbreviation(_ i: Int, periods: Int) -> Bool {
        guard periods == 1, units[i] == 0x2E else { return false }
        var t = i
        while t > 0, i - t < 24,
            UTF16Classes.isAlphanumeric(units[t - 1]) || units[t - 1] == 0x2E || units[t - 1] == 0x2D
        {
            t -= 1
        }
        return t < i && abbreviationClass(t...i) != nil
    }

    /// The class of a form (final period included) in `abbreviations.tsv`, if it is listed; most
    /// forms are rejected by their first unit and length, without building and hashing an array.
    func abbreviationClass(_ range: ClosedRange<Int>) -> SegmentationRules.AbbreviationClass? {
        guard
            SegmentationRules.mayContain(
                rules.abbreviationShapes, first: units[range.lowerBound], length: range.count)
        else { return nil }
        return rules.abbreviations[Array(units[range])]
    }

    /// Whether a period with no space after it joins two sentences glued by a scraper
    /// ("la frontière.Le ministre", "à l'étranger (illustration).Une trentaine"), as opposed to a
    /// URL, a domain ("Cameroon-Info.Net") or a number.
    func isGluedSentence(period i: Int) -> Bool {
        let n = units.count
        guard i + 2 < n, UTF16Classes.classify(UTF16Classes.scalar(units, at: i + 1)) == .upper,
            UTF16Classes.classify(UTF16Classes.scalar(units, at: i + 2)) == .lower
        else { return false }
        if isDomainSuffix(at: i + 1) { return false }
        // The word before must be lowercase letters, and its whitespace-delimited run must not
        // look like a URL, an e-mail address or a file name.
        var t = i
        while t > 0, !UTF16Classes.isSpace(units[t - 1]) {
            switch units[t - 1] {
            case 0x2F, 0x40, 0x3A, 0x2E, 0x5F, 0x3D: return false  // / @ : . _ =
            default: t -= 1
            }
        }
        guard i - t >= 2 else { return false }
        // A closing bracket or quote may come between the word and the period.
        var last = i - 1
        if [0x29, 0x22, 0x201D].contains(units[last]), last - 1 > t { last -= 1 }
        return UTF16Classes.classify(UInt32(units[last])) == .lower
    }

    /// Whether the word at `start` is a top-level domain of `domain-suffixes.txt`, whole (no
    /// letter after it).
    func isDomainSuffix(at start: Int) -> Bool {
        var end = start
        while end < units.count, end - start <= 6 {
            let initial = UTF16Classes.classify(UTF16Classes.scalar(units, at: end))
            guard initial == .upper || initial == .lower else { break }
            end += 1
        }
        guard end - start >= 2, end - start <= 6, !rules.domainSuffixes.isEmpty else { return false }
        return rules.domainSuffixes.contains(units[start..<end].map(UTF16Classes.latin1Lowercase))
    }

    /// A semicolon followed by a capitalised sentence starter, or by a dashed list item, ends a
    /// sentence: French writes
    /// a lowercase word after `;`, so "… à 20h30 ; En juillet 1941, …" joins two sentences
    /// (a proper noun after `;` is not a starter and does not split).
    mutating func semicolon(at i: Int) {
        var m = i + 1
        while m < units.count, UTF16Classes.isHorizontalSpace(units[m]) { m += 1 }
        guard m > i + 1, m < units.count else { return }
        // A list item after a semicolon: "… de 22 heures à 6 heures ; - la fermeture …".
        if isDash(units[m]), m + 1 < units.count, UTF16Classes.isHorizontalSpace(units[m + 1]) {
            startSentence(at: m)
            return
        }
        let next = nextWord(from: m)
        // The starter may open a quotation: "… André Ménétrez ; "Nous avions bon espoir …".
        guard next.initial == .upper, units[m..<next.start].allSatisfy({ isOpeningQuote($0) }) else { return }
        if opensSentence(next, allowParticles: true) { startSentence(at: m) }
    }

    /// A colon after a short label that opens its sentence, followed by a capitalised sentence
    /// starter and a lowercase word, ends a sentence: the label of a leaflet's or a fact box's
    /// entry whose line break was lost ("Absorption : La concentration moyenne …", "Sexe : Il
    /// n'y a pas …"). French writes a lowercase word after a colon, and quoted speech opens with
    /// a guillemet; a label of more than four words, with a digit (a date in a chronology: "- 22
    /// septembre 1994 : Le juge …") or a comma goes on with its sentence.
    mutating func colon(at i: Int) {
        let n = units.count
        var m = i + 1
        while m < n, UTF16Classes.isHorizontalSpace(units[m]) { m += 1 }
        guard m > i + 1, m < n, units[m] < 0x80, rules.starterShapes[Int(units[m])] != 0 else { return }
        let word = nextWord(from: m)
        guard word.start == m, word.initial == .upper, isFollowedByLowercase(word),
            opensSentence(word, allowParticles: true)
        else { return }
        var q = sentenceStart
        while q < i, UTF16Classes.isSpace(units[q]) { q += 1 }
        guard q < i, i - q <= 60, UTF16Classes.classify(UTF16Classes.scalar(units, at: q)) == .upper else { return }
        var words = 1
        for index in q..<i {
            let unit = units[index]
            if UTF16Classes.classify(UInt32(unit)) == .digit || unit == 0x2C || isQuote(unit)
                || UTF16Classes.isLineBreak(unit)
            {
                return
            }
            if UTF16Classes.isHorizontalSpace(unit), index + 1 < i, !UTF16Classes.isSpace(units[index + 1]) {
                words += 1
            }
        }
        guard words <= 4 else { return }
        startSentence(at: m)
    }

    /// Whether a unit opens or closes a quotation (straight, typographic or guillemet).
    func isQuote(_ unit: UInt16) -> Bool {
        unit == 0x22 || unit == 0xAB || unit == 0xBB || unit == 0x201C || unit == 0x201D
    }

    /// Whether a unit is a horizontal space or an opening quote (before a quoted sentence).
    func isOpeningQuote(_ unit: UInt16) -> Bool {
        unit == 0x22 || unit == 0xAB || unit == 0x201C || unit == 0x201E || UTF16Classes.isHorizontalSpace(unit)
    }

    /// Whether a word is followed by a lowercase word: after its elision's apostrophe
    /// ("L'enquête"), after spaces ("Le maire") or, for a word of four letters or more (an
    /// adverb, not "Un" of "Kim Jong Un, elle"), after a comma and spaces ("Ensuite, les").
    func isFollowedByLowercase(_ word: NextWord) -> Bool {
        let n = units.count
        let end = word.range.upperBound
        guard end < n else { return false }
        if units[end - 1] == 0x27 || units[end - 1] == 0x2019 {
            return UTF16Classes.classify(UTF16Classes.scalar(units, at: end)) == .lower
        }
        var start = end
        if units[start] == 0x2C, word.range.count >= 4 { start += 1 }
        var q = start
        while q < n, UTF16Classes.isHorizontalSpace(units[q]) { q += 1 }
        return q > start && q < n && UTF16Classes.classify(UTF16Classes.scalar(units, at: q)) == .lower
    }

    /// Whether a word is followed by a date, which opens a sentence as a lowercase word does
    /// after a packed heading ("Rebondissement Le 13 janvier 2002, …"): a day of the month and
    /// the month's name from `date-words.txt` ("Le 16 mars", "Le 1er avril"; not the show "Les
    /// 12 coups de midi"), or a year from 1000 to 2999 and a comma or a lowercase word ("En
    /// 1988, le groupe …").
    func isFollowedByDate(_ word: NextWord) -> Bool {
        let n = units.count
        var q = word.range.upperBound
        guard q < n, UTF16Classes.isHorizontalSpace(units[q]) else { return false }
        while q < n, UTF16Classes.isHorizontalSpace(units[q]) { q += 1 }
        let digitsStart = q
        while q < n, q - digitsStart < 5, units[q] >= 0x30, units[q] <= 0x39 { q += 1 }
        switch q - digitsStart {
        case 4:
            guard q < n, units[digitsStart] == 0x31 || units[digitsStart] == 0x32 else { return false }
            if units[q] == 0x2C { return true }
            let afterYear = q
            while q < n, UTF16Classes.isHorizontalSpace(units[q]) { q += 1 }
            return q > afterYear && q < n && UTF16Classes.classify(UTF16Classes.scalar(units, at: q)) == .lower
        case 1, 2:
            if q + 1 < n, units[q] == 0x65, units[q + 1] == 0x72 { q += 2 }  // "1er"
            let afterDay = q
            while q < n, UTF16Classes.isHorizontalSpace(units[q]) { q += 1 }
            var r = q
            while r < n, r - q < 10, UTF16Classes.isLatin1Letter(units[r]) { r += 1 }
            guard q > afterDay, r > q, r == n || !UTF16Classes.isAlphanumeric(units[r]) else { return false }
            return rules.dateWords.contains(lowercased(q..<r))
        default:
            return false
        }
    }

    /// Whether the period at `i` ends a sentence whose successor starts at `nextStart`.
    func periodEnds(at i: Int, next: NextWord, nextStart: Int) -> Bool {
        var t = i
        while t > 0, i - t < 24 {
            let unit = units[t - 1]
            guard UTF16Classes.isAlphanumeric(unit) || unit == 0x2E || unit == 0x2D || unit == 0xB0 else { break }
            t -= 1
        }
        if t < i {
            switch abbreviationClass(t...i) {
            case .never?: return false
            case .lowercase?: return next.initial == .upper
            case .starter?: return next.initial == .upper && opensSentence(next, allowParticles: true)
            case nil: break
            }
            switch initials(t..<i) {
            case .name:
                // "A. Hammouchi", "J.-P. Dupont", "l'art. L. 562-4"; but "Yanis K. Il a été …"
                // ends: a sentence starter that is not a name particle ("Le" in "J.-M. Le Pen").
                if next.initial == .digit { return false }
                // Initials before a slash sign a credit: "Photo : I. T.-M. / Mediacités".
                if nextStart < units.count, units[nextStart] == 0x2F { return false }
                if next.initial == .upper {
                    return opensSentence(next, allowParticles: false)
                }
            case .acronym:
                // "U.S.A." ends a sentence before a capital like any word.
                if next.initial == .upper { return true }
            case nil:
                break
            }
        }
        // A list item ("… du tissu cardiaque. - si vous avez …") starts after a dash and a space,
        // whatever the case of its first word.
        if next.start > nextStart, isDash(units[nextStart]), nextStart + 1 < units.count,
            UTF16Classes.isHorizontalSpace(units[nextStart + 1])
        {
            return true
        }
        switch next.initial {
        case .lower:
            // After a full word (four letters or more, or an acronym, or a unit such as °C), a
            // lowercase start is a sentence whose capital was lost ("… de l'Afrique. il faut
            // que …", "… mérite UNC. à son époux"); short or listed abbreviations ("env. deux",
            // "etc. mais") continue the sentence. So does a period right after a closing
            // bracket or quote: "… (ICP). héparine …".
            // A parenthesis or a quote before the lowercase word ("… l'OPAC.» (cité par …)")
            // continues the sentence.
            guard next.start == nextStart else { return false }
            return t < i ? isFullWord(t..<i) : i > 0 && (units[i - 1] == 0x29 || units[i - 1] == 0xBB)
        case .digit, .other: return true
        case .upper:
            // Not ICU's vote: ICU 72's suppression filter matches CLDR entries as suffixes of any
            // word, so "assumer. Certaines" is hidden by "mer.", "19°C. On" by "C.", "ARD. Il" by
            // "D." (measured; see Tests/FrenchTextTests). The abbreviations that matter are in
            // abbreviations.tsv, and an unlisted word before a capital ends its sentence.
            return true
        }
    }

    /// Whether a unit is a hyphen-minus, an en dash or an em dash.
    func isDash(_ unit: UInt16) -> Bool { unit == 0x2D || unit == 0x2013 || unit == 0x2014 }

    /// Whether a token is a full word rather than an abbreviation: four letters or more (any
    /// case, hyphens allowed), an acronym of two capitals or more, or a unit after a degree sign.
    func isFullWord(_ range: Range<Int>) -> Bool {
        if units[range.lowerBound] == 0xB0 { return range.count >= 2 }
        var letters = 0
        var capitals = 0
        for index in range {
            let unit = units[index]
            if unit == 0x2D { continue }
            switch UTF16Classes.classify(UTF16Classes.scalar(units, at: index)) {
            case .lower: letters += 1
            case .upper:
                letters += 1
                capitals += 1
            case .digit, .other: return false
            }
        }
        return letters >= 4 || (capitals == letters && capitals >= 2)
    }

    /// What a token made of single capitals is.
    enum Initials {
        /// One or two initials of a name: "A", "J.-P", "J.-C".
        case name
        /// A dotted acronym of three letters or more: "U.S.A".
        case acronym
    }

    /// Whether a token is made of single capitals joined by periods and hyphens, and which kind.
    func initials(_ range: Range<Int>) -> Initials? {
        var letters = 0
        var previousWasLetter = false
        var hasHyphen = false
        for index in range {
            let unit = units[index]
            if unit == 0x2E || unit == 0x2D {
                if unit == 0x2D { hasHyphen = true }
                previousWasLetter = false
                continue
            }
            guard !previousWasLetter, UTF16Classes.classify(UInt32(unit)) == .upper else { return nil }
            previousWasLetter = true
            letters += 1
        }
        guard letters > 0 else { return nil }
        return letters >= 3 && !hasHyphen ? .acronym : .name
    }

    /// The first word after a candidate boundary and the case of its first letter.
    struct NextWord {
        var initial: UTF16Classes.Initial
        /// The word's first units (at most 16, through an elision's apostrophe).
        var range: Range<Int>
        /// Where the word starts, after any opening quotes, brackets and dashes.
        var start: Int { range.lowerBound }
    }

    /// Whether the next word is a sentence starter and not a name particle.
    func opensSentence(_ next: NextWord, allowParticles: Bool) -> Bool {
        let word = Array(units[next.range])
        return rules.sentenceStarters.contains(word) && (allowParticles || !rules.nameParticles.contains(word))
    }

    /// Whether a name of `starter-names.txt` starts at `start` ("En marche", case aside), followed
    /// by anything but a letter.
    func startsStarterName(at start: Int) -> Bool {
        rules.starterNames.contains { name in
            let end = start + name.count
            return end <= units.count && (end == units.count || !UTF16Classes.isAlphanumeric(units[end]))
                && lowercased(start..<end) == name
        }
    }

    /// Reads the next word from `start`, skipping opening quotes, brackets and dashes.
    func nextWord(from start: Int) -> NextWord {
        let n = units.count
        var p = start
        while p < n {
            switch units[p] {
            case 0xAB, 0x201C, 0x201E, 0x22, 0x27, 0x2018, 0x28, 0x5B, 0x2014, 0x2013, 0x2D, 0x2022, 0x2A, 0xBF, 0xA1:
                p += 1
            case let unit where UTF16Classes.isSpace(unit):
                p += 1
            default:
                let initial = UTF16Classes.classify(UTF16Classes.scalar(units, at: p))
                var end = p
                while end < n, end - p < 16,
                    UTF16Classes.isAlphanumeric(units[end]) || units[end] == 0x27 || units[end] == 0x2019
                {
                    end += 1
                    // Keep the apostrophe of an elision ("L'", "C'est") and stop there.
                    if units[end - 1] == 0x27 || units[end - 1] == 0x2019 { break }
                }
                return NextWord(initial: initial, range: p..<end)
            }
        }
        return NextWord(initial: .other, range: n..<n)
    }

    // MARK: Packed headings

    /// The longest heading the packed-heading rules look back over, in UTF-16 units: it keeps
    /// them O(1) per capital whatever the text.
    static let headingReach = 150

    /// Decides an ASCII capital inside a line. Scraped and converted text often loses the line
    /// break after a heading, intertitle or table cell, leaving it packed before the next
    /// sentence with only a space: "Amélioration de la voirie Le maire a invité …", "DONNÉES
    /// CLINIQUES Indications thérapeutiques". French capitalises a word inside a sentence only
    /// for a name, so a capitalised starter or a word after a heading in capitals opens a sentence.
    /// (Capitals outside ASCII, "É", are not looked at: rarer, and the scan stays cheap.)
    mutating func capital(at i: Int) {
        var p = i
        while p > 0, UTF16Classes.isHorizontalSpace(units[p - 1]) { p -= 1 }
        if p == i, gluedAfterBracket(at: i) || gluedAfterWord(at: i) {
            startSentence(at: i)
            return
        }
        guard p < i, p > 0 else { return }
        if let heading = sectionHeadingStart(endingAt: p) {
            startSentence(at: heading)
            startSentence(at: i)
            return
        }
        // A word in lowercase after its capital ("Indications", "Il"; not "Qu'ON" inside the heading).
        if UTF16Classes.classify(UInt32(units[p - 1])) == .upper, i + 2 < units.count,
            UTF16Classes.classify(UTF16Classes.scalar(units, at: i + 1)) == .lower,
            units[i + 2] != 0x27, units[i + 2] != 0x2019, followsCapitalHeading(end: p)
        {
            startSentence(at: i)
        } else if startsPackedSentence(at: i, previousEnd: p) {
            startSentence(at: i)
        }
    }

    /// Whether a sentence starter glued to a closing bracket opens a sentence: a caption or a
    /// credit that a scraper glued to the story ("… vers l'Isalo (photo d'archives)Une bande de
    /// dahalo …"); not after "(...)", a cut inside a quotation.
    func gluedAfterBracket(at i: Int) -> Bool {
        guard i >= 3, units[i - 1] == 0x29, units[i - 2] != 0x2E, units[i - 2] != 0x2026, i + 1 < units.count,
            UTF16Classes.classify(UTF16Classes.scalar(units, at: i + 1)) == .lower,
            rules.starterShapes[Int(units[i])] != 0
        else { return false }
        let word = nextWord(from: i)
        return word.start == i && opensSentence(word, allowParticles: true)
    }

    /// The start of a section heading listed in `section-headings.txt` that ends at `end`
    /// ("… cette histoire. Bibliographie", "Liens externes"), when it stands where a heading
    /// can: at the start of its sentence or line, or after a word that can end one (not after a
    /// function word: "la revue Histoire", see `title-words.txt`). Nil otherwise.
    func sectionHeadingStart(endingAt end: Int) -> Int? {
        guard end > 1 else { return nil }
        // The longest listed heading written before `end` as a whole word ("Notes et références"
        // rather than "références"), spaces of any kind between its words.
        var found: Int?
        let bucket = SegmentationRules.headingBucket(last: units[end - 1], beforeLast: units[end - 2])
        guard rules.sectionHeadingBuckets[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0 else { return nil }
        for heading in rules.sectionHeadings[bucket] {
            var t = end
            var matched = true
            for unit in heading.reversed() {
                if unit == 0x20 {
                    guard t > 0, UTF16Classes.isHorizontalSpace(units[t - 1]) else {
                        matched = false
                        break
                    }
                    while t > 0, UTF16Classes.isHorizontalSpace(units[t - 1]) { t -= 1 }
                } else {
                    guard t > 0, units[t - 1] == unit else {
                        matched = false
                        break
                    }
                    t -= 1
                }
            }
            // A whole word: not the end of "l'Histoire" nor of "préhistoire".
            if matched, t == 0 || UTF16Classes.isSpace(units[t - 1]), t < found ?? Int.max { found = t }
        }
        guard let start = found else { return nil }
        var q = start
        while q > 0, UTF16Classes.isHorizontalSpace(units[q - 1]) { q -= 1 }
        if q == 0 || q <= sentenceStart || UTF16Classes.isLineBreak(units[q - 1]) { return start }
        let before = units[q - 1]
        guard
            UTF16Classes.isAlphanumeric(before) || before == 0x29 || before == 0x5D || before == 0xBB
                || before == 0x201D || before == 0x22
        else { return nil }
        return isTitleWord(wordStart(endingAt: q)..<q) ? nil : start
    }

    /// Where the word (letters, digits and hyphens, 24 units at most) that ends at `end` starts:
    /// without an elision ("s'appelle" is "appelle").
    func wordStart(endingAt end: Int) -> Int {
        var start = end
        while start > 0, end - start < 24, UTF16Classes.isAlphanumeric(units[start - 1]) || units[start - 1] == 0x2D {
            start -= 1
        }
        return start
    }

    /// Whether a word is in `title-words.txt`, or a compound whose first part is ("livre-enquête"
    /// introduces a title as "livre" does): a function word or a title's introducer.
    func isTitleWord(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        let word = lowercased(range)
        if rules.titleWords.contains(word) { return true }
        guard let hyphen = word.firstIndex(of: 0x2D) else { return false }
        return rules.titleWords.contains(Array(word[..<hyphen]))
    }

    /// Whether a sentence starter glued to the end of a word opens a sentence: a heading, a
    /// caption or a credit whose line break a scraper lost ("… dérapages du véhiculeAprès être
    /// sorti de la route", "… spécialisée ©Studio TamaniLe procès de onze personnes …"): a
    /// starter and a lowercase word after three lowercase letters at least, or three capitals (a
    /// dateline or a credit in capitals: "TRIBUNAL DE MONTPELLIERLe brigadier …", "Photo archives
    /// HPIAu petit matin …"), not inside a hashtag or a handle ("#NousToutes a organisé").
    func gluedAfterWord(at i: Int) -> Bool {
        guard i >= 3, units[i - 1] < 0x80 || UTF16Classes.isLatin1Letter(units[i - 1]),
            rules.starterShapes[Int(units[i])] != 0
        else { return false }
        var s = i
        while s > 0, i - s < 64, UTF16Classes.isLatin1Letter(units[s - 1]) { s -= 1 }
        guard i - s >= 3, s == 0 || (units[s - 1] != 0x23 && units[s - 1] != 0x40) else { return false }
        let before = UTF16Classes.classify(UInt32(units[i - 1]))
        guard before == .lower || before == .upper else { return false }
        for index in (i - 3)..<i where UTF16Classes.classify(UInt32(units[index])) != before { return false }
        let word = nextWord(from: i)
        return word.start == i && isFollowedByLowercase(word) && opensSentence(word, allowParticles: true)
    }

    /// Whether two words or more in capitals end at `end` on its line, the last of two letters or
    /// more and one of five or more: an intertitle ("DONNÉES CLINIQUES", "ASSURANCE MALADIE"),
    /// not acronyms ("l'ONG SOS Méditerranée", "BFM TV Robert").
    func followsCapitalHeading(end: Int) -> Bool {
        let limit = max(0, end - Self.headingReach)
        var words = 0
        var longest = 0
        var e = end
        while e > limit {
            var s = e
            var letters = 0
            var openBrackets = 0
            while s > limit, !UTF16Classes.isSpace(units[s - 1]) {
                let unit = units[s - 1]
                switch UTF16Classes.classify(UInt32(unit)) {
                case .upper: letters += 1
                case .digit: break
                case .lower, .other:
                    // Apostrophes and hyphens join a heading's words: "D'ÉVALUATION", "MISE-À-JOUR";
                    // brackets closed in the word hold an acronym or a plural: "(EPAR)", "VOIE(S)"
                    // (not "(APNM GendXXI)", a name's acronym).
                    if unit == 0x28 {
                        openBrackets += 1
                    } else if unit == 0x29 {
                        openBrackets -= 1
                    } else if unit != 0x27 && unit != 0x2019 && unit != 0x2D {
                        return false
                    }
                }
                s -= 1
            }
            guard letters > 0, openBrackets == 0, words > 0 || letters >= 2 else { return false }
            words += 1
            longest = max(longest, letters)
            if words >= 2, longest >= 5 { return true }
            var q = s
            while q > limit, UTF16Classes.isHorizontalSpace(units[q - 1]) { q -= 1 }
            guard q < s else { return false }
            e = q
        }
        return false
    }

    /// Whether the capitalised word at `i`, after a word ending at `previousEnd` on the same
    /// line, opens a sentence after a packed heading: a sentence starter followed by a lowercase
    /// word ("Le maire a", "L'enquête"; "Le Monde" is a name), after a word or number that can
    /// end a heading (not a function word nor a title's introducer, see `title-words.txt`), in
    /// a short stretch that starts like a heading (a longer one after a lowercase word), or after
    /// a year that closes a date or a dateline, whatever comes before it.
    func startsPackedSentence(at i: Int, previousEnd p: Int) -> Bool {
        let before = units[p - 1]
        if before == 0x29 {
            // "(SCA) Les données", but not after "(...)", a cut inside a quotation.
            if p >= 2, units[p - 2] == 0x2E || units[p - 2] == 0x2026 { return false }
        } else if !UTF16Classes.isAlphanumeric(before), before != 0x25 {  // %
            return false
        }
        // Most capitals begin a name whose first letter no starter has: no need to read the word.
        guard rules.starterShapes[Int(units[i])] != 0 else { return false }
        let word = nextWord(from: i)
        guard word.start == i,
            SegmentationRules.mayContain(rules.starterShapes, first: units[i], length: word.range.count)
        else { return false }
        let end = word.range.upperBound
        guard isFollowedByLowercase(word) || isFollowedByDate(word), opensSentence(word, allowParticles: true),
            !startsStarterName(at: i)
        else { return false }
        let s = wordStart(endingAt: p)
        if isTitleWord(s..<p) { return false }
        if s < p, UTF16Classes.classify(UTF16Classes.scalar(units, at: s)) == .upper {
            // A particle after a capitalised word begins a surname ("Louis De la Fontaine"; "Bruno
            // Le Maire" has a capital after it and is no candidate), or a title after a name ("sur
            // M6 L'amour est dans le pré"), unless a heading of capitalised words ends there
            // ("Espagne Les autorités", "Notes Le premier retour") or the sentence names the
            // heading's subject again ("… au Koweït L'affaire des couveuses"), with no particle
            // after it.
            if rules.nameParticles.contains(Array(units[word.range])),
                rules.lowercaseParticles.contains(followingWord(from: end))
                    || !(isHeadingOfNames(to: p) || repeatsHeadingWords(after: end, before: p))
            {
                return false
            }
            // After two capitalised words, or a compound first name, a name goes on ("Kim Jong
            // Un", "Pierre-Olivier Sur"), unless the last is a surname in capitals, which ends a
            // byline or a credit ("Photos Jacques FISSIER Pour être précis, …"), or the sentence
            // names the heading's subject again ("Affaire Dumas L'affaire Dumas concerne …").
            if !isSurnameInCapitals(s..<p), !repeatsHeadingWords(after: end, before: p) {
                for h in s..<(p - 1)
                where units[h] == 0x2D && UTF16Classes.classify(UInt32(units[h + 1])) == .upper {
                    return false
                }
                var q = s
                while q > 0, UTF16Classes.isHorizontalSpace(units[q - 1]) { q -= 1 }
                var t = q
                while t > 0, q - t < 24, UTF16Classes.isAlphanumeric(units[t - 1]) || units[t - 1] == 0x2D { t -= 1 }
                if t < q, UTF16Classes.classify(UTF16Classes.scalar(units, at: t)) == .upper { return false }
            }
        }
        if isHeadingStretch(to: p) || closesDate(year: s..<p) { return true }
        // A longer heading, a leaflet's section or a news intertitle written as a clause ("Les
        // objectifs de déficit public du gouvernement ne sont pas remis en cause Le gouvernement
        // s'est engagé …"), when it ends in a lowercase word: prose puts a capitalised starter
        // and a lowercase word after one only in a title, after a title word. Past sixteen
        // words, it is prose whose title has none ("… une interview au magazine suisse
        // L'illustré"): measured on 20,000 OrangeSum articles.
        guard s < p, UTF16Classes.classify(UTF16Classes.scalar(units, at: s)) == .lower, isFollowedByLowercase(word)
        else { return false }
        return isHeadingStretch(to: p, maxWords: Self.longHeadingWords)
    }

    /// Whether a word is a year from 1000 to 2999 that closes a date or a dateline: after a
    /// month's name from `date-words.txt` ("Le Figaro, 19 février 2005") or a comma ("•
    /// Fréjus, 2015"); not after "en" ("une apparition en 2015 Dans la peau d'un chef, …").
    func closesDate(year range: Range<Int>) -> Bool {
        guard range.count == 4, units[range.lowerBound] == 0x31 || units[range.lowerBound] == 0x32,
            range.allSatisfy({ units[$0] >= 0x30 && units[$0] <= 0x39 })
        else { return false }
        var q = range.lowerBound
        while q > 0, UTF16Classes.isHorizontalSpace(units[q - 1]) { q -= 1 }
        guard q < range.lowerBound, q > 0 else { return false }
        if units[q - 1] == 0x2C { return true }
        let month = wordStart(endingAt: q)
        return month < q && rules.dateWords.contains(lowercased(month..<q))
    }

    /// The most words of a heading that ends in a lowercase word (twelve for others).
    static let longHeadingWords = 16

    /// The word after a starter that ends at `end` (after its apostrophe, or after spaces), up to
    /// eight units, as written.
    func followingWord(from end: Int) -> [UInt16] {
        var q = end
        while q < units.count, UTF16Classes.isHorizontalSpace(units[q]) { q += 1 }
        var r = q
        while r < units.count, r - q < 8, UTF16Classes.isAlphanumeric(units[r]) { r += 1 }
        return Array(units[q..<r])
    }

    /// Whether the two words after a starter that ends at `end`, the first of four letters or
    /// more, follow each other in the stretch from the current sentence start to `before`, case
    /// aside: a heading's first sentence names its subject again ("Affaire des couveuses au
    /// Koweït L'affaire des couveuses …"), a title after a name does not ("sur M6 L'amour est
    /// dans le pré").
    func repeatsHeadingWords(after end: Int, before: Int) -> Bool {
        let first = letters(from: end, limit: units.count)
        guard first.count >= 4 else { return false }
        let second = letters(from: first.upperBound, limit: units.count)
        guard !second.isEmpty else { return false }
        let wanted = (lowercased(first), lowercased(second))
        var previous = letters(from: sentenceStart, limit: before)
        while !previous.isEmpty {
            let next = letters(from: previous.upperBound, limit: before)
            if !next.isEmpty, lowercased(previous) == wanted.0, lowercased(next) == wanted.1 { return true }
            previous = next
        }
        return false
    }

    /// The next run of letters (24 at most) at or after `start` and before `limit`, after any
    /// other units; empty at `limit`.
    func letters(from start: Int, limit: Int) -> Range<Int> {
        var q = start
        while q < limit, !UTF16Classes.isLatin1Letter(units[q]) { q += 1 }
        var r = q
        while r < limit, r - q < 24, UTF16Classes.isLatin1Letter(units[r]) { r += 1 }
        return q..<r
    }

    /// Whether the text from the current sentence start to `end` is four words at most, each
    /// starting with a capital, a digit or a dash, and no quotation mark: a heading of names
    /// ("Espagne", "EN EUROPE", "- Nord"), not a sentence nor a quoted title ("Chez "Diego").
    func isHeadingOfNames(to end: Int) -> Bool {
        guard end - sentenceStart <= 60 else { return false }
        var words = 0
        var atWordStart = true
        for index in sentenceStart..<end {
            let unit = units[index]
            if isQuote(unit) { return false }
            if UTF16Classes.isSpace(unit) {
                atWordStart = true
                continue
            }
            if atWordStart {
                words += 1
                let initial = UTF16Classes.classify(UTF16Classes.scalar(units, at: index))
                guard words <= 4, initial == .upper || initial == .digit || isDash(unit) else { return false }
                atWordStart = false
            }
        }
        return words > 0
    }

    /// Whether a word is a surname in capitals: three capitals or more and no lowercase letter
    /// ("FISSIER"; not "Jacques", nor "RN").
    func isSurnameInCapitals(_ range: Range<Int>) -> Bool {
        guard range.count >= 3 else { return false }
        for index in range {
            let unit = units[index]
            guard UTF16Classes.classify(UInt32(unit)) == .upper || unit == 0x2D || unit == 0x27 else { return false }
        }
        return true
    }

    /// Whether the text from the current sentence start to `end` can be a heading: `maxWords`
    /// words at most within ``headingReach`` units, starting with a capital, a digit, a dash or a
    /// bracket (a sentence in lowercase, as in transcripts, is not a heading).
    func isHeadingStretch(to end: Int, maxWords: Int = 12) -> Bool {
        guard end - sentenceStart <= Self.headingReach else { return false }
        var q = sentenceStart
        while q < end, UTF16Classes.isSpace(units[q]) { q += 1 }
        guard q < end else { return false }
        let first = units[q]
        let initial = UTF16Classes.classify(UTF16Classes.scalar(units, at: q))
        guard initial == .upper || initial == .digit || isDash(first) || first == 0x28 else { return false }
        var words = 1
        for index in q..<end {
            // A clause comma or a question mark belongs to a sentence, not a heading: "En effet,
            // que serait Les reines du shopping sans …" goes on (a decimal comma, "6,25", does not count).
            if units[index] == 0x3F || (units[index] == 0x2C && UTF16Classes.isSpace(units[index + 1])) { return false }
            if UTF16Classes.isSpace(units[index]) && !UTF16Classes.isSpace(units[index + 1]) { words += 1 }
        }
        return words <= maxWords
    }

    /// The units of a range with ASCII and Latin-1 capitals lowered, for word-list look-ups.
    func lowercased(_ range: Range<Int>) -> [UInt16] {
        units[range].map(UTF16Classes.latin1Lowercase)
    }

    /// Decides a dash between spaces. Inside a dashed list whose line breaks were lost, it starts
    /// the next item: "- Affaire des HLM de Paris - Affaire des faux chargés de mission". Elsewhere
    /// the same dash opens an incise ("cet énorme bloc - 500 000 mètres cube - menace") or joins
    /// names ("Paris - Lille"), so only a sentence that itself starts with a dash is cut.
    mutating func dash(at i: Int) {
        let n = units.count
        guard i > 1, i + 2 < n, UTF16Classes.isHorizontalSpace(units[i - 1]),
            UTF16Classes.isHorizontalSpace(units[i + 1])
        else { return }
        var p = i - 1
        while p > 0, UTF16Classes.isHorizontalSpace(units[p - 1]) { p -= 1 }
        if p > 0, let heading = sectionHeadingStart(endingAt: p) {
            // "Liens externes - Colloque sur les fraudes": the heading, then a list item.
            startSentence(at: heading)
            startSentence(at: i)
            return
        }
        guard p > sentenceStart, p > 0 else { return }
        // After a word, a number or a closing mark; after punctuation the period, semicolon and
        // line-break rules decide.
        let before = units[p - 1]
        guard
            UTF16Classes.isAlphanumeric(before) || before == 0x29 || before == 0x5D || before == 0x25 || before == 0xBB
                || before == 0x201D
        else { return }
        var q = i + 1
        while q < n, UTF16Classes.isHorizontalSpace(units[q]) { q += 1 }
        guard q < n else { return }
        let initial = UTF16Classes.classify(UTF16Classes.scalar(units, at: q))
        guard initial == .upper || initial == .digit || units[q] == 0xAB || units[q] == 0x22 || units[q] == 0x201C
        else { return }
        var s = sentenceStart
        while s < p, UTF16Classes.isSpace(units[s]) { s += 1 }
        guard s + 1 < p, isDash(units[s]), UTF16Classes.isHorizontalSpace(units[s + 1]) else {
            // After a heading packed before it, a dash and a sentence: "Rétrocommissions - Cette
            // procédure risque …" (a dash between names, "Paris - Lille", has no starter after it;
            // a particle opens a surname, "Paris - Le Havre", but not before a date).
            let word = nextWord(from: q)
            let dated = word.start == q && isFollowedByDate(word)
            if word.start == q, word.initial == .upper, dated || isFollowedByLowercase(word),
                opensSentence(word, allowParticles: dated), !startsStarterName(at: q), isHeadingStretch(to: p)
            {
                startSentence(at: i)
            }
            return
        }
        // An incise inside the item closes with a second dash, then the item goes on in
        // lowercase or after a comma: "- La commune - 3 000 habitants - a voté contre".
        var r = q
        while r + 2 < n, r - q < Self.headingReach {
            let unit = units[r]
            if unit == 0x2E || unit == 0x21 || unit == 0x3F || UTF16Classes.isLineBreak(unit) { break }
            if isDash(unit), UTF16Classes.isHorizontalSpace(units[r - 1]),
                units[r + 1] == 0x2C
                    || (UTF16Classes.isHorizontalSpace(units[r + 1])
                        && UTF16Classes.classify(UTF16Classes.scalar(units, at: r + 2)) == .lower)
            {
                return
            }
            r += 1
        }
        startSentence(at: i)
    }

    // MARK: Layout

    /// Skips line breaks and whitespace from `i`: the next content, the number of line breaks
    /// crossed (CRLF counts once) and whether a paragraph separator (U+2029) was crossed.
    func skipLineBreaks(from i: Int) -> (next: Int, breaks: Int, paragraphSeparator: Bool) {
        var p = i
        var breaks = 0
        var separator = false
        while p < units.count, UTF16Classes.isSpace(units[p]) {
            let unit = units[p]
            if UTF16Classes.isLineBreak(unit) {
                if !(unit == 0x0A && p > i && units[p - 1] == 0x0D) { breaks += 1 }
                if unit == 0x2029 { separator = true }
            }
            p += 1
        }
        return (p, breaks, separator)
    }

    /// Decides the line break at `i` in a line that started at `lineStart`; returns the next
    /// line's first content offset.
    mutating func lineBreak(at i: Int, lineStart: Int) -> Int {
        let (next, breaks, separator) = skipLineBreaks(from: i)
        guard next < units.count else { return next }
        if breaks >= 2 || separator {
            // A blank line: a new paragraph, always a boundary.
            paragraphStarts.append(next)
            startSentence(at: next)
            covered.append((i, next))
            straightQuoteOpen = false
            return next
        }
        covered.append((i, next))
        var last = i
        while last > lineStart, UTF16Classes.isSpace(units[last - 1]) { last -= 1 }
        guard last > lineStart else { return next }
        // A list item on its own line is a segment of its own, whatever ends the line before
        // ("Les mesures adoptées :⏎- une brigade ;⏎- un fonds"), unless the paragraph is
        // hard-wrapped prose, where a dash at a line start can open an incise.
        if startsListItem(at: next) {
            if !isHardWrapped(lineAt: lineStart) { startSentence(at: next) }
            return next
        }
        // A line of one dash or bullet between a byline and a date ("Par Jean Dupont⏎-⏎mai 21,
        // 2025"), a separator a page's template draws: a segment of its own, and so is the line
        // above it.
        if last - lineStart == 1, UTF16Classes.isLoneMark(units[lineStart]) {
            startSentence(at: next)
            return next
        }
        if isLoneMarkLine(at: next), !isHardWrapped(lineAt: lineStart) {
            startSentence(at: next)
            return next
        }
        // A web address alone on its line (a chat's shared link, a clipper's source) is a segment
        // of its own, whatever ends it ("https://…/niem/⏎Le Confident") or the line above it.
        if !isHardWrapped(lineAt: lineStart), isBareAddress(from: lineStart, to: last) || isBareAddressLine(at: next) {
            startSentence(at: next)
            return next
        }
        var lastUnit = units[last - 1]
        if lastUnit == 0xBB || lastUnit == 0x201D || lastUnit == 0x29 || lastUnit == 0x5D || lastUnit == 0x22 {
            // A closing mark ends the line: what comes before it decides ("… partirons. »" was
            // decided by `terminal(at:)`; "Par Jean Dupont (correspondant local)" is a byline).
            var before = last - 1
            while before > lineStart,
                [0xBB, 0x201D, 0x29, 0x5D, 0x22, 0xA0, 0x202F, 0x20].contains(units[before - 1])
            {
                before -= 1
            }
            if before > lineStart { lastUnit = units[before - 1] }
        }
        switch lastUnit {
        case 0x2E
        where units[last - 1] == 0x2E && sentenceStart < next && isShortLine(from: lineStart, to: last)
            && nextWord(from: next).initial == .upper && !isHardWrapped(lineAt: lineStart):
            // A short line that ends with an initial or an abbreviation, which `terminal(at:)`
            // read as going on, before a capitalised line of a paragraph that is not wrapped
            // prose: a byline ("Par Amine R.⏎Mis à jour le …"), a segment of its own.
            startSentence(at: next)
            return next
        case 0x2E, 0x21, 0x3F, 0x2026, 0xBB, 0x201D, 0x29, 0x5D, 0x22:
            // Terminal punctuation was decided by `terminal(at:)`, which saw this line break.
            return next
        case 0x3A where isLabelLine(lineStart, colon: last - 1, next: next):
            // "Lire aussi :", "Tags:", "Dans la même rubrique :": a label above a list of links
            // or tags, a segment of its own.
            startSentence(at: next)
            return next
        case 0x27 where last - 2 >= lineStart && (0x30...0x39).contains(units[last - 2]),
            0x2019 where last - 2 >= lineStart && (0x30...0x39).contains(units[last - 2]):
            // A prime after a number ("Temps de lecture : 3'"), not an elision: the line is
            // decided as one without final punctuation.
            break
        case 0x2C, 0x3B, 0x3A, 0x28, 0xAB, 0x2D, 0x2013, 0x2014, 0x27, 0x2019, 0x2F:
            // , ; : ( « - – — ' ’ / : the sentence goes on past the line break.
            return next
        default:
            break
        }
        if nextWord(from: next).initial == .lower, !opensCreditLabel(at: next) { return next }
        if isHardWrapped(lineAt: lineStart) { return next }
        // A line without final punctuation followed by a line break: headline, intertitle,
        // byline, dateline or photo credit, a segment of its own.
        startSentence(at: next)
        return next
    }

    /// Whether the units from `start` to `end` are one web address with no space in it.
    func isBareAddress(from start: Int, to end: Int) -> Bool {
        end <= units.count && start < end && UTF16Text.isWebAddress(units[start..<end])
    }

    /// Whether the line at `p` is one web address, spaces aside, before a line break or the end.
    func isBareAddressLine(at p: Int) -> Bool {
        var end = p
        while end < units.count, !UTF16Classes.isLineBreak(units[end]) { end += 1 }
        var last = end
        while last > p, UTF16Classes.isSpace(units[last - 1]) { last -= 1 }
        return isBareAddress(from: p, to: last)
    }

    /// Whether the line at `p` is a lone dash or bullet, spaces aside, before a line break.
    func isLoneMarkLine(at p: Int) -> Bool {
        guard p < units.count, UTF16Classes.isLoneMark(units[p]) else { return false }
        var q = p + 1
        while q < units.count, UTF16Classes.isHorizontalSpace(units[q]) { q += 1 }
        return q < units.count && UTF16Classes.isLineBreak(units[q])
    }

    /// Whether the line from `start` to `end` holds four words at most (a byline, a signature, a
    /// label above a list).
    func isShortLine(from start: Int, to end: Int) -> Bool {
        var words = 1
        for index in start..<end where UTF16Classes.isHorizontalSpace(units[index]) {
            if index + 1 < end, !UTF16Classes.isHorizontalSpace(units[index + 1]) { words += 1 }
            if words > 4 { return false }
        }
        return true
    }

    /// Whether a label of `credit-labels.txt` and a colon open the line at `p`, case aside
    /// ("crédit photo : web", "Photo : AFP").
    func opensCreditLabel(at p: Int) -> Bool {
        for label in rules.creditLabels where p + label.count < units.count {
            guard (0..<label.count).allSatisfy({ UTF16Classes.latin1Lowercase(units[p + $0]) == label[$0] }) else {
                continue
            }
            var q = p + label.count
            while q < units.count, UTF16Classes.isHorizontalSpace(units[q]) { q += 1 }
            if q < units.count, units[q] == 0x3A { return true }
        }
        return false
    }

    /// Whether the line from `lineStart` to its colon at `colon` is a page's label above a list:
    /// it opens its paragraph, holds four words at most, starts with a capital, has no digit, comma
    /// or quote, and the next line opens with neither a lowercase word nor a quote. A short line
    /// of prose that ends with a colon ("Il a ajouté :") comes inside a paragraph or before a
    /// quotation.
    func isLabelLine(_ lineStart: Int, colon: Int, next: Int) -> Bool {
        guard lineStart == (paragraphStarts.last ?? 0) || lineStart == 0,
            UTF16Classes.classify(UTF16Classes.scalar(units, at: lineStart)) == .upper,
            !isOpeningQuote(units[next]), !isQuote(units[next]),
            UTF16Classes.classify(UTF16Classes.scalar(units, at: next)) != .lower
        else { return false }
        let hasDigitCommaOrQuote = units[lineStart..<colon].contains {
            UTF16Classes.classify(UInt32($0)) == .digit || $0 == 0x2C || isQuote($0)
        }
        return !hasDigitCommaOrQuote && isShortLine(from: lineStart, to: colon)
    }

    /// Whether a list marker and a space start the line at `p`: a bullet (• ◦ ▪ ‣ ⁃ ·), an
    /// asterisk or a dash.
    func startsListItem(at p: Int) -> Bool {
        p + 1 < units.count && UTF16Classes.isListMarker(units[p]) && UTF16Classes.isHorizontalSpace(units[p + 1])
    }

    /// Whether the current paragraph is hard-wrapped prose: at least three lines, all but the
    /// last at least 40 units long and within 70% of the longest (headline, dateline and byline
    /// blocks have lines of very different lengths), and a line after the first that opens in
    /// lowercase (related headlines, one a line, are of like lengths but each opens capitalised).
    mutating func isHardWrapped(lineAt lineStart: Int) -> Bool {
        if lineStart < wrapKnownUntil { return wrapped }
        var p = paragraphStarts.last ?? 0
        while p < units.count, UTF16Classes.isSpace(units[p]) { p += 1 }
        var lengths: [Int] = []
        // Wrapped prose goes on in lowercase somewhere; a block of headlines, one a line, does not.
        var continuesInLowercase = false
        var end = units.count
        while p < units.count {
            if !lengths.isEmpty, UTF16Classes.classify(UTF16Classes.scalar(units, at: p)) == .lower {
                continuesInLowercase = true
            }
            var e = p
            while e < units.count, !UTF16Classes.isLineBreak(units[e]) { e += 1 }
            var trimmedEnd = e
            while trimmedEnd > p, UTF16Classes.isSpace(units[trimmedEnd - 1]) { trimmedEnd -= 1 }
            lengths.append(trimmedEnd - p)
            let (next, breaks, separator) = skipLineBreaks(from: e)
            if breaks >= 2 || separator || next >= units.count {
                end = next
                break
            }
            p = next
        }
        wrapKnownUntil = end
        let body = lengths.dropLast()
        guard lengths.count >= 3, continuesInLowercase, let longest = body.max(), longest >= 40 else {
            wrapped = false
            return false
        }
        wrapped = body.allSatisfy { $0 * 10 >= longest * 7 }
        return wrapped
    }

    // MARK: Assembly

    /// Adds the ICU boundaries that no decision of ours covers.
    mutating func keepUncoveredBoundaries(of icu: [Int]) {
        var c = 0
        let ranges = covered.sorted { $0.from < $1.from }
        for boundary in icu {
            while c < ranges.count, ranges[c].through < boundary { c += 1 }
            var isCovered = false
            var d = c
            while d < ranges.count, ranges[d].from < boundary {
                if boundary <= ranges[d].through {
                    isCovered = true
                    break
                }
                d += 1
            }
            if !isCovered { starts.append(boundary) }
        }
    }

    /// Turns sentence starts into trimmed, non-empty sentences with paragraph indices.
    func sentences(starts unsorted: [Int]) -> [Sentence] {
        let n = units.count
        var cuts = unsorted.sorted()
        cuts.append(n)
        var result: [Sentence] = []
        result.reserveCapacity(cuts.count)
        var lower = 0
        var paragraph = 0
        for cut in cuts where cut >= lower {
            var a = lower
            var b = cut
            lower = cut
            while a < b, UTF16Classes.isSpace(units[a]) { a += 1 }
            while b > a, UTF16Classes.isSpace(units[b - 1]) { b -= 1 }
            guard a < b else { continue }
            while paragraph < paragraphStarts.count, paragraphStarts[paragraph] <= a { paragraph += 1 }
            result.append(Sentence(range: a..<b, paragraph: paragraph))
        }
        return result
    }
}
