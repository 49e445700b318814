/// Quality gates for CI: floors on corpus F1 and limits on significant regressions.
public struct Gate: Sendable, Equatable {
    /// One condition.
    public enum Rule: Sendable, Equatable, CustomStringConvertible {
        /// Corpus F1 of the metric must be at least the value (`--min rouge2=0.12`).
        case minimum(RougeMetric, Double)
        /// Corpus F1 may not fall more than the value, in ROUGE points (F1 × 100), below the
        /// baseline's when the drop is significant (`--max-drop rouge1=0.5`).
        case maximumDrop(RougeMetric, Double)

        public var description: String {
            switch self {
            case .minimum(let metric, let value): "min \(metric.rawValue)=\(value)"
            case .maximumDrop(let metric, let value): "max-drop \(metric.rawValue)=\(value)"
            }
        }

        /// Parses `metric=value` (`rouge2=0.12`).
        public static func parse(_ text: String, minimum: Bool) -> Rule? {
            let parts = text.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let metric = RougeMetric(rawValue: String(parts[0])),
                let value = Double(parts[1]), value.isFinite, value >= 0
            else { return nil }
            return minimum ? .minimum(metric, value) : .maximumDrop(metric, value)
        }
    }

    public var rules: [Rule]
    /// The significance level of regressions (approximate randomization p-value).
    public var alpha: Double

    public init(rules: [Rule], alpha: Double = 0.05) {
        self.rules = rules
        self.alpha = alpha
    }

    /// One line per failed rule; empty when the gate passes.
    public func failures(corpus: CorpusScores, comparison: BaselineComparison?) -> [String] {
        var failures: [String] = []
        for rule in rules {
            switch rule {
            case .minimum(let metric, let floor):
                let f1 = corpus[metric].mean.f1
                if !(f1 >= floor) {
                    failures.append("\(metric.rawValue) F1 \(Format.fixed(f1, 4)) < \(Format.plain(floor)) (--min)")
                }
            case .maximumDrop(let metric, let points):
                guard let comparison, let test = comparison.tests[metric] else {
                    failures.append("\(metric.rawValue): --max-drop needs --baseline")
                    continue
                }
                let drop = -test.difference * 100
                if drop > points, test.randomizationP < alpha {
                    failures.append(
                        "\(metric.rawValue) F1 dropped \(Format.fixed(drop, 2)) points below the baseline "
                            + "(> \(Format.plain(points)), p = \(Format.fixed(test.randomizationP, 4)) < \(Format.plain(alpha)))"
                    )
                }
            }
        }
        return failures
    }
}
