internal import CCLD2

/// Whether a text is French: a count of French function words first, Compact Language Detector 2
/// (Debian's libcld2) when they are too few to say.
///
/// Every rule of Précis is French: a page in English or Arabic that reaches a batch of French news
/// comes out summarized and glossed as if it were French, without a word. The check names the
/// language such a record is in, so that a batch reports it. French news almost never needs CLD2:
/// 8% of its words or more are on the list of `Lexicons/fr/french-markers.txt` (a fifth of them,
/// typically), and the count settles once 100 words are read, a few microseconds per article.
/// CLD2 reads the rest (lists, and the pages in another language) when it is long enough: it
/// names another language, and calls it reliable, for 89 of the 22,452 sentences of OrangeSum
/// valid ("Elle charge la cour d'appel de Paris de réexaminer la question…" is English to it),
/// and for none of the 6,836 pieces of 160 letters or more that the count left to it among
/// 625,000 pieces of 20 to 40 words of OrangeSum train.
public struct LanguageCheck: Sendable {
    /// The language a text is in, when it is not French.
    public struct Language: Sendable, Equatable, CustomStringConvertible {
        /// CLD2's code: ISO 639-1 where there is one ("en", "ar"), else CLD2's own ("zh-Hant").
        public let code: String
        /// Its English name ("English", "Arabic").
        public let name: String
        /// The share of the text's letters CLD2 found in it, 0–100.
        public let percent: Int

        /// `English (en, 98% of the text)`.
        public var description: String { "\(name) (\(code), \(percent)% of the text)" }
    }

    /// The share of marker words at which a text is French without asking CLD2.
    static let frenchShare = 0.08
    /// The count of words after which the share, when reached, is taken as settled.
    static let settledAfter = 100
    /// Fewer words than this are too few for the share to say anything: CLD2 decides.
    static let minimumWords = 20
    /// Fewer letters than this (about 30 French words) are too few to tell, for CLD2 too.
    static let minimumLetters = 160
    /// CLD2's share of the text in the other language, in percent, below which a page is mixed,
    /// not another language's.
    static let minimumPercent = 50
    /// How much of a long text CLD2 reads: its language is that of its first 64 KiB.
    static let detectorPrefix = 1 << 16

    /// The FNV-1a hashes of the markers' lowercase UTF-8 forms: a word is hashed as it is read, so
    /// that counting allocates nothing.
    let markers: Set<UInt64>

    /// A check with these marker words (lowercase; elided forms end with an apostrophe).
    public init(markers: some Sequence<String>) {
        self.markers = Set(markers.map { Self.hash(Array($0.replacingApostrophes.utf8)) })
    }

    /// A check with the markers of a word list (`Lexicons/fr/french-markers.txt`): one lowercase
    /// word a line, `#` comments; a line that is not one word is an error naming its line.
    public init(markersAt path: String) throws(DataFileError) {
        self.init(markers: try Self.markerWords(at: path))
    }

    /// The words of a marker list: one lowercase word a line (an elided form ends with ', ’ read
    /// as '), `#` comments; a line that is not one word, or a list without words, is an error
    /// naming its line. The summarizer's check for English sentences reads its lists so too.
    public static func markerWords(at path: String) throws(DataFileError) -> [String] {
        var words: [String] = []
        for (line, text) in DataFile.lines(of: try DataFile.readText(path)) {
            let word = String(text).replacingApostrophes
            let body = word.hasSuffix("'") ? word.dropLast() : Substring(word)
            guard !body.isEmpty, body.unicodeScalars.allSatisfy(\.properties.isLowercase) else {
                throw DataFileError(
                    path: path, line: line,
                    message: "expected one lowercase word (an elided form ends with '), found \"\(text)\"")
            }
            words.append(word)
        }
        guard !words.isEmpty else { throw DataFileError(path: path, line: 0, message: "no marker words") }
        return words
    }

