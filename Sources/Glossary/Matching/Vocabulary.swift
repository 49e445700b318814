/// An open-addressing table from token keys (UTF-16 units) to symbols, looked up without
/// allocating: the key is hashed and compared in place.
///
/// - Complexity: O(key length) per lookup, whatever the number of keys.
struct Vocabulary: Sendable {
    /// Per slot: the key's hash (0 = empty), where its units are in `pool`, and its symbol.
    var hashes: [UInt64]
    var offsets: [Int32]
    var lengths: [Int32]
    var symbols: [Int32]
    var pool: [UInt16] = []
    var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        hashes = [UInt64](repeating: 0, count: size)
        offsets = [Int32](repeating: 0, count: size)
        lengths = [Int32](repeating: 0, count: size)
        symbols = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// FNV-1a over the units, never 0.
    @inline(__always)
    static func hash<C: Collection>(_ key: C) -> UInt64 where C.Element == UInt16 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for unit in key {
            hash ^= UInt64(unit)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash == 0 ? 1 : hash
    }

    /// The symbol of a key, or -1.
    func symbol(of key: UnsafeBufferPointer<UInt16>) -> Int32 {
        let hash = Vocabulary.hash(key)
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let stored = hashes[slot]
            if stored == 0 { return -1 }
            if stored == hash, Int(lengths[slot]) == key.count,
                pool[Int(offsets[slot])..<Int(offsets[slot]) + key.count].elementsEqual(key)
            {
                return symbols[slot]
            }
            slot = (slot + 1) & mask
        }
    }

    /// The symbol of a key, or -1.
    func symbol(of key: [UInt16]) -> Int32 {
        key.withUnsafeBufferPointer { symbol(of: $0) }
    }

    /// Inserts a key with a symbol, or replaces the symbol of a key already there.
    mutating func insert(_ key: [UInt16], symbol: Int32) {
        if (count + 1) * 2 > hashes.count { grow() }
        let hash = Vocabulary.hash(key)
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while hashes[slot] != 0 {
            if hashes[slot] == hash, Int(lengths[slot]) == key.count,
                pool[Int(offsets[slot])..<Int(offsets[slot] + lengths[slot])].elementsEqual(key)
            {
                symbols[slot] = symbol
                return
            }
            slot = (slot + 1) & mask
        }
        hashes[slot] = hash
        offsets[slot] = Int32(pool.count)
        lengths[slot] = Int32(key.count)
        symbols[slot] = symbol
        pool.append(contentsOf: key)
        count += 1
    }

    /// Every key with its symbol.
    var entries: [(key: [UInt16], symbol: Int32)] {
        hashes.indices.filter { hashes[$0] != 0 }.map {
            (Array(pool[Int(offsets[$0])..<Int(offsets[$0] + lengths[$0])]), symbols[$0])
        }
    }

    /// Replaces every symbol through `map`.
    mutating func remap(_ map: (Int32) -> Int32) {
        for slot in symbols.indices where hashes[slot] != 0 { symbols[slot] = map(symbols[slot]) }
    }

    mutating func grow() {
        let old = entries
        self = Vocabulary(capacity: max(16, hashes.count))
        for (key, symbol) in old { insert(key, symbol: symbol) }
    }
}
