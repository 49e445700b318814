/// Corpus scores: per metric, the mean precision, recall and F1 over documents, with
/// bootstrap intervals.
public struct CorpusScores: Sendable {
    /// One metric's corpus values.
    public struct Entry: Sendable, Equatable {
        public var mean: RougeScore
        /// Bootstrap intervals of each value, when bootstrapping.
        public var low: RougeScore?
        public var high: RougeScore?
    }

    public var entries: [RougeMetric: Entry]
    /// The number of documents.
    public var documents: Int

    public subscript(_ metric: RougeMetric) -> Entry {
        entries[metric] ?? Entry(mean: .zero, low: nil, high: nil)
    }

    /// Means (documents in order, summed left to right) and intervals.
    public init(_ results: [DocumentResult], bootstrap: Bootstrap) {
        documents = results.count
        entries = [:]
        let resamples = bootstrap.resamples(count: results.count)
        for metric in RougeMetric.allCases {
            var mean = RougeScore.zero
            var low = RougeScore.zero
            var high = RougeScore.zero
            var intervals = !resamples.isEmpty
            for value in RougeScore.Value.allCases {
                let values = results.map { $0.scores[metric][value] }
                let average = values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
                let interval = bootstrap.interval(values, resamples: resamples)
                if interval == nil { intervals = false }
                switch value {
                case .precision:
                    mean.precision = average
                    low.precision = interval?.low ?? 0
                    high.precision = interval?.high ?? 0
                case .recall:
                    mean.recall = average
                    low.recall = interval?.low ?? 0
                    high.recall = interval?.high ?? 0
                case .f1:
                    mean.f1 = average
                    low.f1 = interval?.low ?? 0
                    high.f1 = interval?.high ?? 0
                }
            }
            entries[metric] = Entry(mean: mean, low: intervals ? low : nil, high: intervals ? high : nil)
        }
    }
}
