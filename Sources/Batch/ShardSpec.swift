import Foundation
import FrenchText

/// Which share of a batch this process handles: shard `index` of `count`, 0-based.
///
/// Records are assigned by a stable 64-bit FNV-1a hash of their id, so every machine agrees
/// on the assignment whatever the order or the number of threads, and the shards of one run
/// partition the batch exactly.
public struct ShardSpec: Sendable, Equatable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    public init(index: Int, count: Int) throws(ShardSpecError) {
        guard count >= 1 else { throw ShardSpecError("the shard count must be at least 1") }
        guard index >= 0, index < count else {
            throw ShardSpecError(
                "shard \(index) is not in 0..<\(count) (shards are 0-based: 0/\(count) … \(count - 1)/\(count))")
        }
        self.index = index
        self.count = count
    }

    /// Parses `i/N`.
    public init(parsing text: String) throws(ShardSpecError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw ShardSpecError("expected --shard i/N (0-based, e.g. 0/4), found '\(text)'")
        }
        try self.init(index: index, count: count)
    }

    /// The shard given by a scheduler's environment: Slurm job arrays
    /// (`SLURM_ARRAY_TASK_ID`, `SLURM_ARRAY_TASK_COUNT`) or Kubernetes Indexed Jobs
    /// (`JOB_COMPLETION_INDEX`, with the count in `PRECIS_SHARD_COUNT`), or `nil`.
    public static func fromEnvironment(_ environment: [String: String]) throws(ShardSpecError) -> ShardSpec? {
        if let id = environment["SLURM_ARRAY_TASK_ID"] {
            guard let index = Int(id), let count = environment["SLURM_ARRAY_TASK_COUNT"].flatMap(Int.init) else {
                throw ShardSpecError("SLURM_ARRAY_TASK_ID=\(id) needs an integer SLURM_ARRAY_TASK_COUNT")
            }
            // Slurm arrays may start at 1 (--array=1-4): SLURM_ARRAY_TASK_MIN says where.
            let minimum = environment["SLURM_ARRAY_TASK_MIN"].flatMap(Int.init) ?? 0
            return try ShardSpec(index: index - minimum, count: count)
        }
        if let id = environment["JOB_COMPLETION_INDEX"] {
            guard let index = Int(id), let count = environment["PRECIS_SHARD_COUNT"].flatMap(Int.init) else {
                throw ShardSpecError("JOB_COMPLETION_INDEX=\(id) needs the shard count in PRECIS_SHARD_COUNT")
            }
            return try ShardSpec(index: index, count: count)
        }
        return nil
    }

    /// Whether this shard handles the record with `id`.
    public func owns(_ id: String) -> Bool { Int(StableHash.fnv1a(id) % UInt64(count)) == index }

    public var description: String { "\(index)/\(count)" }
}

/// A malformed shard specification.
public struct ShardSpecError: Error, Sendable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

/// FNV-1a (``FNV1a``) of strings, bytes and files, and its hex form: shard assignment, input
/// and output hashes, run signatures.
public enum StableHash {
    public static var offsetBasis: UInt64 { FNV1a.basis }

    public static func fnv1a(_ string: String) -> UInt64 { fnv1a(utf8: string, seed: offsetBasis) }

    /// FNV-1a of a String's UTF-8, read through a pointer (the UTF8View's iterator is several
    /// times slower on long texts).
    public static func fnv1a(utf8 string: String, seed: UInt64) -> UInt64 {
        var copy = string
        return copy.withUTF8 { fnv1a($0, seed: seed) }
    }

    /// FNV-1a of bytes in memory: the loop the others come down to.
    public static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= FNV1a.prime
        }
        return hash
    }

    /// FNV-1a of a file's contents, read in place (Data's iterator costs an allocation a
    /// few bytes).
    public static func fnv1a(_ data: Data, seed: UInt64) -> UInt64 {
        data.withUnsafeBytes { fnv1a($0.bindMemory(to: UInt8.self), seed: seed) }
    }

    public static func fnv1a(_ bytes: some Sequence<UInt8>, seed: UInt64) -> UInt64 {
        if let hash = bytes.withContiguousStorageIfAvailable({ fnv1a($0, seed: seed) }) { return hash }
        return Array(bytes).withUnsafeBufferPointer { fnv1a($0, seed: seed) }
    }

    /// `fnv1a64:` and 16 hex digits.
    public static func hex(_ value: UInt64) -> String { "fnv1a64:" + digits(value) }

    /// A 64-bit value as 16 lowercase hex digits, zeros in front: how the manifests write hashes.
    static func digits(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
