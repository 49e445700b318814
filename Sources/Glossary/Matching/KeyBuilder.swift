/// Builds the keys tokens are compared by (see ``CharacterTables``).
enum KeyBuilder {
    /// Appends the folded key of `units`: lowercase, no accents, no hyphens, apostrophe as '.
    @inline(__always)
    static func appendFolded<C: Collection>(_ units: C, to key: inout [UInt16]) where C.Element == UInt16 {
        let limit = UInt16(CharacterTables.foldLimit)
        for unit in units {
            if unit < 0x80 {
                if unit >= 0x41 && unit <= 0x5A {
                    key.append(unit | 0x20)
                } else if unit != 0x2D {
                    key.append(unit)
                }
                continue
            }
            if CharacterTables.isApostrophe(unit) {
                key.append(0x27)
            } else if CharacterTables.isHyphen(unit) {
                continue
            } else if unit < limit {
                let folded = CharacterTables.fold[Int(unit)]
                if folded == 0 { continue }
                if folded == unit, let expansion = CharacterTables.expansions[unit] {
                    key.append(contentsOf: expansion)
                } else {
                    key.append(folded)
                }
            } else {
                key.append(unit)
            }
        }
    }

    /// Appends the exact key of `units`: as written, without hyphens, apostrophe as '.
    @inline(__always)
    static func appendExact<C: Collection>(_ units: C, to key: inout [UInt16]) where C.Element == UInt16 {
        for unit in units {
            if CharacterTables.isApostrophe(unit) {
                key.append(0x27)
            } else if CharacterTables.isHyphen(unit) || unit == 0xAD {
                continue
            } else {
                key.append(unit)
            }
        }
    }

    /// The folded key of a string.
    static func folded(_ text: String) -> [UInt16] {
        var key: [UInt16] = []
        appendFolded(Array(text.utf16), to: &key)
        return key
    }

    /// The exact key of a string.
    static func exact(_ text: String) -> [UInt16] {
        var key: [UInt16] = []
        appendExact(Array(text.utf16), to: &key)
        return key
    }
}
