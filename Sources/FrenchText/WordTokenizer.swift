@_implementationOnly import CICU

/// Splits French text into word tokens: ICU word breaks, elisions split, compounds kept.
///
/// ICU (UAX #29, locale `fr`) keeps "l'OTAN" as one word (the apostrophe is MidNumLet) and
/// splits "cessez-le-feu" at each hyphen. French needs the opposite on both counts: the elided
/// article is a token of its own ("l'" + "OTAN"), and a hyphenated compound is one token. The
/// elided forms come from `Lexicons/fr/elisions.txt`.
///
/// An instance holds an ICU iterator: it is not thread-safe; use one per thread.
///
/// - Complexity: O(*n*) in the length of the text.
public final class WordTokenizer {
    let iterator: OpaquePointer
    /// Elided forms without apostrophe, lowercase, packed by ``pack(_:)`` (all of French's:
    /// Latin-1 letters, seven at most), so that a look-up builds no array.
    let packedElisions: Set<UInt64>
    /// The other elided forms, if a lexicon has any, as UTF-16.
    let otherElisions: Set<[UInt16]>
    /// The longest elided form, in UTF-16 units.
    let longestElision: Int
    /// For the tests and the fuzzer: ICU reads the whole text (plain words included) and is
    /// asked the rule status of every break, lone marks included; the tokens must not change.
    public var asksICUForEveryBreak = false

    /// The file read by ``init(lexiconDirectory:)``.
    public static let elisionsFile = "elisions.txt"

    /// Creates a tokenizer that splits the given elided forms (lowercase, without apostrophe).
    public init(elisions: Set<String>) throws(ICUError) {
        var status = U_ZERO_ERROR
        let opened = cicu_ubrk_open(UBRK_WORD, "fr", nil, 0, &status)
        try status.check("ubrk_open(word, fr)")
        guard let opened else { throw ICUError(code: U_INTERNAL_PROGRAM_ERROR.rawValue, operation: "ubrk_open") }
        iterator = opened
        let forms = elisions.map { Array($0.lowercased().utf16) }
        packedElisions = Set(forms.compactMap { WordTokenizer.pack($0[...]) })
        otherElisions = Set(forms.filter { WordTokenizer.pack($0[...]) == nil })
        longestElision = forms.map(\.count).max() ?? 0
    }

    /// A form of up to seven units below U+0100 as one integer: its length in the top byte,
    /// its units in the bytes below. Nil for any other form.
    static func pack(_ form: some Collection<UInt16>) -> UInt64? {
        guard form.count <= 7 else { return nil }
        var key = UInt64(form.count) << 56
        for (position, unit) in form.enumerated() {
            guard unit < 0x100 else { return nil }
            key |= UInt64(unit) << (8 * position)
        }
        return key
    }

    /// Creates a tokenizer with the elisions of a `Lexicons/fr` directory.
    public convenience init(lexiconDirectory: String) throws {
        try self.init(elisions: WordTokenizer.loadElisions(directory: lexiconDirectory))
    }

    /// Reads `elisions.txt` of a `Lexicons/fr` directory: letters only, one form a line.
    public static func loadElisions(directory: String) throws(DataFileError) -> Set<String> {
        let path = directory + "/" + elisionsFile
        var forms: Set<String> = []
        for (line, word) in DataFile.lines(of: try DataFile.readText(path)) {
            guard word.allSatisfy({ $0.isLetter }) else {
                throw DataFileError(path: path, line: line, message: "expected letters only, found '\(word)'")
            }
            forms.insert(String(word))
        }
        return forms
    }

    deinit { cicu_ubrk_close(iterator) }

    /// The tokens of a text, in order.
    public func tokens(in text: UTF16Text) -> [Token] {
        text.units.withUnsafeBufferPointer { tokens(in: $0) }
    }

