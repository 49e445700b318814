import FrenchText

/// A frozen ``Vocabulary``: the same open-addressing table in raw memory, read-only, so that
/// the matching loop pays no reference counting, bounds checks or closures.
///
/// Shared by every thread (immutable after init).
final class KeyTable: @unchecked Sendable {
    struct Slot {
        var hash: UInt64
        var offset: Int32
        var length: Int32
        var symbol: Int32
    }

    let slots: UnsafeMutableBufferPointer<Slot>
    /// Per slot, 32 bits of the hash (never 0) or 0 when empty: a compact array probed first,
    /// which stays in cache while the slots do not.
    let tags: UnsafeMutableBufferPointer<UInt32>
    let pool: UnsafeMutableBufferPointer<UInt16>
    let mask: Int
    let count: Int

    init(_ vocabulary: Vocabulary) {
        let size = vocabulary.hashes.count
        slots = .allocate(capacity: size)
        tags = .allocate(capacity: size)
        for index in 0..<size {
            let hash = vocabulary.hashes[index]
            tags[index] = hash == 0 ? 0 : KeyTable.tag(hash)
            slots[index] = Slot(
                hash: vocabulary.hashes[index], offset: vocabulary.offsets[index], length: vocabulary.lengths[index],
                symbol: vocabulary.symbols[index])
        }
        pool = .allocate(capacity: max(1, vocabulary.pool.count))
        for (index, unit) in vocabulary.pool.enumerated() { pool[index] = unit }
        mask = vocabulary.mask
        count = vocabulary.count
    }

    deinit {
        slots.deallocate()
        tags.deallocate()
        pool.deallocate()
    }

    /// The symbol of the key of `units[range]` under `map` (see ``KeyBuilder``), or -1: the key
    /// is hashed as it is produced and compared in place, never stored.
    @inline(__always)
    func symbol(of units: UnsafeBufferPointer<UInt16>, in range: Range<Int>, map: UnsafeBufferPointer<UInt32>) -> Int32
    {
        var hash = FNV1a.basis
        var length = 0
        for index in range {
            let mapped = CharacterTables.mapped(units[index], map)
            if mapped == 0 { continue }
            hash = FNV1a.mix(hash, UInt64(mapped & 0xFFFF))
            length += 1
            if mapped > 0xFFFF {
                hash = FNV1a.mix(hash, UInt64(mapped >> 16))
                length += 1
            }
        }
        if hash == 0 { hash = 1 }
        let tag = KeyTable.tag(hash)
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let stored = tags[slot]
            if stored == 0 { return -1 }
            if stored == tag {
                let full = slots[slot]
                if full.hash == hash, Int(full.length) == length, matches(units, range, map, at: Int(full.offset)) {
                    return full.symbol
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The high half of a hash, never 0.
    @inline(__always)
    static func tag(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) | 1 }

    /// Whether the key of `units[range]` equals the pool's units from `offset`.
    @inline(__always)
    func matches(
        _ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, _ map: UnsafeBufferPointer<UInt32>, at offset: Int
    )
        -> Bool
    {
        var position = offset
        for index in range {
            let mapped = CharacterTables.mapped(units[index], map)
            if mapped == 0 { continue }
            if pool[position] != UInt16(truncatingIfNeeded: mapped) { return false }
            position += 1
            if mapped > 0xFFFF {
                if pool[position] != UInt16(truncatingIfNeeded: mapped >> 16) { return false }
                position += 1
            }
        }
        return true
    }
}
