/// Precision, recall and F1 of one ROUGE metric.
public struct RougeScore: Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    public var f1: Double

    public init(precision: Double, recall: Double, f1: Double) {
        self.precision = precision
        self.recall = recall
        self.f1 = f1
    }

    /// Precision and recall, with F1 computed as rouge-score does (`2·p·r / (p + r)`, 0 when both are 0).
    public init(precision: Double, recall: Double) {
        self.init(precision: precision, recall: recall, f1: RougeScore.fMeasure(precision, recall))
    }

    /// All zero: an empty candidate or reference.
    public static let zero = RougeScore(precision: 0, recall: 0, f1: 0)

    /// The harmonic mean, evaluated in rouge-score's order so that results match to the bit.
    @inline(__always)
    public static func fMeasure(_ precision: Double, _ recall: Double) -> Double {
        precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }

    /// One of the three values.
    public subscript(_ value: Value) -> Double {
        switch value {
        case .precision: precision
        case .recall: recall
        case .f1: f1
        }
    }

    /// Names the three values.
    public enum Value: String, Sendable, CaseIterable {
        case precision, recall, f1
    }
}

/// The four ROUGE scores of one candidate against one reference.
public struct DocumentScores: Sendable, Equatable {
    public var rouge1: RougeScore
    public var rouge2: RougeScore
    public var rougeL: RougeScore
    public var rougeLsum: RougeScore

    public init(rouge1: RougeScore, rouge2: RougeScore, rougeL: RougeScore, rougeLsum: RougeScore) {
        self.rouge1 = rouge1
        self.rouge2 = rouge2
        self.rougeL = rougeL
        self.rougeLsum = rougeLsum
    }

    public static let zero = DocumentScores(rouge1: .zero, rouge2: .zero, rougeL: .zero, rougeLsum: .zero)

    public subscript(_ metric: RougeMetric) -> RougeScore {
        get {
            switch metric {
            case .rouge1: rouge1
            case .rouge2: rouge2
            case .rougeL: rougeL
            case .rougeLsum: rougeLsum
            }
        }
        set {
            switch metric {
            case .rouge1: rouge1 = newValue
            case .rouge2: rouge2 = newValue
            case .rougeL: rougeL = newValue
            case .rougeLsum: rougeLsum = newValue
            }
        }
    }
}
