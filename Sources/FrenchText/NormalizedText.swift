/// A normalized text that remembers where each of its parts came from in the original.
public struct NormalizedText: Sendable {
    /// The normalized text (built on demand: scoring and matching work on `units`).
    public var text: String { String(decoding: units, as: UTF16.self) }
    /// Its UTF-16 units.
    public let units: [UInt16]
    /// For each normalized unit, the original UTF-16 range of the character it came from;
    /// `nil` when normalization kept every position (unit `i` came from unit `i`), the common case.
    let originStarts: [Int32]?
    let originEnds: [Int32]?
    /// The length of the original text in UTF-16 units.
    public let originalLength: Int

    init(units: [UInt16], originStarts: [Int32]?, originEnds: [Int32]?, originalLength: Int) {
        self.units = units
        self.originStarts = originStarts
        self.originEnds = originEnds
        self.originalLength = originalLength
    }

    /// The original UTF-16 range that a normalized UTF-16 range came from.
    ///
    /// Offsets found in the normalized text (a glossary match, a token) are reported through
    /// this map, so they always point into the text the user gave.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        guard !units.isEmpty else { return 0..<0 }
        guard let originStarts, let originEnds else {
            let lower = min(max(range.lowerBound, 0), originalLength)
            return lower..<max(lower, min(range.upperBound, originalLength))
        }
        let lower = range.lowerBound < units.count ? Int(originStarts[range.lowerBound]) : originalLength
        let upper = range.upperBound > 0 ? Int(originEnds[min(range.upperBound, units.count) - 1]) : lower
        return lower..<max(lower, upper)
    }
}
