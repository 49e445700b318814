/// ROUGE-N: clipped n-gram overlap between a candidate and a reference.
///
/// Each n-gram of token ids is packed into one 64-bit key; both key lists are sorted and
/// merged, counting `min(count in reference, count in candidate)` per n-gram as rouge-score's
/// `_score_ngrams` does. Precision divides by `max(candidate n-grams, 1)` and recall by
/// `max(reference n-grams, 1)`, so an empty side scores 0, not NaN.
///
/// - Complexity: O((*r* + *c*) log(*r* + *c*)) for *r* reference and *c* candidate tokens.
public enum NGramOverlap {
    /// ROUGE-N of `candidate` against `reference` (n = 1 or 2; larger n hash the n-gram).
    public static func score(n: Int, reference: ArraySlice<Int32>, candidate: ArraySlice<Int32>) -> RougeScore {
        var referenceKeys = keys(n: n, reference)
        var candidateKeys = keys(n: n, candidate)
        let overlap = clippedOverlap(&referenceKeys, &candidateKeys)
        let precision = Double(overlap) / Double(max(candidateKeys.count, 1))
        let recall = Double(overlap) / Double(max(referenceKeys.count, 1))
        return RougeScore(precision: precision, recall: recall)
    }

    /// One key per n-gram: ids packed for n ≤ 2, a 64-bit mix above (collisions negligible).
    static func keys(n: Int, _ tokens: ArraySlice<Int32>) -> [UInt64] {
        guard n >= 1, tokens.count >= n else { return [] }
        let base = tokens.startIndex
        let count = tokens.count - n + 1
        return [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
            for offset in 0..<count {
                let start = base + offset
                var key: UInt64
                switch n {
                case 1: key = UInt64(UInt32(bitPattern: tokens[start]))
                case 2:
                    key =
                        UInt64(UInt32(bitPattern: tokens[start])) << 32 | UInt64(UInt32(bitPattern: tokens[start + 1]))
                default:
                    key = 0x9E37_79B9_7F4A_7C15
                    for k in 0..<n {
                        key = (key ^ UInt64(UInt32(bitPattern: tokens[start + k]))) &* 0xBF58_476D_1CE4_E5B9
                        key ^= key >> 31
                    }
                }
                buffer[offset] = key
            }
            initialized = count
        }
    }

    /// The multiset intersection size of two key lists (sorted in place).
    static func clippedOverlap(_ a: inout [UInt64], _ b: inout [UInt64]) -> Int {
        a.sort()
        b.sort()
        var i = 0
        var j = 0
        var overlap = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                overlap += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return overlap
    }
}
