@_implementationOnly import CICU

/// Character classes the segmenter and tokenizer test on UTF-16 units, ASCII first.
@usableFromInline
enum UTF16Classes {
    /// Whether a unit is whitespace (including NBSP, NNBSP and line separators).
    @inline(__always)
    static func isSpace(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit == 0x20 || (unit >= 0x09 && unit <= 0x0D) }
        switch unit {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Whether a unit breaks a line (LF, VT, FF, CR, NEL, LS, PS).
    @inline(__always)
    static func isLineBreak(_ unit: UInt16) -> Bool {
        (unit >= 0x0A && unit <= 0x0D) || unit == 0x85 || unit == 0x2028 || unit == 0x2029
    }

    /// Whether a unit is horizontal space (space, tab, NBSP, NNBSP, thin spaces).
    @inline(__always)
    static func isHorizontalSpace(_ unit: UInt16) -> Bool { isSpace(unit) && !isLineBreak(unit) }

    /// Whether a unit marks a list item at a line start: a bullet (• ◦ ▪ ‣ ⁃ ·), an asterisk or a dash.
    @inline(__always)
    static func isListMarker(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x2022, 0x25E6, 0x25AA, 0x2023, 0x2043, 0xB7, 0x2A, 0x2D, 0x2013, 0x2014: return true
        default: return false
        }
    }

    /// Whether a unit alone on a line is a template's separator: a list marker or a bar.
    @inline(__always)
    static func isLoneMark(_ unit: UInt16) -> Bool { isListMarker(unit) || unit == 0x7C }

    /// A unit with ASCII and Latin-1 capitals lowered (À → à; × and units above U+00FF as they are).
    @usableFromInline @inline(__always)
    static func latin1Lowercase(_ unit: UInt16) -> UInt16 {
        (unit >= 0x41 && unit <= 0x5A) || (unit >= 0xC0 && unit <= 0xDE && unit != 0xD7) ? unit | 0x20 : unit
    }

    /// Whether a unit is an ASCII or Latin-1 letter (A–Z, a–z, À–ÿ but × and ÷; not the
    /// ordinal indicators ª º nor µ).
    @usableFromInline @inline(__always)
    static func isLatin1Letter(_ unit: UInt16) -> Bool {
        let folded = unit | 0x20
        if folded >= 0x61 && folded <= 0x7A { return true }
        return unit >= 0xC0 && unit <= 0xFF && unit != 0xD7 && unit != 0xF7
    }

    /// The scalar starting at `index`, decoding a surrogate pair.
    @inline(__always)
    static func scalar(_ units: UnsafeBufferPointer<UInt16>, at index: Int) -> UInt32 {
        let unit = units[index]
        if unit & 0xFC00 == 0xD800, index + 1 < units.count, units[index + 1] & 0xFC00 == 0xDC00 {
            return 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00)
        }
        return UInt32(unit)
    }

    /// Letter case of the first letter of a word.
    enum Initial { case upper, lower, digit, other }

    /// Classifies a scalar as an uppercase letter, a lowercase letter, a digit or other.
    @inline(__always)
    static func classify(_ scalar: UInt32) -> Initial {
        if scalar < 0x80 {
            switch scalar {
            case 0x41...0x5A: return .upper
            case 0x61...0x7A: return .lower
            case 0x30...0x39: return .digit
            default: return .other
            }
        }
        let c = Int32(bitPattern: scalar)
        if cicu_isupper(c) != 0 { return .upper }
        if cicu_islower(c) != 0 { return .lower }
        if cicu_isdigit(c) != 0 { return .digit }
        // Titlecase letters and letters without case (Arabic names in Latin text are rare)
        // count as capitals: they open names and sentences.
        return cicu_isalpha(c) != 0 ? .upper : .other
    }

    /// Whether a unit is a letter or digit (ASCII fast path, ICU otherwise).
    @inline(__always)
    static func isAlphanumeric(_ unit: UInt16) -> Bool {
        if unit < 0x80 {
            return (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A)
        }
        if unit & 0xF800 == 0xD800 { return true }  // a supplementary letter or symbol: keep it in the word
        let c = Int32(unit)
        return cicu_isalpha(c) != 0 || cicu_isdigit(c) != 0
    }
}

extension UTF16Text {
    /// Whether a unit breaks a line (LF, VT, FF, CR, NEL, LS, PS), as the segmenter reads lines.
    public static func isLineBreak(_ unit: UInt16) -> Bool { UTF16Classes.isLineBreak(unit) }

    /// Whether a unit is space within a line (space, tab, no-break and thin spaces).
    public static func isHorizontalSpace(_ unit: UInt16) -> Bool { UTF16Classes.isHorizontalSpace(unit) }

    /// Whether units are one web address ("https://…", "http://…") with no space or line break
    /// in them, as the segmenter makes such a line a segment of its own.
    public static func isWebAddress<Units: Collection<UInt16>>(_ units: Units) -> Bool {
        guard units.count >= 12, units.starts(with: "http".utf16) else { return false }
        let scheme = units.dropFirst(4)
        guard scheme.starts(with: "://".utf16) || scheme.starts(with: "s://".utf16) else { return false }
        return !units.contains(where: UTF16Classes.isSpace)
    }

    /// Whether a unit marks a list item (a bullet, an asterisk or a dash), as the segmenter starts
    /// a segment at one on its own line.
    public static func isListMarker(_ unit: UInt16) -> Bool { UTF16Classes.isListMarker(unit) }

    /// A unit with ASCII and Latin-1 capitals lowered, as the segmenter looks words up in lists.
    /// Inlinable: the token cache lowercases every new word form with it.
    @inlinable
    public static func latin1Lowercase(_ unit: UInt16) -> UInt16 { UTF16Classes.latin1Lowercase(unit) }

    /// Whether a unit is an ASCII or Latin-1 letter (A–Z, a–z, À–ÿ but × and ÷).
    @inlinable
    public static func isLatin1Letter(_ unit: UInt16) -> Bool { UTF16Classes.isLatin1Letter(unit) }
}
