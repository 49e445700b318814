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
        var count = 0
        var inWord = false
        var hasAlphanumeric = false
        var index = 0
        while index < units.count {
            let unit = units[index]
            index += 1
            if unit < 0x80 {
                // ASCII without Unicode property lookups: most of a French text.
                if unit == 0x20 || (unit >= 0x09 && unit <= 0x0D) {
                    if inWord && hasAlphanumeric { count += 1 }
                    inWord = false
                    hasAlphanumeric = false
                } else {
                    inWord = true
                    if (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A) {
                        hasAlphanumeric = true
                    }
                }
                continue
            }
            var value = UInt32(unit)
            if UTF16.isLeadSurrogate(unit), index < units.count, UTF16.isTrailSurrogate(units[index]) {
                value = 0x10000 + ((value - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
                index += 1
            }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            if scalar.properties.isWhitespace {
                if inWord && hasAlphanumeric { count += 1 }
                inWord = false
                hasAlphanumeric = false
            } else {
                inWord = true
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { hasAlphanumeric = true }
            }
        }
        if inWord && hasAlphanumeric { count += 1 }
        return count
    }
}