    /// The tokens of a text given as UTF-16 units, in order.
    ///
    /// ICU breaks on both sides of a run of spaces (U+0020), line feeds and carriage returns
    /// (UAX #29 WB3a, WB3b, WB3d, WB999), and no token holds one. So the text is cut at those
    /// separators into chunks that ICU splits alone as it does in context: a combining mark or
    /// a joiner after a space (WB4) makes no token either way, which the tests check on random
    /// text. A chunk of Latin letters (ASCII and Latin-1) with maybe an apostrophe inside, or
    /// of ASCII digits, between a quotation mark or bracket and closing marks, is one word or
    /// number by the rules of UAX #29 alone (``plainWord(in:units:)``): 97 chunks in 100 of
    /// OrangeSum. It is taken as it is, and ICU runs over the other chunks, in stretches between
    /// two such words.
    public func tokens(in units: UnsafeBufferPointer<UInt16>) -> [Token] {
        guard units.count > 0 else { return [] }
        var result: [Token] = []
        result.reserveCapacity(units.count / 5)
        if asksICUForEveryBreak {
            appendICUTokens(of: 0..<units.count, in: units, to: &result)
            var status = U_ZERO_ERROR
            cicu_ubrk_setText(iterator, nil, 0, &status)
            return result
        }
        let n = units.count
        // The chunks ICU has yet to see: from `pending` to the end of the last of them. (Letting
        // ICU read on over a word or two, to spare a `setText`, costs more than it saves.)
        var pending: Int? = nil
        var pendingEnd = 0
        var i = 0
        while i < n {
            while i < n, WordTokenizer.isSeparator(units[i]) { i += 1 }
            guard i < n else { break }
            let start = i
            while i < n, !WordTokenizer.isSeparator(units[i]) { i += 1 }
            guard let (word, apostrophe, kind) = WordTokenizer.plainWord(in: start..<i, units: units) else {
                if pending == nil { pending = start }
                pendingEnd = i
                continue
            }
            if let from = pending {
                appendICUTokens(of: from..<pendingEnd, in: units, to: &result)
                pending = nil
            }
            // A separator before it: no compound to join. An elision is split as in `append`.
            if let apostrophe, apostrophe - word.lowerBound <= longestElision,
                isElided(word.lowerBound..<apostrophe, units: units)
            {
                result.append(Token(range: word.lowerBound..<(apostrophe + 1), kind: .elision))
                result.append(Token(range: (apostrophe + 1)..<word.upperBound, kind: .word))
            } else {
                result.append(Token(range: word, kind: kind))
            }
        }
        if let from = pending { appendICUTokens(of: from..<pendingEnd, in: units, to: &result) }
        var status = U_ZERO_ERROR
        cicu_ubrk_setText(iterator, nil, 0, &status)
        return result
    }

