/// How long a summary may be. Budgets are exact: a summary never exceeds its budget.
public enum Budget: Sendable, Equatable, CustomStringConvertible {
    /// At most this many sentences.
    case sentences(Int)
    /// At most this share of the article's usable sentences (at least one).
    case ratio(Double)
    /// At most this many words, counted as French word processors do: a run of non-space
    /// characters holding a letter or a digit ("l'État", "cessez-le-feu" and "17h53" are one
    /// word each; a colon after a no-break space is none).
    case words(Int)
    /// At most this many characters, spaces included ("signes espaces comprises"), counted in
    /// user-perceived characters (grapheme clusters), sentences joined by one space.
    case characters(Int)

    public var description: String {
        switch self {
        case .sentences(let n): return "sentences=\(n)"
        case .ratio(let r): return "ratio=\(r)"
        case .words(let n): return "words=\(n)"
        case .characters(let n): return "chars=\(n)"
        }
    }

    /// The number of words of a text, the French way.
    public static func wordCount(_ text: Substring) -> Int {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { wordCount($0) }
    }

    /// The number of words of a text given as UTF-16 units, the French way.
    public static func wordCount(_ units: UnsafeBufferPointer<UInt16>) -> Int {
        wordCharacterKinds.withUnsafeBufferPointer { kinds in
            // A word is counted at its end when it holds a letter or a digit: the only state is
            // whether the current word has one yet.
            var count = 0
            var hasAlphanumeric: UInt8 = 0  // 0 or 1
            var index = 0
            while index < units.count {
                let unit = units[index]
                index += 1
                let kind: UInt8
                if Int(unit) < kinds.count {
                    kind = kinds[Int(unit)]
                } else {
                    var value = UInt32(unit)
                    if UTF16.isLeadSurrogate(unit), index < units.count, UTF16.isTrailSurrogate(units[index]) {
                        value = 0x10000 + ((value - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
                        index += 1
                    }
                    kind = wordCharacterKind(Unicode.Scalar(value) ?? "\u{FFFD}")
                }
                // Bit arithmetic, not `&&` (which branches): spaces and letters alternate too
                // irregularly to predict. A kind is 0, 1 (space) or 2 (letter or digit).
                let isSpace = kind & spaceKind
                count &+= Int(isSpace & hasAlphanumeric)
                hasAlphanumeric = (kind >> 1) | (hasAlphanumeric & (isSpace ^ 1))
            }
            return count + Int(hasAlphanumeric)
        }
    }
}

/// What a character is to the French word count: a space, a letter or digit, or another mark.
private let spaceKind: UInt8 = 1
private let alphanumericKind: UInt8 = 2

/// The kind of a scalar: ASCII by its code (tab to carriage return and space are spaces), the
/// rest by its Unicode properties (no-break spaces are spaces, letters of any script count).
private func wordCharacterKind(_ scalar: Unicode.Scalar) -> UInt8 {
    if scalar.isASCII {
        let value = scalar.value
        if value == 0x20 || (value >= 0x09 && value <= 0x0D) { return spaceKind }
        let folded = value | 0x20
        return (value >= 0x30 && value <= 0x39) || (folded >= 0x61 && folded <= 0x7A) ? alphanumericKind : 0
    }
    if scalar.properties.isWhitespace { return spaceKind }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? alphanumericKind : 0
}

/// The kinds of U+0000–U+2FFF (Latin, Greek, Cyrillic, Arabic, general punctuation, no-break
/// spaces), computed once: a Unicode property lookup per character was a large share of the
/// summarizer's time.
private let wordCharacterKinds: [UInt8] = (0..<0x3000).map {
    wordCharacterKind(Unicode.Scalar(UInt32($0)) ?? "\u{FFFD}")
}
