/// Is system A's corpus score different from system B's on the same documents? Seeded tests.
///
/// Both tests take per-document scores of the two systems, paired by document.
/// - Paired bootstrap (Koehn 2004): resample documents; the p-value is the share of resamples
///   where the mean difference does not have the observed sign (one-sided, add-one smoothed).
/// - Approximate randomization (Noreen 1989; Riezler and Maxwell 2005): swap the two systems'
///   scores of each document with probability ½; the p-value is the share of shuffles whose
///   absolute mean difference reaches the observed one (two-sided, add-one smoothed).
public struct Significance: Sendable {
    /// Resamples (bootstrap) and shuffles (randomization).
    public var trials: Int
    public var seed: UInt64

    public init(trials: Int = 1000, seed: UInt64 = 12345) {
        self.trials = trials
        self.seed = seed
    }

    /// The outcome of comparing A with B on one value.
    public struct Result: Sendable, Equatable {
        /// mean(A) − mean(B).
        public var difference: Double
        /// Paired bootstrap p-value (one-sided, in the observed direction).
        public var bootstrapP: Double
        /// Approximate randomization p-value (two-sided).
        public var randomizationP: Double
    }

    /// Compares per-document values of A and B (same length, same documents, same order).
    public func compare(_ a: [Double], _ b: [Double]) -> Result {
        let count = min(a.count, b.count)
        guard count > 0, trials > 0 else { return Result(difference: 0, bootstrapP: 1, randomizationP: 1) }
        let deltas = (0..<count).map { a[$0] - b[$0] }
        let observed = deltas.reduce(0, +) / Double(count)
        var generator = SplitMix64(seed: seed)
        var against = 0
        for _ in 0..<trials {
            var sum = 0.0
            for _ in 0..<count { sum += deltas[generator.below(count)] }
            let mean = sum / Double(count)
            if observed > 0 ? mean <= 0 : (observed < 0 ? mean >= 0 : true) { against += 1 }
        }
        var generator2 = SplitMix64(seed: seed ^ 0x5DEE_CE66_D1CE_4E5B)
        var extreme = 0
        let threshold = abs(observed) - 1e-12
        for _ in 0..<trials {
            var sum = 0.0
            for delta in deltas { sum += generator2.coin() ? -delta : delta }
            if abs(sum / Double(count)) >= threshold { extreme += 1 }
        }
        return Result(
            difference: observed, bootstrapP: Double(against + 1) / Double(trials + 1),
            randomizationP: Double(extreme + 1) / Double(trials + 1))
    }
}
