import Batch
import Foundation
import Scoring
import SharedTestSupport
import Testing

/// Golden files for every renderer, on the fixtures of Tests/precisTests/Fixtures/rouge
/// (four French documents, one with two references, one empty candidate, and a baseline).
/// `PRECIS_RECORD_SNAPSHOTS=1 swift test` re-records them.
@Suite("Renderers: golden snapshots")
struct RendererSnapshotTests {
    static func report(gate: Gate? = Gate(rules: [.minimum(.rouge2, 0.5), .maximumDrop(.rougeL, 0.5)])) throws
        -> EvaluationReport
    {
        let fixtures = TestSupport.root.appendingPathComponent("Tests/precisTests/Fixtures/rouge").path
        let options = TextSet.Options(textField: "summary")
        let references = TextSet.read(fixtures + "/references.jsonl", options: options)
        let corpus = EvaluationCorpus.pair(
            references: [references], candidates: TextSet.read(fixtures + "/candidates.jsonl", options: options),
            allowMissing: false)
        let baselineCorpus = EvaluationCorpus.pair(
            references: [references], candidates: TextSet.read(fixtures + "/baseline.jsonl", options: options),
            allowMissing: false)
        let profile = try TestSupport.profile(.french)
        let evaluator = Evaluator(profile: profile, rule: .max, jobs: 1)
        let results = try evaluator.evaluate(corpus.documents).results
        let bootstrap = Bootstrap(samples: 200, seed: 12345)
        let comparison = BaselineComparison(
            candidates: results, baseline: try evaluator.evaluate(baselineCorpus.documents).results,
            significance: Significance(trials: 200, seed: 12345), bootstrap: bootstrap)
        let corpusScores = CorpusScores(results, bootstrap: bootstrap)
        let signature = RougeSignature(
            tokenizer: try profile.makeTokenizer().settings, rule: .max, bootstrap: bootstrap, version: "test")
        return EvaluationReport(
            signature: signature, corpus: corpusScores, documents: results, comparison: comparison, gate: gate,
            gateFailures: gate?.failures(corpus: corpusScores, comparison: comparison) ?? [])
    }

    @Test("table")
    func table() throws { try assertSnapshot(TableRenderer.render(try Self.report()), named: "report.txt") }

    @Test("JSON")
    func json() throws {
        let bytes = JSONReportRenderer.render(try Self.report())
        let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
        #expect((object?["documents"] as? [Any])?.count == 4)
        try assertSnapshot(String(decoding: bytes, as: UTF8.self), named: "report.json")
    }

    @Test("CSV")
    func csv() throws { try assertSnapshot(CSVRenderer.render(try Self.report()), named: "report.csv") }

    @Test("Markdown")
    func markdown() throws { try assertSnapshot(MarkdownRenderer.render(try Self.report()), named: "report.md") }

    @Test("JUnit XML")
    func junit() throws { try assertSnapshot(JUnitRenderer.render(try Self.report()), named: "report.junit.xml") }

    @Test("HTML with SVG plots")
    func html() throws {
        let html = HTMLRenderer.render(try Self.report())
        #expect(html.components(separatedBy: "<svg ").count - 1 == 6)
        try assertSnapshot(html, named: "report.html")
    }

    /// Compares `actual` with `Tests/ScoringTests/Snapshots/name` (``Snapshot/assert(_:named:in:sourceLocation:)``).
    func assertSnapshot(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        throws
    {
        try Snapshot.assert(
            actual, named: name, in: TestSupport.root.appendingPathComponent("Tests/ScoringTests/Snapshots"),
            sourceLocation: sourceLocation)
    }
}
