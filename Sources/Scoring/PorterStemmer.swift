/// The Porter stemmer as rouge-score runs it: NLTK's `PorterStemmer()` in its default
/// `NLTK_EXTENSIONS` mode, so that `--profile rouge-score --stem` gives rouge-score's numbers.
///
/// Porter's 1980 algorithm (steps 1a to 5b on measures of consonant–vowel sequences) with the
/// changes NLTK makes, each marked `NLTK:` below: a table of irregular forms; words of one or
/// two letters left alone; "ies"/"ied" on four-letter words keep their "e" ("dies" → "die");
/// "y" → "i" only after a consonant that is not the word's only letter; a two-letter
/// vowel–consonant stem counts as ending in *cvc*; "alli" reduced first, then step 2 again;
/// "bli" → "ble" instead of "abli" → "able"; "fulli" → "ful"; "logi" → "log" measured with
/// the "l". Written from the algorithm's description; checked against NLTK 3.10 on every token
/// of the differential test's pairs (Evaluation/rouge/differential.py).
///
/// Input: lowercase ASCII letters and digits (the rouge-score tokenizer's tokens).
///
/// - Complexity: O(*n*) per word of *n* letters (each rule measures its stem once).
public final class PorterStemmer {
    var cache: [String: String] = [:]
    let cacheLimit: Int

    public init(cacheLimit: Int = 200_000) { self.cacheLimit = cacheLimit }

    /// NLTK: irregular forms, looked up before any rule.
    static let irregular: [String: String] = [
        "sky": "sky", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie", "news": "news",
        "innings": "inning", "inning": "inning", "outings": "outing", "outing": "outing", "cannings": "canning",
        "canning": "canning", "howe": "howe", "proceed": "proceed", "exceed": "exceed", "succeed": "succeed",
    ]

    /// The stem of a lowercase ASCII word.
    public func stem(_ word: String) -> String {
        if let known = cache[word] { return known }
        let result: String
        if let irregular = PorterStemmer.irregular[word] {
            result = irregular
        } else if word.utf8.count <= 2 {
            result = word  // NLTK: one- and two-letter words are not stemmed.
        } else {
            var w = Array(word.utf8)
            w = step1a(w)
            w = step1b(w)
            w = step1c(w)
            w = step2(w)
            w = step3(w)
            w = step4(w)
            w = step5a(w)
            w = step5b(w)
            result = String(decoding: w, as: UTF8.self)
        }
        if cache.count >= cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[word] = result
        return result
    }

    // MARK: Letters and measures

    typealias Word = [UInt8]

    static func isVowel(_ c: UInt8) -> Bool { c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 }

    /// For each letter, whether it is a consonant: not a vowel, and "y" only when the letter
    /// before it is not a consonant (or it starts the word).
    static func consonants(_ w: ArraySlice<UInt8>) -> [Bool] {
        var flags: [Bool] = []
        flags.reserveCapacity(w.count)
        for (offset, c) in w.enumerated() {
            if isVowel(c) {
                flags.append(false)
            } else if c == 0x79 {  // y
                flags.append(offset == 0 ? true : !flags[offset - 1])
            } else {
                flags.append(true)
            }
        }
        return flags
    }

    /// m in [C](VC)^m[V].
    static func measure(_ w: ArraySlice<UInt8>) -> Int {
        let flags = consonants(w)
        var m = 0
        var index = 1
        while index < flags.count {
            if !flags[index - 1] && flags[index] { m += 1 }
            index += 1
        }
        return m
    }

    static func measure(_ w: Word) -> Int { measure(w[...]) }
    static func containsVowel(_ w: Word) -> Bool { consonants(w[...]).contains(false) }

    static func endsDoubleConsonant(_ w: Word) -> Bool {
        w.count >= 2 && w[w.count - 1] == w[w.count - 2] && consonants(w[...])[w.count - 1]
    }

