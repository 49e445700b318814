import FrenchText

/// Finds the English sentences of a French page: an academic article's abstract and title, a
/// keyword line, an embedded post, which no French summary should take.
///
/// A sentence is English when it has six words or more, none of them a French marker
/// (`Lexicons/fr/french-markers.txt`, the language check's list), at most one with an accented
/// letter, and at least two English function words (`Lexicons/fr/english-markers.txt`), an
/// eighth of its words or more. French prose of six words holds a marker nearly always ("les",
/// "est", "et", "une", "dans"…) or two accented words, and the scan stops there.
public struct ForeignSentences: Sendable {
    /// The files read by ``load(directory:)``.
    public static let frenchFile = "french-markers.txt"
    public static let englishFile = "english-markers.txt"

    /// Fewer words than this are too few to tell ("Filming to protect oneself?").
    static let minimumWords = 6
    /// Words with an accented letter (é, à, ç…) that make a sentence French whatever its markers:
    /// "« Let's do it (Je suis d'accord, faisons-le) », aurait répondu le président français."
    /// holds none of the markers; English writes such words only in names and loans ("café").
    static let frenchAccentedWords = 2
    /// The least count of English markers, and their least share of the words.
    static let minimumMarkers = 2
    static let minimumShare = 0.125

    /// The marker words packed by ``pack(_:)`` (lowercase Latin-1, eight units at most: longer
    /// ones, such as "notamment", are left out, the short ones settle it; an elided form with its
    /// apostrophe as '), in an open-addressing table: a word is looked up with one multiply and
    /// a probe or two, where a `Set` hashed every word of every sentence (1.5% of a summary's
    /// instructions).
    let keys: [UInt64]
    /// Per slot of ``keys``: ``french`` or ``english``.
    let kinds: [UInt8]
    static let french: UInt8 = 1
    static let english: UInt8 = 2
    /// log2 of the table's size: four slots a word at least, 512 for the lists' two hundred.
    let tableBits: Int

    public init(french: some Sequence<String>, english: some Sequence<String>) {
        let lists = [(Array(english), Self.english), (Array(french), Self.french)]
        var bits = 9
        while 1 << bits < 4 * (lists[0].0.count + lists[1].0.count) { bits += 1 }
        tableBits = bits
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var kinds = [UInt8](repeating: 0, count: 1 << bits)
        // English first: a word on both lists (none today) is French.
        for (words, kind) in lists {
            for word in words {
                guard let key = Self.pack(Array(word.replacingOccurrences(of: "’", with: "'").utf16)) else { continue }
                var slot = Self.slot(key, bits: bits)
                while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
                keys[slot] = key
                kinds[slot] = kind
            }
        }
        self.keys = keys
        self.kinds = kinds
    }

    /// The first slot of a key in a table of `1 << bits` slots: Fibonacci hashing.
    @inline(__always)
    static func slot(_ key: UInt64, bits: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    /// ``french``, ``english`` or 0 for a packed word.
    @inline(__always)
    func kind(of key: UInt64) -> UInt8 {
        var slot = Self.slot(key, bits: tableBits)
        while true {
            let found = keys[slot]
            if found == key { return kinds[slot] }
            if found == 0 { return 0 }
            slot = (slot + 1) & (keys.count - 1)
        }
    }

    /// Reads both marker lists of a `Lexicons/fr` directory with the language check's reader
    /// (``LanguageCheck/markerWords(at:)``).
    public static func load(directory: String) throws(DataFileError) -> ForeignSentences {
        ForeignSentences(
            french: try LanguageCheck.markerWords(at: directory + "/" + frenchFile),
            english: try LanguageCheck.markerWords(at: directory + "/" + englishFile))
    }

    /// Whether a sentence is English by its words (see the type's summary).
    public func isEnglish(_ sentence: UnsafeBufferPointer<UInt16>) -> Bool {
        var words = 0
        var markers = 0
        var accented = 0
        var key: UInt64 = 0
        var length = 0
        var hasAccent = false
        /// Ends the word read so far: false when it is a French marker or the second word with an
        /// accent, which settles it.
        func endWord() -> Bool {
            defer {
                key = 0
                length = 0
                hasAccent = false
            }
            guard length > 0 else { return true }
            words += 1
            if hasAccent {
                accented += 1
                if accented >= Self.frenchAccentedWords { return false }
            }
            guard length <= 8 else { return true }
            switch kind(of: key) {
            case Self.french: return false
            case Self.english: markers += 1
            default: break
            }
            return true
        }
        for unit in sentence {
            if UTF16Text.isLatin1Letter(unit) {
                let lower = UTF16Text.latin1Lowercase(unit)
                if lower >= 0xE0 { hasAccent = true }
                if length < 8 { key |= UInt64(lower) << (8 * UInt64(length)) }
                length += 1
            } else if unit == 0x27 || unit == 0x2019, length > 0 {
                // An elided form ends with its apostrophe ("qu'", "n'"); "don't" reads as "don'".
                if length < 8 { key |= UInt64(0x27) << (8 * UInt64(length)) }
                length += 1
                guard endWord() else { return false }
            } else if unit > 0xFF, unit < 0x2000 {
                // A letter of another script: a word, never a marker.
                length = 9
            } else {
                guard endWord() else { return false }
            }
        }
        guard endWord() else { return false }
        return words >= Self.minimumWords && markers >= Self.minimumMarkers
            && Double(markers) >= Self.minimumShare * Double(words)
    }

    /// A word's Latin-1 units in a 64-bit key, the first in the low byte; nil past eight units
    /// or outside Latin-1.
    static func pack(_ word: [UInt16]) -> UInt64? {
        guard !word.isEmpty, word.count <= 8 else { return nil }
        var key: UInt64 = 0
        for (position, unit) in word.enumerated() {
            guard unit < 0x100 else { return nil }
            key |= UInt64(unit) << (8 * UInt64(position))
        }
        return key
    }
}
