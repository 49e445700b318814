/// FNV-1a, the 64-bit hash of Précis' tables (tokens, lexicon keys, marker words) and of its run
/// signatures: stable across runs, machines and Swift versions, unlike `Hasher`.
///
/// Each table hashes its own units (bytes, UTF-16 units, mapped characters) in its own loop;
/// they share the constants and the step, here.
public enum FNV1a {
    /// The offset basis, where a hash starts.
    @inlinable public static var basis: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// The FNV prime.
    @inlinable public static var prime: UInt64 { 0x0000_0100_0000_01B3 }

    /// One step: `value` (a byte, a code unit) mixed into `hash`.
    @inlinable @inline(__always)
    public static func mix(_ hash: UInt64, _ value: UInt64) -> UInt64 { (hash ^ value) &* prime }
}