    /// *o: consonant–vowel–consonant, the last not w, x or y; NLTK: or a two-letter
    /// vowel–consonant word.
    static func endsCVC(_ w: Word) -> Bool {
        let flags = consonants(w[...])
        let n = w.count
        if n >= 3, flags[n - 3], !flags[n - 2], flags[n - 1], w[n - 1] != 0x77, w[n - 1] != 0x78, w[n - 1] != 0x79 {
            return true
        }
        return n == 2 && !flags[0] && flags[1]
    }

    static func ends(_ w: Word, _ suffix: String) -> Bool {
        let s = Array(suffix.utf8)
        return w.count >= s.count && w[(w.count - s.count)...].elementsEqual(s)
    }

    /// One rule: a suffix, its replacement, and a condition on the stem (the word without the suffix).
    struct Rule: Sendable {
        var suffix: String
        var replacement: String
        var condition: (@Sendable (Word) -> Bool)?
    }

    /// The first rule whose suffix ends the word decides: applied when its condition holds,
    /// otherwise the word is returned unchanged (no later rule is tried).
    static func apply(_ w: Word, _ rules: [Rule]) -> Word {
        for rule in rules where ends(w, rule.suffix) {
            let stem = Array(w[0..<(w.count - rule.suffix.utf8.count)])
            if rule.condition?(stem) ?? true { return stem + Array(rule.replacement.utf8) }
            return w
        }
        return w
    }

    static let positive: @Sendable (Word) -> Bool = { measure($0) > 0 }
    static let aboveOne: @Sendable (Word) -> Bool = { measure($0) > 1 }

    // MARK: Steps

    func step1a(_ w: Word) -> Word {
        if w.count == 4, PorterStemmer.ends(w, "ies") { return [w[0]] + Array("ie".utf8) }  // NLTK: dies → die
        return PorterStemmer.apply(
            w,
            [
                Rule(suffix: "sses", replacement: "ss"), Rule(suffix: "ies", replacement: "i"),
                Rule(suffix: "ss", replacement: "ss"),
                Rule(suffix: "s", replacement: ""),
            ])
    }

    func step1b(_ w: Word) -> Word {
        if PorterStemmer.ends(w, "ied") {  // NLTK: died → die, spied → spi
            return Array(w[0..<(w.count - 3)]) + (w.count == 4 ? Array("ie".utf8) : [0x69])
        }
        if PorterStemmer.ends(w, "eed") {
            let stem = Array(w[0..<(w.count - 3)])
            return PorterStemmer.measure(stem) > 0 ? stem + Array("ee".utf8) : w
        }
        var intermediate: Word?
        for suffix in ["ed", "ing"] where PorterStemmer.ends(w, suffix) {
            let stem = Array(w[0..<(w.count - suffix.utf8.count)])
            if PorterStemmer.containsVowel(stem) {
                intermediate = stem
                break
            }
        }
        guard let stem = intermediate else { return w }
        for (suffix, replacement) in [("at", "ate"), ("bl", "ble"), ("iz", "ize")]
        where PorterStemmer.ends(stem, suffix) {
            return Array(stem[0..<(stem.count - 2)]) + Array(replacement.utf8)
        }
        if PorterStemmer.endsDoubleConsonant(stem) {
            let last = stem[stem.count - 1]
            // (*d and not (*L or *S or *Z)) → single letter
            return last == 0x6C || last == 0x73 || last == 0x7A ? stem : Array(stem[0..<(stem.count - 1)])
        }
        if PorterStemmer.measure(stem) == 1 && PorterStemmer.endsCVC(stem) { return stem + [0x65] }
        return stem
    }

    func step1c(_ w: Word) -> Word {
        // NLTK: (*c and not c) Y → I: after a consonant, and not when that consonant is all there is.
        guard PorterStemmer.ends(w, "y") else { return w }
        let stem = Array(w[0..<(w.count - 1)])
        guard stem.count > 1, PorterStemmer.consonants(stem[...])[stem.count - 1] else { return w }
        return stem + [0x69]
    }

