/// Per-UTF-16-unit tables for scanning and keying French text, built once (about 2 ms).
///
/// Matching compares *keys*, not strings: the exact key of a token is its units with hyphens
/// and soft hyphens removed and apostrophes unified; the folded key also lowercases and strips
/// accents ("État" and "Etat", "Sûreté" and "sûreté" give the same key), because French writers
/// drop accents on capitals and vary on hyphens ("cyber-attaque", "cyberattaque").
enum CharacterTables {
    /// Bit 1: the unit belongs to a word (letter, digit, mark, surrogate); bit 2: uppercase.
    static let word: UInt8 = 1
    static let upper: UInt8 = 2

    static let classes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x10000)
        for unit in 0..<0x10000 {
            switch unit {
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xD800...0xDFFF:
                // CJK, Hangul, surrogates: word units, no case (no property lookup needed).
                table[unit] = word
            case 0x3400...0xF8FF:
                continue
            default:
                guard let scalar = Unicode.Scalar(UInt32(unit)) else { continue }
                let properties = scalar.properties
                if properties.isAlphabetic || properties.generalCategory == .decimalNumber
                    || properties.generalCategory == .nonspacingMark
                {
                    table[unit] = word | (properties.isUppercase ? upper : 0)
                }
            }
        }
        table[0xAD] = word  // a soft hyphen stays inside its word (and is dropped from keys)
        // A modifier letter apostrophe is alphabetic, but French writes it for ' ("lʼOTAN"):
        // the scanner splits an elision at it as at the other apostrophes.
        table[0x02BC] = 0
        return table
    }()

    /// Per unit, its folded form: 0 = dropped; else the low 16 bits, then the high 16 bits when
    /// not zero (æ → ae, œ → oe, ß → ss). Lowercase, without accents; apostrophes become ',
    /// hyphens and soft hyphens are dropped.
    static let fold: [UInt32] = {
        var table = (0..<UInt32(tableSize)).map { $0 }
        for unit in 0..<tableSize {
            guard let scalar = Unicode.Scalar(UInt32(unit)) else { continue }
            if scalar.properties.generalCategory == .nonspacingMark {
                table[unit] = 0
                continue
            }
            if unit < 0x80 {
                if unit >= 0x41 && unit <= 0x5A { table[unit] = UInt32(unit | 0x20) }
                continue
            }
            let folded = Array(baseLetters(scalar).utf16)
            if folded.count == 1 {
                table[unit] = UInt32(folded[0])
            } else if folded.count == 2 {
                table[unit] = UInt32(folded[0]) | UInt32(folded[1]) << 16
            }
        }
        for unit in [0x2D, 0xAD] { table[unit] = 0 }
        table[0x02BC] = 0x27
        return table
    }()

    /// Per unit, its exact form: apostrophes become ', hyphens and soft hyphens are dropped.
    static let exact: [UInt32] = {
        var table = (0..<UInt32(tableSize)).map { $0 }
        for unit in [0x2D, 0xAD] { table[unit] = 0 }
        table[0x02BC] = 0x27
        return table
    }()

    /// The fold and exact tables cover units below this (Latin, Greek, Cyrillic: 5 KB, which
    /// stays in L1 cache); above, ``mapped(_:_:)`` applies the rules that matter (’ ‘ → ',
    /// ‐ ‑ dropped) and keeps the unit.
    static let tableSize = 0x500

    /// A unit through a fold or exact table: 0 = dropped, else one or two units packed.
    @inline(__always)
    static func mapped(_ unit: UInt16, _ map: UnsafeBufferPointer<UInt32>) -> UInt32 {
        if Int(unit) < tableSize { return map[Int(unit)] }
        if unit &- 0x2010 <= 9 {
            if unit <= 0x2011 { return 0 }
            if unit == 0x2018 || unit == 0x2019 { return 0x27 }
        }
        return UInt32(unit)
    }

    /// A Latin letter's base letters, lowercase, from its Unicode name ("LATIN CAPITAL LETTER E
    /// WITH ACUTE" → "e", "LATIN SMALL LIGATURE OE" → "oe"); other letters lowercased.
    ///
    /// The stdlib has no decomposition API and Foundation's folding loads a second ICU at
    /// start-up (tens of milliseconds); names give the same result for Latin scripts.
    static func baseLetters(_ scalar: Unicode.Scalar) -> String {
        let properties = scalar.properties
        if let name = properties.name, name.hasPrefix("LATIN ") {
            let words = name.split(separator: " ")
            if words.count >= 4, words[2] == "LETTER" || words[2] == "LIGATURE" {
                let letter = words[3]
                if letter.count == 1 || ["AE", "OE", "IJ"].contains(letter) { return letter.lowercased() }
                if letter == "SHARP", words.count > 4, words[4] == "S" { return "ss" }
                if letter == "DOTLESS", words.count > 4 { return words[4].lowercased() }
            }
        }
        return properties.lowercaseMapping
    }

    /// Whether a unit is an uppercase letter.
    @inline(__always)
    static func isUpper(_ unit: UInt16) -> Bool { classes[Int(unit)] & upper != 0 }

    /// Whether a unit is a word unit other than an ASCII digit: a letter, a mark or a surrogate.
    @inline(__always)
    static func isLetter(_ unit: UInt16) -> Bool {
        classes[Int(unit)] & word != 0 && !(unit >= 0x30 && unit <= 0x39)
    }

    /// Whether a unit is a space inside a line: a space, a no-break space or a narrow one (French
    /// typography puts the last two before ; : ! ? and inside « »).
    @inline(__always)
    static func isInlineSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0xA0 || unit == 0x202F
    }

    /// Whether a unit is an apostrophe (', ’, ‘, ʼ).
    @inline(__always)
    static func isApostrophe(_ unit: UInt16) -> Bool {
        unit == 0x27 || unit == 0x2019 || unit == 0x2018 || unit == 0x02BC
    }

    /// Whether a unit is a hyphen that joins compounds (-, ‐, ‑).
    @inline(__always)
    static func isHyphen(_ unit: UInt16) -> Bool { unit == 0x2D || unit == 0x2010 || unit == 0x2011 }
}