    /// The language of `text` when it is not French; nil when it is French, when it is too short
    /// to tell, or when CLD2 is unsure or finds the other language in less than half of it.
    public func otherLanguage(of text: String) -> Language? {
        var text = text
        return text.withUTF8 { bytes -> Language? in
            let count = markerCount(bytes)
            if count.words >= Self.minimumWords, Double(count.markers) >= Self.frenchShare * Double(count.words) {
                return nil
            }
            guard count.letters >= Self.minimumLetters else { return nil }
            let guess = Self.detect(bytes)
            let language = guess.language
            guard guess.reliable, language.code != "fr", language.code != "un", language.percent >= Self.minimumPercent
            else { return nil }
            return language
        }
    }

    /// CLD2's reading of the first ``detectorPrefix`` bytes of UTF-8 text, reliable or not.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> (language: Language, reliable: Bool) {
        let prefix = characterBoundary(in: bytes, atMost: detectorPrefix)
        let guess = bytes.withMemoryRebound(to: CChar.self) { precis_detect_language($0.baseAddress, prefix) }
        let code = guess.code.map { String(cString: $0) } ?? "un"
        let name = guess.name.map { String(cString: $0) } ?? code
        let language = Language(
            code: code, name: name.prefix(1).uppercased() + name.dropFirst().lowercased(), percent: Int(guess.percent))
        return (language, guess.reliable != 0)
    }

    /// Counts words, their letters and marker words in UTF-8 text, stopping once the French share
    /// is settled.
    ///
    /// A word is a run of letters: ASCII letters, Latin-1's (lowercased as they are read), and
    /// every character past U+017F, so that Arabic or Cyrillic words count as words too.
    /// Digits, punctuation, Latin-1's symbols and no-break spaces, and U+2000–U+2FFF separate
    /// words; an apostrophe (' or ’) ends one, keeping the apostrophe in the hash so that "qu'"
    /// is an elided form.
    func markerCount(_ bytes: UnsafeBufferPointer<UInt8>) -> (words: Int, letters: Int, markers: Int) {
        var words = 0
        var letters = 0
        var found = 0
        var hash = FNV1a.basis
        var inWord = false
        var index = 0
        func endWord(apostrophe: Bool) {
            guard inWord else { return }
            let final = apostrophe ? Self.mix(hash, 0x27) : hash
            words += 1
            if markers.contains(final) { found += 1 }
            hash = FNV1a.basis
            inWord = false
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x41...0x5A, 0x61...0x7A:
                hash = Self.mix(hash, byte | 0x20)
                inWord = true
                letters += 1
                index += 1
            case 0x27:
                endWord(apostrophe: true)
                index += 1
            case 0xC3 where index + 1 < bytes.count && bytes[index + 1] != 0x97 && bytes[index + 1] != 0xB7:
                // À–Þ lowercase to à–þ by one bit of the second byte; × and ÷ are not letters.
                let second = bytes[index + 1]
                hash = Self.mix(Self.mix(hash, 0xC3), second <= 0x9E ? second | 0x20 : second)
                inWord = true
                letters += 1
                index += 2
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99:
                endWord(apostrophe: true)
                index += 3
            case 0xC4...0xDF, 0xE0, 0xE1, 0xE3...0xF4:
                // Any other letter-bearing block: its bytes go into the hash as they are.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                for offset in 0..<min(length, bytes.count - index) { hash = Self.mix(hash, bytes[index + offset]) }
                inWord = true
                letters += 1
                index += length
            default:
                endWord(apostrophe: false)
                // Skip the continuation bytes of a separator character (C2 xx, E2 xx xx, …).
                index += byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            }
            if !inWord, words >= Self.settledAfter,
                Double(found) >= Self.frenchShare * Double(words)
            {
                return (words, letters, found)
            }
        }
        endWord(apostrophe: false)
        return (words, letters, found)
    }

    /// The largest length ≤ `limit` that ends on a character boundary of `bytes`.
    static func characterBoundary(in bytes: UnsafeBufferPointer<UInt8>, atMost limit: Int) -> Int {
        guard bytes.count > limit else { return bytes.count }
        var end = limit
        while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return end
    }

    static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 { FNV1a.mix(hash, UInt64(byte)) }

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(FNV1a.basis) { mix($0, $1 >= 0x41 && $1 <= 0x5A ? $1 | 0x20 : $1) }
    }
}

extension String {
    /// The text with every ’ read as '.
    fileprivate var replacingApostrophes: String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }
}
