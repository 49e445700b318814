/// The evaluated candidates against a baseline's (`--baseline`), document by document, on F1.
public struct BaselineComparison: Sendable {
    /// The baseline's per-document results, in the order of the candidates' documents.
    public var baseline: [DocumentResult]
    /// The baseline's corpus scores over the paired documents.
    public var baselineScores: CorpusScores
    /// The candidates' corpus scores over the same paired documents (without intervals): the
    /// column set beside ``baselineScores``, so that the two differ by the tests' difference even
    /// when some candidates have no baseline.
    public var systemScores: CorpusScores
    /// Per metric, the significance of candidates − baseline on F1.
    public var tests: [RougeMetric: Significance.Result]
    /// Ids scored for the candidates but not for the baseline (left out of the tests).
    public var unpaired: Int

    /// Pairs documents by id and runs both tests on each metric's F1.
    public init(
        candidates: [DocumentResult], baseline: [DocumentResult], significance: Significance, bootstrap: Bootstrap
    ) {
        var byID: [String: DocumentResult] = [:]
        for result in baseline { byID[result.id] = result }
        var pairedCandidates: [DocumentResult] = []
        var pairedBaseline: [DocumentResult] = []
        for result in candidates {
            guard let other = byID[result.id] else { continue }
            pairedCandidates.append(result)
            pairedBaseline.append(other)
        }
        self.baseline = pairedBaseline
        unpaired = candidates.count - pairedCandidates.count
        baselineScores = CorpusScores(pairedBaseline, bootstrap: bootstrap)
        systemScores = CorpusScores(pairedCandidates, bootstrap: Bootstrap(samples: 0))
        var tests: [RougeMetric: Significance.Result] = [:]
        for metric in RougeMetric.allCases {
            tests[metric] = significance.compare(
                pairedCandidates.map { $0.scores[metric].f1 }, pairedBaseline.map { $0.scores[metric].f1 })
        }
        self.tests = tests
    }

    /// The baseline's F1 of a document, by id.
    public func baselineF1(_ metric: RougeMetric) -> [String: Double] {
        Dictionary(baseline.map { ($0.id, $0.scores[metric].f1) }, uniquingKeysWith: { first, _ in first })
    }
}
