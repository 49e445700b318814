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
        return units.withUnsafeBufferPointer { key($0, 0..<$0.count, table) }
    }

    /// The key of `units[range]` under a table.
    static func key(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, _ table: [UInt32]) -> [UInt16] {
        var key: [UInt16] = []
        key.reserveCapacity(range.count)
        table.withUnsafeBufferPointer { map in
            forEachUnit(units, range, map) { key.append($0) }
        }
        return key
    }

    /// The folded key of a string: lowercase, no accents, no hyphens, apostrophe as '.
    static func folded(_ text: String) -> [UInt16] { key(text, CharacterTables.fold) }

    /// The folded key of `units[range]`.
    static func folded(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> [UInt16] {
        key(units, range, CharacterTables.fold)
    }

    /// The exact key of a string: as written, without hyphens, apostrophe as '.
    static func exact(_ text: String) -> [UInt16] { key(text, CharacterTables.exact) }
}
