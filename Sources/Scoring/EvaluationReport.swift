import Batch

/// Everything an evaluation produced, for the renderers.
public struct EvaluationReport: Sendable {
    public var signature: RougeSignature
    public var corpus: CorpusScores
    public var documents: [DocumentResult]
    public var comparison: BaselineComparison?
    /// Gate failures, one line each (empty when the gate passed or there is none).
    public var gateFailures: [String]
    /// The gate's rules, for JUnit.
    public var gate: Gate?
    /// Candidates with no token: scored 0 and counted here.
    public var emptyCandidates: Int { documents.reduce(0) { $0 + ($1.isEmpty ? 1 : 0) } }

    public init(
        signature: RougeSignature, corpus: CorpusScores, documents: [DocumentResult], comparison: BaselineComparison?,
        gate: Gate?, gateFailures: [String]
    ) {
        self.signature = signature
        self.corpus = corpus
        self.documents = documents
        self.comparison = comparison
        self.gate = gate
        self.gateFailures = gateFailures
    }

    /// The confidence level as a percentage label: `95%`.
    var confidenceLabel: String { Format.plain(signature.bootstrap.confidence * 100) + "%" }

    /// "1 document", "2 documents".
    static func count(_ value: Int, _ noun: String) -> String { "\(value) \(noun)\(value == 1 ? "" : "s")" }

    /// Display names of the metrics.
    static func title(_ metric: RougeMetric) -> String {
        switch metric {
        case .rouge1: "ROUGE-1"
        case .rouge2: "ROUGE-2"
        case .rougeL: "ROUGE-L"
        case .rougeLsum: "ROUGE-Lsum"
        }
    }
}
