/// Which UTF-16 units a text holds, by their low byte, in 256 bits, and which pairs of adjacent
/// units, hashed, in 512 more.
///
/// A text holds a run of units only if its bits hold the run's bits, so a dozen compares refuse
/// most texts before any scan. Units that share a low byte share a bit ("’" and the control
/// U+0019), and pairs may share a hash, which can only let a text through, never refuse one
/// that holds the run; ASCII and Latin-1, where most rules' literals are, are told apart
/// exactly. The pairs are what refuse a sentence that holds every letter of "droits réservés"
/// (most long sentences do) but not the words: without them a scan of the sentence follows.
public struct UnitBits: Sendable {
    /// Units in words 0–3, by their low byte; pairs in words 4–11, by ``pairSlot(_:_:)``.
    @usableFromInline
    var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)

    /// The bits of the units of a text.
    public init(_ units: UnsafeBufferPointer<UInt16>) {
        // The words as an array in place, so that a unit costs a few shifts, a multiply and
        // two ORs, without a branch: most sentences of a batch are read so.
        withUnsafeMutableBytes(of: &words) { raw in
            guard let words = raw.bindMemory(to: UInt64.self).baseAddress, let text = units.baseAddress,
                !units.isEmpty
            else { return }
            var previous = text[0]
            words[Int(truncatingIfNeeded: (previous >> 6) & 3)] |= UInt64(1) << UInt64(previous & 63)
            for index in 1..<units.count {
                let unit = text[index]
                words[Int(truncatingIfNeeded: (unit >> 6) & 3)] |= UInt64(1) << UInt64(unit & 63)
                let slot = Self.pairSlot(previous, unit)
                words[4 + (slot >> 6)] |= UInt64(1) << UInt64(slot & 63)
                previous = unit
            }
        }
    }

    /// The bits of a run of units.
    public init(_ units: [UInt16]) {
        self = units.withUnsafeBufferPointer { UnitBits($0) }
    }

    /// The bits of several runs, each read alone: no pair spans two of them.
    public init(runs: [[UInt16]]) {
        for run in runs {
            var bits = UnitBits(run)
            withUnsafeMutableBytes(of: &words) { union in
                withUnsafeBytes(of: &bits.words) { added in
                    for index in union.indices { union[index] |= added[index] }
                }
            }
        }
    }

    /// The bit (0–511) of a pair of adjacent units: a multiplicative hash of both, whose top
    /// bits mix every bit of the two.
    @inline(__always)
    static func pairSlot(_ first: UInt16, _ second: UInt16) -> Int {
        let key = UInt32(first) << 16 | UInt32(second)
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B1) >> 23)
    }

    /// Whether every bit of `other` is set here: a text with these bits may hold the run
    /// with those.
    @inlinable
    public func holdsAll(of other: UnitBits) -> Bool {
        let a = words
        let b = other.words
        // One OR of the twelve differences: no branch until the end.
        let units = (b.0 & ~a.0) | (b.1 & ~a.1) | (b.2 & ~a.2) | (b.3 & ~a.3)
        let pairs = (b.4 & ~a.4) | (b.5 & ~a.5) | (b.6 & ~a.6) | (b.7 & ~a.7)
        let more = (b.8 & ~a.8) | (b.9 & ~a.9) | (b.10 & ~a.10) | (b.11 & ~a.11)
        return units | pairs | more == 0
    }
}
