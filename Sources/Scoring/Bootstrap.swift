/// Bootstrap confidence intervals of corpus means, seeded.
///
/// Each resample draws as many documents as the corpus holds, with replacement, and takes the
/// mean of each value over the drawn documents. F1 is the mean of the drawn documents' own F1
/// (computed inside the resample from each document's precision and recall), the same
/// definition as the corpus F1, never a harmonic mean of the interval ends. The interval is the
/// (1 − confidence)/2 and (1 + confidence)/2 percentiles of the resampled means, with linear
/// interpolation (numpy's default).
///
/// - Complexity: O(*samples* × *documents*) per value.
public struct Bootstrap: Sendable, Equatable {
    /// The number of resamples; 0 disables intervals.
    public var samples: Int
    /// The seed of ``SplitMix64``.
    public var seed: UInt64
    /// The interval's coverage, 0.95 by default.
    public var confidence: Double

    public init(samples: Int = 1000, seed: UInt64 = 12345, confidence: Double = 0.95) {
        self.samples = samples
        self.seed = seed
        self.confidence = confidence
    }

    /// The resampled index lists: the same for every value, so intervals are paired.
    public func resamples(count: Int) -> [[Int]] {
        guard count > 0, samples > 0 else { return [] }
        var generator = SplitMix64(seed: seed)
        return (0..<samples).map { _ in (0..<count).map { _ in generator.below(count) } }
    }

    /// The interval of the mean of `values` over `resamples`.
    public func interval(_ values: [Double], resamples: [[Int]]) -> (low: Double, high: Double)? {
        guard !resamples.isEmpty, !values.isEmpty else { return nil }
        let means = resamples.map { indices in indices.reduce(0.0) { $0 + values[$1] } / Double(indices.count) }
            .sorted()
        let tail = (1 - confidence) / 2
        return (Bootstrap.percentile(means, tail), Bootstrap.percentile(means, 1 - tail))
    }

    /// The `q` quantile (0…1) of sorted values, linear interpolation between closest ranks.
    public static func percentile(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let position = max(0, min(1, q)) * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        guard lower < sorted.count - 1 else { return sorted[sorted.count - 1] }
        return sorted[lower] + (sorted[lower + 1] - sorted[lower]) * (position - Double(lower))
    }
}
