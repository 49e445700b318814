/// The values of every ``Feature`` for one sentence, stored in the order of `Feature.allCases`.
///
/// A dictionary keyed by feature hashed every read and write, a large share of the scoring
/// time; a fixed array indexed by the feature's ordinal costs nothing, and the weighted sum
/// below runs in the order of `Feature.allCases`, so its bits are the same in every run.
public struct FeatureVector: Sendable, Equatable {
    /// Values by ordinal; empty for sentences that are not candidates (title, noise).
    public private(set) var values: [Double]

    /// An empty vector: the sentence was not scored.
    public init() { values = [] }

    /// A vector with every feature at `value`.
    public init(repeating value: Double) { values = Array(repeating: value, count: Feature.allCases.count) }

    /// Values read from a dictionary; a missing feature is 0.
    public init(_ dictionary: [Feature: Double]) {
        self.init(repeating: 0)
        for (feature, value) in dictionary { values[feature.ordinal] = value }
    }

    /// Whether the sentence was scored.
    public var isEmpty: Bool { values.isEmpty }

    /// A feature's value (0 in an empty vector); setting one in an empty vector creates it.
    public subscript(feature: Feature) -> Double {
        get { values.isEmpty ? 0 : values[feature.ordinal] }
        set {
            if values.isEmpty { values = Array(repeating: 0, count: Feature.allCases.count) }
            values[feature.ordinal] = newValue
        }
    }

    /// The weighted sum of the features, in the order of `Feature.allCases`.
    public func dot(_ weights: FeatureVector) -> Double {
        guard !values.isEmpty, !weights.values.isEmpty else { return 0 }
        var sum = 0.0
        for index in values.indices { sum += weights.values[index] * values[index] }
        return sum
    }
}

extension Feature {
    /// The feature's position in `Feature.allCases`, the index of its value in a ``FeatureVector``.
    ///
    /// A switch rather than a lookup: no hashing. A test checks it against `allCases`.
    public var ordinal: Int {
        switch self {
        case .first: return 0
        case .second: return 1
        case .third: return 2
        case .positionDecay: return 3
        case .paragraphStart: return 4
        case .paragraphDecay: return 5
        case .entities: return 6
        case .acronyms: return 7
        case .titles: return 8
        case .centrality: return 9
        case .titleOverlap: return 10
        case .length: return 11
        case .short: return 12
        case .quotation: return 13
        case .question: return 14
        case .summaryWorthiness: return 15
        case .dates: return 16
        case .afterLede: return 17
        case .secondLength: return 18
        }
    }
}