    /// The word of a chunk between separators that ICU would find without reading it: Latin
    /// letters, maybe an apostrophe inside them ("l'attaque", "aujourd’hui": one word by WB6 and
    /// WB7, as ICU gives it, before ``append(_:kind:units:to:)`` splits an elision), or ASCII
    /// digits alone (a number). Before it, opening marks (`"` `(`), and after it, closing marks
    /// (`"` `)` `,` `;` `.` `:` `!` `?`), which join letters or digits only to a letter or digit
    /// on their other side (`,` `;` MidNum, `.` MidNumLet, `:` MidLetter, `"` Double_Quote for
    /// Hebrew letters only, the rest Other; WB6–WB12), so that each stands alone and makes no
    /// token: OrangeSum quotes with `"`, and a chunk such as `"Nous` or `2024",` was a tenth of
    /// the text that ICU read. Nil for any other chunk.
    /// Also returns the apostrophe's offset, if there is one, and the token's kind.
    static func plainWord(
        in chunk: Range<Int>, units: UnsafeBufferPointer<UInt16>
    ) -> (word: Range<Int>, apostrophe: Int?, kind: Token.Kind)? {
        var start = chunk.lowerBound
        var end = chunk.upperBound
        while start < end, isOpeningMark(units[start]) { start += 1 }
        while end > start, isClosingMark(units[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        if isASCIIDigit(units[start]) {
            for index in start..<end where !isASCIIDigit(units[index]) { return nil }
            return (start..<end, nil, .number)
        }
        var index = start
        var apostrophe: Int? = nil
        var previousIsLetter = false
        while index < end {
            let unit = units[index]
            if UTF16Classes.isLatin1Letter(unit) {
                previousIsLetter = true
            } else if unit == 0x27 || unit == 0x2019, previousIsLetter, apostrophe == nil {
                apostrophe = index
                previousIsLetter = false
            } else {
                return nil
            }
            index += 1
        }
        return previousIsLetter ? (start..<end, apostrophe, .word) : nil
    }

    /// A mark that, first in a chunk, stands alone in ICU's breaks.
    @inline(__always)
    static func isOpeningMark(_ unit: UInt16) -> Bool { unit == 0x22 || unit == 0x28 }

    /// A mark that, last in a chunk of letters or digits, stands alone in ICU's breaks.
    @inline(__always)
    static func isClosingMark(_ unit: UInt16) -> Bool {
        unit == 0x2C || unit == 0x2E || unit == 0x3B || unit == 0x3A || unit == 0x21 || unit == 0x3F || unit == 0x29
            || unit == 0x22
    }

    @inline(__always)
    static func isASCIIDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }

    /// Appends the tokens ICU finds in a range of the text, read as a text of its own.
    func appendICUTokens(of range: Range<Int>, in units: UnsafeBufferPointer<UInt16>, to result: inout [Token]) {
        guard let base = units.baseAddress else { return }
        var status = U_ZERO_ERROR
        cicu_ubrk_setText(iterator, base + range.lowerBound, Int32(range.count), &status)
        guard status.rawValue <= U_ZERO_ERROR.rawValue else { return }
        var start = range.lowerBound + Int(cicu_ubrk_first(iterator))
        let done = cicu_ubrk_done()
        while true {
            let next = cicu_ubrk_next(iterator)
            if next == done { break }
            let end = range.lowerBound + Int(next)
            // UBRK_WORD_NONE (0..<100) covers spaces and punctuation. A lone space (half of all
            // breaks) or a lone ASCII mark is one for sure, so ICU is not asked: in ASCII only
            // letters, digits, `_` (ExtendNumLet) and `@` (a letter to ICU, for e-mail
            // addresses) can take a word or number status; the tests check every ASCII unit.
            if !asksICUForEveryBreak, end == start + 1, WordTokenizer.isNoWordASCII(units[start]) {
                start = end
                continue
            }
            let status = cicu_ubrk_getRuleStatus(iterator)
            if status >= 100 {
                let kind: Token.Kind = status < 200 ? .number : .word
                append(start..<end, kind: kind, units: units, to: &result)
            }
            start = end
        }
    }

    /// A space, line feed or carriage return: ICU breaks on both sides of a run of them, and
    /// no token holds one.
    @inline(__always)
    static func isSeparator(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x0A || unit == 0x0D }

    /// Appends an ICU word, split after an elision and joined to a previous compound part.
    func append(_ range: Range<Int>, kind: Token.Kind, units: UnsafeBufferPointer<UInt16>, to tokens: inout [Token]) {
        var range = range
        if kind == .word, let apostrophe = elisionApostrophe(in: range, units: units) {
            tokens.append(Token(range: range.lowerBound..<(apostrophe + 1), kind: .elision))
            range = (apostrophe + 1)..<range.upperBound
        }
        // A single hyphen between two words joins them: "cessez-le-feu", "a-t-il", "franco-marocain".
        if let last = tokens.last, last.kind != .elision, last.range.upperBound + 1 == range.lowerBound,
            isHyphen(units[last.range.upperBound])
        {
            tokens[tokens.count - 1] = Token(
                range: last.range.lowerBound..<range.upperBound,
                kind: last.kind == .word || kind == .word ? .word : .number)
            return
        }
        tokens.append(Token(range: range, kind: kind))
    }

    /// The apostrophe's offset when the word starts with an elided form and an apostrophe: ' or
    /// ’, or ‘ and ʼ, which scrapers and some keyboards write for it and ICU keeps inside a word
    /// too (MidNumLet and ALetter).
    func elisionApostrophe(in range: Range<Int>, units: UnsafeBufferPointer<UInt16>) -> Int? {
        let limit = min(range.upperBound - 1, range.lowerBound + longestElision)
        var index = range.lowerBound + 1
        while index <= limit {
            let unit = units[index]
            if unit == 0x27 || unit == 0x2019 || unit == 0x2018 || unit == 0x02BC {
                return isElided(range.lowerBound..<index, units: units) ? index : nil
            }
            index += 1
        }
        return nil
    }

    /// Whether the units before an apostrophe are an elided form ("l", "Qu", "jusqu").
    func isElided(_ form: Range<Int>, units: UnsafeBufferPointer<UInt16>) -> Bool {
        let lowered = units[form].lazy.map { c in c >= 0x41 && c <= 0x5A ? c | 0x20 : (c == 0xC7 ? 0xE7 : c) }
        if let key = WordTokenizer.pack(lowered) { return packedElisions.contains(key) }
        return otherElisions.contains(Array(lowered))
    }

    @inline(__always)
    func isHyphen(_ unit: UInt16) -> Bool { unit == 0x2D || unit == 0x2011 }

    /// An ASCII unit that no word or number is made of alone: not a letter, a digit, `_` or `@`.
    @inline(__always)
    static func isNoWordASCII(_ unit: UInt16) -> Bool {
        guard unit < 0x80 else { return false }
        let folded = unit | 0x20
        return !(unit >= 0x30 && unit <= 0x39) && !(folded >= 0x61 && folded <= 0x7A) && unit != 0x5F && unit != 0x40
    }
}
