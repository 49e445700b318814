/// ROUGE-L (one LCS over whole texts) and ROUGE-Lsum (summary-level union LCS).
///
/// Both follow rouge-score 0.1.2, which follows ROUGE-1.5.5: ROUGE-Lsum takes, for each
/// reference sentence, the union of its LCS with every candidate sentence, and counts a hit
/// for a token of that union only while the token has unused occurrences on both sides
/// (ROUGE-1.5.5's guard against double counting). Which of several LCS is taken matters to
/// the union, so the backtrack breaks ties exactly as rouge-score's `_backtrack_norec` does.
public struct LongestCommonSubsequence {
    /// A reusable DP table, so scoring a batch allocates little.
    var table: [Int32] = []
    var row: [Int32] = []
    var referenceCounts: [Int32] = []
    var candidateCounts: [Int32] = []
    var inUnion: [Bool] = []

    public init() {}

    /// The length of the LCS of two token sequences.
    ///
    /// - Complexity: O(*r*·*c*) time, O(*c*) memory.
    public mutating func length(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let columns = b.count
        if row.count < columns + 1 { row = [Int32](repeating: 0, count: columns + 1) }
        return row.withUnsafeMutableBufferPointer { previous -> Int in
            for j in 0...columns { previous[j] = 0 }
            b.withUnsafeBufferPointer { bb in
                for x in a {
                    var diagonal: Int32 = 0  // previous row, column j - 1
                    for j in 1...columns {
                        let up = previous[j]
                        if x == bb[j - 1] {
                            previous[j] = diagonal + 1
                        } else {
                            let left = previous[j - 1]
                            previous[j] = up > left ? up : left
                        }
                        diagonal = up
                    }
                }
            }
            return Int(previous[columns])
        }
    }

    /// ROUGE-L of a candidate against a reference: LCS over whole token sequences.
    public mutating func rougeL(reference: ArraySlice<Int32>, candidate: ArraySlice<Int32>) -> RougeScore {
        guard !reference.isEmpty, !candidate.isEmpty else { return .zero }
        let lcs = Double(length(reference, candidate))
        return RougeScore(precision: lcs / Double(candidate.count), recall: lcs / Double(reference.count))
    }

    /// ROUGE-Lsum of a candidate against a reference, over their sentences.
    ///
    /// - Complexity: O(*r*·*c*) time for *r* reference and *c* candidate tokens; memory
    ///   O(longest reference sentence × longest candidate sentence).
    public mutating func rougeLsum(reference: TokenizedText, candidate: TokenizedText) -> RougeScore {
        let m = reference.tokens.count
        let n = candidate.tokens.count
        guard m > 0, n > 0 else { return .zero }
        if reference.sentenceEnds.count == 1, candidate.sentenceEnds.count == 1 {
            // One sentence each: the union is one LCS, and every token of a common subsequence
            // has an unused occurrence on both sides, so hits = LCS length: ROUGE-L exactly.
            return rougeL(reference: reference.tokens[...], candidate: candidate.tokens[...])
        }
        // Token counts in dense arrays indexed by id (ids are small and dense), reset after use.
        var largest: Int32 = 0
        for token in reference.tokens where token > largest { largest = token }
        for token in candidate.tokens where token > largest { largest = token }
        if referenceCounts.count <= Int(largest) {
            referenceCounts = [Int32](repeating: 0, count: Int(largest) + 1)
            candidateCounts = referenceCounts
        }
        for token in reference.tokens { referenceCounts[Int(token)] += 1 }
        for token in candidate.tokens { candidateCounts[Int(token)] += 1 }
        let candidateSentences = candidate.sentences
        var hits = 0
        var inUnion: [Bool] = []
        swap(&inUnion, &self.inUnion)
        defer { swap(&inUnion, &self.inUnion) }
        for sentence in reference.sentences {
            if inUnion.count < sentence.count { inUnion = [Bool](repeating: false, count: sentence.count) }
            for index in 0..<sentence.count { inUnion[index] = false }
            for other in candidateSentences { markLCS(sentence, other, into: &inUnion) }
            for offset in 0..<sentence.count where inUnion[offset] {
                let token = Int(sentence[sentence.startIndex + offset])
                if candidateCounts[token] > 0, referenceCounts[token] > 0 {
                    hits += 1
                    candidateCounts[token] -= 1
                    referenceCounts[token] -= 1
                }
            }
        }
        for token in reference.tokens { referenceCounts[Int(token)] = 0 }
        for token in candidate.tokens { candidateCounts[Int(token)] = 0 }
        return RougeScore(precision: Double(hits) / Double(n), recall: Double(hits) / Double(m))
    }

    /// Marks, in `mask` (indexed like `reference`), the reference positions of one LCS with `candidate`.
    mutating func markLCS(_ reference: ArraySlice<Int32>, _ candidate: ArraySlice<Int32>, into mask: inout [Bool]) {
        let rows = reference.count
        let columns = candidate.count
        guard rows > 0, columns > 0 else { return }
        let width = columns + 1
        let size = (rows + 1) * width
        if table.count < size { table = [Int32](repeating: 0, count: size) }
        table.withUnsafeMutableBufferPointer { t in
            for j in 0...columns { t[j] = 0 }
            let r0 = reference.startIndex
            let c0 = candidate.startIndex
            for i in 1...rows {
                t[i * width] = 0
                let x = reference[r0 + i - 1]
                for j in 1...columns {
                    if x == candidate[c0 + j - 1] {
                        t[i * width + j] = t[(i - 1) * width + j - 1] + 1
                    } else {
                        let up = t[(i - 1) * width + j]
                        let left = t[i * width + j - 1]
                        t[i * width + j] = up > left ? up : left
                    }
                }
            }
            // rouge-score's _backtrack_norec: match, else left when strictly greater, else up.
            var i = rows
            var j = columns
            while i > 0, j > 0 {
                if reference[r0 + i - 1] == candidate[c0 + j - 1] {
                    mask[i - 1] = true
                    i -= 1
                    j -= 1
                } else if t[i * width + j - 1] > t[(i - 1) * width + j] {
                    j -= 1
                } else {
                    i -= 1
                }
            }
        }
    }
}