    static let step2Rules: [Rule] = [
        Rule(suffix: "ational", replacement: "ate", condition: positive),
        Rule(suffix: "tional", replacement: "tion", condition: positive),
        Rule(suffix: "enci", replacement: "ence", condition: positive),
        Rule(suffix: "anci", replacement: "ance", condition: positive),
        Rule(suffix: "izer", replacement: "ize", condition: positive),
        Rule(suffix: "bli", replacement: "ble", condition: positive),  // NLTK: instead of abli → able
        Rule(suffix: "alli", replacement: "al", condition: positive),
        Rule(suffix: "entli", replacement: "ent", condition: positive),
        Rule(suffix: "eli", replacement: "e", condition: positive),
        Rule(suffix: "ousli", replacement: "ous", condition: positive),
        Rule(suffix: "ization", replacement: "ize", condition: positive),
        Rule(suffix: "ation", replacement: "ate", condition: positive),
        Rule(suffix: "ator", replacement: "ate", condition: positive),
        Rule(suffix: "alism", replacement: "al", condition: positive),
        Rule(suffix: "iveness", replacement: "ive", condition: positive),
        Rule(suffix: "fulness", replacement: "ful", condition: positive),
        Rule(suffix: "ousness", replacement: "ous", condition: positive),
        Rule(suffix: "aliti", replacement: "al", condition: positive),
        Rule(suffix: "iviti", replacement: "ive", condition: positive),
        Rule(suffix: "biliti", replacement: "ble", condition: positive),
        Rule(suffix: "fulli", replacement: "ful", condition: positive),  // NLTK
        // NLTK: the "l" stays with the stem when measuring, so "geologi" → "geolog".
        Rule(suffix: "logi", replacement: "log", condition: { measure($0 + [0x6C]) > 0 }),
    ]

    func step2(_ w: Word) -> Word {
        // NLTK: "alli" → "al" first, then step 2 again on the result.
        if PorterStemmer.ends(w, "alli") {
            let stem = Array(w[0..<(w.count - 4)])
            if PorterStemmer.measure(stem) > 0 { return step2(stem + Array("al".utf8)) }
        }
        return PorterStemmer.apply(w, PorterStemmer.step2Rules)
    }

    static let step3Rules: [Rule] = [
        Rule(suffix: "icate", replacement: "ic", condition: positive),
        Rule(suffix: "ative", replacement: "", condition: positive),
        Rule(suffix: "alize", replacement: "al", condition: positive),
        Rule(suffix: "iciti", replacement: "ic", condition: positive),
        Rule(suffix: "ical", replacement: "ic", condition: positive),
        Rule(suffix: "ful", replacement: "", condition: positive),
        Rule(suffix: "ness", replacement: "", condition: positive),
    ]

    func step3(_ w: Word) -> Word { PorterStemmer.apply(w, PorterStemmer.step3Rules) }

    static let step4Rules: [Rule] = {
        var rules = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent"].map {
            Rule(suffix: $0, replacement: "", condition: aboveOne)
        }
        // (m>1 and (*S or *T)) ION →
        rules.append(
            Rule(suffix: "ion", replacement: "", condition: { measure($0) > 1 && ($0.last == 0x73 || $0.last == 0x74) })
        )
        rules += ["ou", "ism", "ate", "iti", "ous", "ive", "ize"].map {
            Rule(suffix: $0, replacement: "", condition: aboveOne)
        }
        return rules
    }()

    func step4(_ w: Word) -> Word { PorterStemmer.apply(w, PorterStemmer.step4Rules) }

    func step5a(_ w: Word) -> Word {
        guard PorterStemmer.ends(w, "e") else { return w }
        let stem = Array(w[0..<(w.count - 1)])
        let m = PorterStemmer.measure(stem)
        if m > 1 || (m == 1 && !PorterStemmer.endsCVC(stem)) { return stem }
        return w
    }

    func step5b(_ w: Word) -> Word {
        // (m > 1 and *d and *L) → single letter; the measure is of the word less one "l".
        guard PorterStemmer.ends(w, "ll") else { return w }
        let shorter = Array(w[0..<(w.count - 1)])
        return PorterStemmer.measure(shorter) > 1 ? shorter : w
    }
}
