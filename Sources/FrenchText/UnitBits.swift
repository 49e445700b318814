/// Which UTF-16 units a text holds, by their low byte, in 256 bits.
///
/// A text holds a run of units only if its bits hold the run's bits, so four compares refuse
/// most texts before any scan. Units that share a low byte share a bit ("’" and the control
/// U+0019), which can only let a text through, never refuse one that holds the run; ASCII
/// and Latin-1, where most rules' literals are, are told apart exactly.
public struct UnitBits: Sendable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// The bits of the units of a text.
    public init(_ units: UnsafeBufferPointer<UInt16>) {
        // The four words as an array in place, indexed by bits 6 and 7, so that a unit costs
        // a shift and an OR, without a branch: most sentences of a batch are read so.
        withUnsafeMutableBytes(of: &words) { raw in
            let words = raw.bindMemory(to: UInt64.self)
            for unit in units {
                words[Int(truncatingIfNeeded: (unit >> 6) & 3)] |= UInt64(1) << UInt64(unit & 63)
            }
        }
    }

    /// The bits of a run of units.
    public init(_ units: [UInt16]) {
        self = units.withUnsafeBufferPointer { UnitBits($0) }
    }

    /// Whether every bit of `other` is set here: a text with these bits may hold the run
    /// with those.
    @inline(__always)
    public func holdsAll(of other: UnitBits) -> Bool {
        other.words.0 & ~words.0 == 0 && other.words.1 & ~words.1 == 0 && other.words.2 & ~words.2 == 0
            && other.words.3 & ~words.3 == 0
    }
}
