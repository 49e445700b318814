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
        var count = 0
        var inWord = false
        var hasAlphanumeric = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                // ASCII without Unicode property lookups: most of a French text.
                let value = scalar.value
                if value == 0x20 || (value >= 0x09 && value <= 0x0D) {
                    if inWord && hasAlphanumeric { count += 1 }
                    inWord = false
                    hasAlphanumeric = false
                } else {
                    inWord = true
                    if (value >= 0x30 && value <= 0x39) || ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A) {
                        hasAlphanumeric = true
                    }
                }
            } else if scalar.properties.isWhitespace {
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
