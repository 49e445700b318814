import Batch
import Foundation
import Scoring
import Testing

@Suite("Pairing candidates with references")
struct EvaluationCorpusTests {
    func write(_ lines: [String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("precis-\(UUID().uuidString).jsonl")
            .path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("ids on one side only are errors naming both files, or warnings with allowMissing")
    func missing() throws {
        let references = try write([#"{"id": "a", "summary": "x"}"#, #"{"id": "b", "summary": "y"}"#])
        let candidates = try write([#"{"id": "a", "summary": "x"}"#, #"{"id": "c", "summary": "z"}"#])
        let options = TextSet.Options(textField: "summary")
        for allow in [false, true] {
            let corpus = EvaluationCorpus.pair(
                references: [TextSet.read(references, options: options)],
                candidates: TextSet.read(candidates, options: options),
                allowMissing: allow)
            #expect(corpus.documents.map(\.id) == ["a"])
            #expect(corpus.hasErrors == !allow)
            let messages = corpus.diagnostics.map(\.description)
            #expect(messages.count == 2)
            #expect(messages.allSatisfy { $0.contains(references) && $0.contains(candidates) })
            #expect(messages.contains { $0.hasPrefix("\(candidates):2:") && $0.contains("'c'") })
            #expect(messages.contains { $0.hasPrefix("\(references):2:") && $0.contains("'b'") })
        }
    }

    @Test("duplicate ids, broken lines and wrong fields are errors at their line")
    func badLines() throws {
        let references = try write([
            #"{"id": "a", "summary": "x"}"#, #"{"id": "a", "summary": "y"}"#, "{broken", #"{"id": "d", "summary": 3}"#,
        ])
        let corpus = EvaluationCorpus.pair(
            references: [TextSet.read(references, options: TextSet.Options(textField: "summary"))],
            candidates: TextSet.read(references, options: TextSet.Options(textField: "summary")), allowMissing: true)
        let errors = corpus.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors.contains("\(references):2: error: duplicate id 'a' (first at \(references):1)"))
        #expect(errors.contains("\(references):3: error: not a JSON object"))
        #expect(errors.contains("\(references):4: error: field 'summary' must be a string or a list of strings"))
    }

    @Test("several reference sets and list fields add references")
    func severalReferences() throws {
        let first = try write([#"{"id": "a", "summary": ["x", "y"]}"#])
        let second = try write([#"{"id": "a", "summary": "z"}"#])
        let options = TextSet.Options(textField: "summary")
        let corpus = EvaluationCorpus.pair(
            references: [TextSet.read(first, options: options), TextSet.read(second, options: options)],
            candidates: TextSet.read(second, options: options), allowMissing: false)
        #expect(corpus.documents.first?.references == ["x", "y", "z"])
        #expect(!corpus.hasErrors)
    }
}
