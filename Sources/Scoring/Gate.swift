/// Quality gates for CI: floors on corpus F1 and limits on significant regressions.
public struct Gate: Sendable, Equatable {
    /// One condition.
    public enum Rule: Sendable, Equatable, CustomStringConvertible {
        /// Corpus F1 of the metric must be at least the value, between 0 and 1 (`--min rouge2=0.12`).
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

        /// Parses `metric=value` (`rouge2=0.12`), or `nil`; ``init(parsing:minimum:)`` says why not.
        public static func parse(_ text: String, minimum: Bool) -> Rule? {
            try? Rule(parsing: text, minimum: minimum)
        }

        /// Parses `metric=value`: a floor on F1 (`rouge2=0.12`, between 0 and 1) when `minimum`,
        /// else a largest drop in ROUGE points (`rouge1=0.5`, at least 0).
        public init(parsing text: String, minimum: Bool) throws(ParseError) {
            let parts = text.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let metric = RougeMetric(rawValue: String(parts[0])) else {
                throw .syntax(text, minimum: minimum)
            }
            guard let value = Double(parts[1]), value.isFinite, value >= 0 else {
                throw .value(text, minimum: minimum)
            }
            // F1 is a fraction; a floor above 1 is ROUGE points (the unit of --max-drop and of
            // published tables) and would make the gate fail whatever the scores.
            if minimum && value > 1 { throw .floorAboveOne(text, metric: metric, value: value) }
            self = minimum ? .minimum(metric, value) : .maximumDrop(metric, value)
        }
    }

    /// Why a rule's text could not be parsed; the description names the expected form and unit.
    public enum ParseError: Error, Equatable, CustomStringConvertible {
        /// Not `metric=value` with a known metric.
        case syntax(String, minimum: Bool)
        /// The value is not a finite number at least 0.
        case value(String, minimum: Bool)
        /// A floor above 1: F1 is between 0 and 1, so the value is most likely ROUGE points.
        case floorAboveOne(String, metric: RougeMetric, value: Double)

        public var description: String {
            switch self {
            case .syntax(let text, let minimum):
                "expected metric=\(minimum ? "value" : "points") with metric rouge1, rouge2, rougeL or rougeLsum: '\(text)'"
            case .value(let text, let minimum):
                minimum
                    ? "expected an F1 between 0 and 1 (rouge2=0.12): '\(text)'"
                    : "expected ROUGE points, at least 0 (rouge1=0.5): '\(text)'"
            case .floorAboveOne(let text, let metric, let value):
                "expected an F1 between 0 and 1, not ROUGE points: '\(text)'"
                    + (value <= 100
                        ? " (for \(Format.plain(value)) points, \(metric.rawValue)=\(Self.fraction(value)))" : "")
                    + "; --max-drop is the option in points"
            }
        }

        /// ROUGE points as an F1 with at most four decimals, as the table prints it: 33.3 → `0.333`.
        static func fraction(_ points: Double) -> String {
            // Format.plain(points / 100) would show binary noise (0.33299999999999996).
            var text = Format.fixed(points / 100, 4)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text
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
