import Foundation

/// Per-UTF-16-unit tables for scanning and keying French text, built once.
///
/// Matching compares *keys*, not strings: the exact key of a token is its units with hyphens
/// and soft hyphens removed and apostrophes unified; the folded key also lowercases and strips
/// accents ("État" and "Etat", "Sûreté" and "sûreté" give the same key), because French writers
/// drop accents on capitals and vary on hyphens ("cyber-attaque", "cyberattaque").
enum CharacterTables {
    /// 1 for units that belong to a word: letters, digits, combining marks, surrogates.
    static let wordUnit: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x10000)
        for unit in 0..<0x10000 {
            if unit >= 0xD800 && unit <= 0xDFFF {
                table[unit] = 1
            } else if let scalar = Unicode.Scalar(UInt32(unit)) {
                let properties = scalar.properties
                if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
                    || properties.generalCategory == .decimalNumber
                {
                    table[unit] = 1
                }
            }
        }
        table[0xAD] = 1  // a soft hyphen stays inside its word (and is dropped from keys)
        return table
    }()

    /// Folded unit for units below 0x500 (0 = drop the unit); identity above.
    static let foldLimit = 0x500
    static let fold: [UInt16] = {
        var table = [UInt16](repeating: 0, count: foldLimit)
        for unit in 0..<foldLimit {
            table[unit] = UInt16(unit)
            guard let scalar = Unicode.Scalar(UInt32(unit)) else { continue }
            if scalar.properties.generalCategory == .nonspacingMark {
                table[unit] = 0
                continue
            }
            let folded = String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            let units = Array(folded.utf16)
            if units.count == 1 { table[unit] = units[0] }
        }
        // Apostrophes and hyphens keep their meaning through folding.
        table[0xAD] = 0
        return table
    }()

    /// Units that fold to two or more units: æ → ae, œ → oe, ß → ss.
    static let expansions: [UInt16: [UInt16]] = {
        var result: [UInt16: [UInt16]] = [:]
        for unit in 0..<foldLimit {
            guard let scalar = Unicode.Scalar(UInt32(unit)), scalar.properties.generalCategory != .nonspacingMark else {
                continue
            }
            let folded = String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            let units = Array(folded.utf16)
            if units.count > 1 { result[UInt16(unit)] = units }
        }
        return result
    }()

    /// Whether a unit is an apostrophe (', ’, ‘, ʼ).
    @inline(__always)
    static func isApostrophe(_ unit: UInt16) -> Bool {
        unit == 0x27 || unit == 0x2019 || unit == 0x2018 || unit == 0x02BC
    }

    /// Whether a unit is a hyphen that joins compounds (-, ‐, ‑).
    @inline(__always)
    static func isHyphen(_ unit: UInt16) -> Bool { unit == 0x2D || unit == 0x2010 || unit == 0x2011 }

    /// Whether a unit is an uppercase letter (ASCII, Latin-1, Latin Extended-A; others by table).
    static let upper: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x10000)
        for unit in 0..<0x10000 {
            guard let scalar = Unicode.Scalar(UInt32(unit)) else { continue }
            if scalar.properties.isUppercase { table[unit] = 1 }
        }
        return table
    }()
}
