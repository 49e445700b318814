import FrenchText

/// Interns tokens as small integers, so that n-grams and LCS compare integers, not strings.
///
/// Tokens are UTF-16 sequences stored end to end in one pool, found again through an
/// open-addressing hash table: interning a token allocates nothing. Ids are dense and start at
/// 0; they are only meaningful for the vocabulary that gave them. Not thread-safe: one per thread.
///
/// - Complexity: O(*k*) expected per token of *k* units.
public final class Vocabulary {
    /// All state in one struct: one exclusivity check per call instead of one per property.
    var storage: Storage

    public init(capacity: Int = 1 << 12) { storage = Storage(capacity: capacity) }

    /// The number of distinct tokens interned.
    public var count: Int { storage.count }

    /// Forgets every token; ids given before are no longer valid.
    public func removeAll() { storage.removeAll() }

    /// The id of a token given as UTF-16 units.
    @inline(__always)
    public func id(_ units: UnsafeBufferPointer<UInt16>) -> Int32 { storage.id(units) }

    /// The id of a token already interned, or `nil`; never adds the token.
    public func lookup(_ units: UnsafeBufferPointer<UInt16>) -> Int32? { storage.lookup(units) }

    /// The id of a token given as a string.
    public func id(_ token: String) -> Int32 { storage.id(token) }

    /// The token of an id.
    public func token(_ id: Int32) -> String { storage.token(id) }

    static func hash(_ units: UnsafeBufferPointer<UInt16>) -> UInt64 { Storage.hash(units) }
}

/// The pool and hash table of a ``Vocabulary``.
extension Vocabulary {
    struct Storage {
        /// All tokens' units, end to end.
        var pool: [UInt16] = []
        /// Where token `id` starts in `pool`; token `id` ends where `id + 1` starts.
        var starts: [Int32] = [0]
        /// Hash slots holding `id + 1`, or 0 when empty.
        var slots: [Int32]
        var mask: Int
        /// Hashes of each id, to grow without rehashing strings.
        var hashes: [UInt64] = []

        init(capacity: Int) {
            var size = 16
            while size < capacity * 2 { size <<= 1 }
            slots = [Int32](repeating: 0, count: size)
            mask = size - 1
        }

        /// The number of distinct tokens interned.
        var count: Int { starts.count - 1 }

        /// Forgets every token; ids given before are no longer valid.
        mutating func removeAll() {
            pool.removeAll(keepingCapacity: true)
            starts = [0]
            hashes.removeAll(keepingCapacity: true)
            for index in slots.indices { slots[index] = 0 }
        }

        /// The id of a token given as UTF-16 units.
        mutating func id(_ units: UnsafeBufferPointer<UInt16>) -> Int32 {
            let hash = Storage.hash(units)
            let mask = self.mask
            var slot = Int(truncatingIfNeeded: hash) & mask
            // Probe with raw buffers: no bounds or uniqueness checks in the hot loop.
            let found: Int32? = slots.withUnsafeBufferPointer { slotBuffer in
                hashes.withUnsafeBufferPointer { hashBuffer in
                    while true {
                        let entry = slotBuffer[slot]
                        if entry == 0 { return nil }
                        let candidate = Int(entry - 1)
                        if hashBuffer[candidate] == hash, equals(candidate, units) { return entry - 1 }
                        slot = (slot + 1) & mask
                    }
                }
            }
            if let found { return found }
            let newID = Int32(count)
            pool.append(contentsOf: units)
            starts.append(Int32(pool.count))
            hashes.append(hash)
            slots[slot] = newID + 1
            if count * 2 > slots.count { grow() }
            return newID
        }

        /// The id of a token already interned, or `nil`; never adds the token.
        func lookup(_ units: UnsafeBufferPointer<UInt16>) -> Int32? {
            let hash = Storage.hash(units)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                let candidate = Int(entry - 1)
                if hashes[candidate] == hash, equals(candidate, units) { return entry - 1 }
                slot = (slot + 1) & mask
            }
        }

        /// FNV-1a over the units, with a final mix for the low bits the table uses.
        @inline(__always)
        static func hash(_ units: UnsafeBufferPointer<UInt16>) -> UInt64 {
            var hash = FNV1a.basis
            for unit in units { hash = FNV1a.mix(hash, UInt64(unit)) }
            return hash ^ (hash >> 29)
        }

        /// The id of a token given as a string.
        mutating func id(_ token: String) -> Int32 {
            let units = Array(token.utf16)
            return units.withUnsafeBufferPointer { id($0) }
        }

        /// The token of an id.
        func token(_ id: Int32) -> String {
            let index = Int(id)
            guard index >= 0, index < count else { return "" }
            return String(decoding: pool[Int(starts[index])..<Int(starts[index + 1])], as: UTF16.self)
        }

        func equals(_ id: Int, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
            let start = Int(starts[id])
            let end = Int(starts[id + 1])
            guard end - start == units.count else { return false }
            return pool.withUnsafeBufferPointer { buffer in
                var offset = 0
                while offset < units.count {
                    if buffer[start + offset] != units[offset] { return false }
                    offset += 1
                }
                return true
            }
        }

        mutating func grow() {
            let size = slots.count * 2
            slots = [Int32](repeating: 0, count: size)
            mask = size - 1
            for (index, hash) in hashes.enumerated() {
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(index + 1)
            }
        }
    }
}
