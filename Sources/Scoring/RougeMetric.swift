/// The ROUGE variants Précis computes.
public enum RougeMetric: String, Sendable, CaseIterable, Hashable, Comparable {
    case rouge1, rouge2, rougeL, rougeLsum

    /// The n of an n-gram metric, or `nil` for the LCS metrics.
    public var n: Int? {
        switch self {
        case .rouge1: 1
        case .rouge2: 2
        case .rougeL, .rougeLsum: nil
        }
    }

    public static func < (lhs: RougeMetric, rhs: RougeMetric) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
