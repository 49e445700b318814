import CXXHash

/// The running hash of a batch's input, for the run manifest: XXH3-64 over every record's id
/// and text, each followed by a NUL, in input order.
///
/// Every shard reads the whole input and must find the same value. XXH3 (libxxhash) reads
/// tens of bytes per cycle where FNV-1a, which the manifests used before, took a dependent
/// multiply per byte: on news batches that was a percent or two of the whole run.
final class InputHash {
    private let state: OpaquePointer?

    init() {
        state = XXH3_createState()
        XXH3_64bits_reset(state)
    }

    deinit { XXH3_freeState(state) }

    /// Adds a string's UTF-8 and a NUL.
    func add(_ string: String) {
        var string = string
        string.withUTF8 { bytes in _ = XXH3_64bits_update(state, bytes.baseAddress, bytes.count) }
        var nul: UInt8 = 0
        _ = XXH3_64bits_update(state, &nul, 1)
    }

    /// The hash so far, as the manifest writes it: `xxh3-64:` and 16 hex digits.
    var hex: String { "xxh3-64:" + StableHash.digits(XXH3_64bits_digest(state)) }
}
