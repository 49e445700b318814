/// For each opening of a sentence (its first unit, then its first two), the rules of a list that
/// a sentence opening so can match, found once and kept.
///
/// Most cleanup rules open with a word or a capital, and ICU, given a sentence's first units
/// alone, tells which rules cannot start with them (``RegularExpression/mayMatch(startingWith:)``).
/// One unit rules out most of a list; two rule out about half of what is left ("Pr" is not
/// "Photo", "Le" is not "LE"), and news has about a thousand distinct pairs of opening units,
/// so each pair is worked out once per thread and then costs a dictionary look-up.
struct OpeningIndex {
    /// First units below this have a slot; a sentence that opens above (rare) tries every rule.
    static let unitLimit = 0x3000
    /// At most this many pairs are kept, which bounds memory on hostile input; a pair met once
    /// they are all taken is given its first unit's rules.
    static let pairLimit = 1 << 14
    private var byUnit: [[Int]?] = Array(repeating: nil, count: OpeningIndex.unitLimit)
    private var byPair: [UInt32: [Int]] = [:]

    /// The indices below `count` for which `mayStart(index, opening)` holds, in order, for the
    /// opening of `sentence` (its first unit, then its first two units): every index when the
    /// sentence is empty.
    mutating func rules(
        for sentence: UnsafeBufferPointer<UInt16>, count: Int, mayStart: (Int, ArraySlice<UInt16>) -> Bool
    ) -> [Int] {
        guard let first = sentence.first, Int(first) < OpeningIndex.unitLimit else { return Array(0..<count) }
        let byFirst: [Int]
        if let known = byUnit[Int(first)] {
            byFirst = known
        } else {
            byFirst = (0..<count).filter { mayStart($0, [first]) }
            byUnit[Int(first)] = byFirst
        }
        guard sentence.count >= 2, !byFirst.isEmpty else { return byFirst }
        let key = UInt32(first) << 16 | UInt32(sentence[1])
        if let known = byPair[key] { return known }
        guard byPair.count < OpeningIndex.pairLimit else { return byFirst }
        let opening: ArraySlice<UInt16> = [first, sentence[1]]
        let byBoth = byFirst.filter { mayStart($0, opening) }
        byPair[key] = byBoth
        return byBoth
    }
}
