/// Builds the keys tokens are compared by, through a table of ``CharacterTables``.
///
/// The same mapping serves the lexicon at compile time (keys as arrays) and the text at match
/// time (keys hashed on the fly by ``Vocabulary/symbol(of:in:map:)``, never materialized).
enum KeyBuilder {
    /// Calls `body` with each unit of the key of `units[range]` under `map`.
    @inline(__always)
    static func forEachUnit(
        _ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, _ map: UnsafeBufferPointer<UInt32>,
        _ body: (UInt16) -> Void
    ) {
        for index in range {
            let mapped = CharacterTables.mapped(units[index], map)
            if mapped == 0 { continue }
            body(UInt16(truncatingIfNeeded: mapped))
            if mapped > 0xFFFF { body(UInt16(truncatingIfNeeded: mapped >> 16)) }
        }
    }

    /// The key of a string under a table.
    static func key(_ text: String, _ table: [UInt32]) -> [UInt16] {
        let units = Array(text.utf16)
        var key: [UInt16] = []
        key.reserveCapacity(units.count)
        units.withUnsafeBufferPointer { units in
            table.withUnsafeBufferPointer { map in
                forEachUnit(units, 0..<units.count, map) { key.append($0) }
            }
        }
        return key
    }

    /// The folded key of a string: lowercase, no accents, no hyphens, apostrophe as '.
    static func folded(_ text: String) -> [UInt16] { key(text, CharacterTables.fold) }

    /// The exact key of a string: as written, without hyphens, apostrophe as '.
    static func exact(_ text: String) -> [UInt16] { key(text, CharacterTables.exact) }
}
