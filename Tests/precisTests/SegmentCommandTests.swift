import Foundation
import SharedTestSupport
import Testing

@Suite("precis segment, end to end")
struct SegmentCommandTests {
    @Test("an example article: JSONL with scalar offsets and paragraphs")
    func article() throws {
        let result = try CLI.run(["segment", "Examples/articles/06-onu-cessez-le-feu.txt"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        try CLI.assertSnapshot(result.stdout, named: "segment-06-onu.jsonl")
    }

    @Test("offsets in UTF-8 and UTF-16 point at the same sentences as scalar offsets")
    func offsetUnits() throws {
        let text = "Alerte 🚨 à Rabat : la DGSN enquête. « Tout est calme », dit-il."
        var sentences: [String: [[Int]]] = [:]
        for unit in ["scalar", "utf8", "utf16"] {
            let result = try CLI.run(["segment", "--offsets", unit], stdin: Array(text.utf8))
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let list = object?["sentences"] as? [[String: Any]] ?? []
            sentences[unit] = list.map { [$0["start"] as? Int ?? -1, $0["end"] as? Int ?? -1] }
        }
        #expect(sentences["scalar"] == [[0, 35], [36, 63]])
        #expect(sentences["utf16"] == [[0, 36], [37, 64]])
        #expect(sentences["utf8"] == [[0, 40], [41, 70]])
    }

    @Test("a bad batch: each reject on stderr with file:line, the rest written, exit 1")
    func badBatch() throws {
        let result = try CLI.run(["segment", "--jobs", "2", "Tests/precisTests/Fixtures/bad-batch.jsonl"])
        #expect(result.status == 1)
        try CLI.assertSnapshot(result.stdout, named: "segment-bad-batch.stdout.jsonl")
        try CLI.assertSnapshot(result.stderr, named: "segment-bad-batch.stderr.txt")
    }

    @Test("--strict rejects invalid UTF-8 instead of repairing it")
    func strict() throws {
        let result = try CLI.run(["segment", "--strict", "Tests/precisTests/Fixtures/bad-batch.jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Tests/precisTests/Fixtures/bad-batch.jsonl:5: error: invalid UTF-8 at byte 25"))
        #expect(!result.stdout.contains("\"utf8\""))
    }

    @Test("output is byte-identical whatever --jobs, and --output writes the same bytes")
    func deterministic() throws {
        let one = try CLI.run(["segment", "--jobs", "1", "Examples/articles.jsonl"])
        let four = try CLI.run(["segment", "--jobs", "4", "Examples/articles.jsonl"])
        #expect(one.status == 0)
        #expect(one.stdout == four.stdout)
        let file = ScratchFolder.root.appendingPathComponent("precis-\(UUID().uuidString).jsonl")
        let written = try CLI.run(["segment", "Examples/articles", "--output", file.path])
        #expect(written.status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).split(separator: "\n").count == 8)
    }

    @Test("a malformed lexicon stops the run with file:line and status 65")
    func malformedLexicon() throws {
        let directory = ScratchFolder.root.appendingPathComponent("precis-lex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("fr"), withIntermediateDirectories: true)
        try "abbreviation\tclass\tnote\nM.\tnever\n".write(
            to: directory.appendingPathComponent("fr/abbreviations.tsv"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["segment", "--lexicons", directory.path], stdin: Array("Un texte.".utf8))
        #expect(result.status == 65)
        #expect(
            result.stderr == "precis: error: \(directory.path)/fr/abbreviations.tsv:2: expected 3 columns, found 2\n")
    }

    @Test("empty input and a 2 MB line without punctuation")
    func degenerate() throws {
        let empty = try CLI.run(["segment"], stdin: [])
        #expect(empty.status == 0)
        let long = String(repeating: "sans ponctuation ", count: 120_000)
        let result = try CLI.run(["segment", "--input-format", "text"], stdin: Array(long.utf8))
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("{\"id\":\"stdin\",\"sentences\":[{\"start\":0,\"end\":2039999,"))
    }

    @Test("benchmark segment: a missing or empty corpus exits 74, --repeat 0 is a usage error")
    func benchmarkInputs() throws {
        let missing = try CLI.run(["benchmark", "segment", "--corpus", "/nonexistent/corpus.txt"])
        #expect(missing.status == 74)
        #expect(missing.stderr.contains("cannot read /nonexistent/corpus.txt"))
        let empty = ScratchFolder.root.appendingPathComponent("precis-\(UUID().uuidString).txt")
        try Data().write(to: empty)
        let nothing = try CLI.run(["benchmark", "segment", "--corpus", empty.path])
        #expect(nothing.status == 74)
        #expect(nothing.stderr.contains("is empty: nothing to measure"))
        let zero = try CLI.run(["benchmark", "segment", "--corpus", "Examples/articles.jsonl", "--repeat", "0"])
        #expect(zero.status == 64)
    }

    @Test("stdin is JSONL when its first line opens an object with a key; a text that starts with { is text")
    func stdinSniffing() throws {
        let text = try CLI.run(["segment"], stdin: Array("{Mise à jour} Le ministre est arrivé. Il a parlé.".utf8))
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("{\"id\":\"stdin\",\"sentences\":[{\"start\":0,\"end\":37,"))
        let records = try CLI.run(["segment"], stdin: Array("{ \"id\": \"a\", \"text\": \"Le ministre.\"}\n".utf8))
        #expect(records.status == 0)
        #expect(records.stdout.hasPrefix("{\"id\":\"a\","))
        // A file's extension in capitals is still JSONL.
        let upper = ScratchFolder.root.appendingPathComponent("precis-\(UUID().uuidString).JSONL")
        try "{\"id\": \"b\", \"text\": \"Le préfet a parlé.\"}\n".write(to: upper, atomically: true, encoding: .utf8)
        let file = try CLI.run(["segment", upper.path])
        #expect(file.stdout.hasPrefix("{\"id\":\"b\","))
    }
}

@Suite("precis normalize and tokenize, end to end")
struct TextCommandsTests {
    @Test("normalize: typography made consistent, as JSONL")
    func normalize() throws {
        let result = try CLI.run(["normalize", "Tests/precisTests/Fixtures/typography.txt"])
        #expect(result.status == 0)
        try CLI.assertSnapshot(result.stdout, named: "normalize-typography.jsonl")
    }

    @Test("normalize: NFKC and case folding as text")
    func normalizeFolded() throws {
        let result = try CLI.run(
            ["normalize", "--form", "nfkc", "--case-fold", "--format", "text"],
            stdin: Array("La DGSN ﬁnance l’État".utf8))
        #expect(result.stdout == "la dgsn finance l'état\n")
    }

    @Test("tokenize: elisions, compounds and stems")
    func tokenize() throws {
        let result = try CLI.run(
            ["tokenize"], stdin: Array("L’OTAN a dénoncé les cyberattaques contre l'État et le cessez-le-feu.".utf8))
        #expect(result.status == 0)
        try CLI.assertSnapshot(result.stdout, named: "tokenize-otan.jsonl")
    }
}
