import Foundation
import SharedTestSupport
import Testing

@Suite("precis digest, end to end")
struct DigestCommandTests {
    @Test("an example article: summary, glossed summary and glossary in one line; the Markdown brief")
    func example() throws {
        let brief = ScratchFolder.root.appendingPathComponent("precis-\(UUID().uuidString).md")
        let result = try CLI.run(["digest", "Examples/articles/02-maroc-dgst-espagne.txt", "--brief", brief.path])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let glossed = object?["summary_glossed"] as? String ?? ""
        // The lede, though a scraper glued "Diaporama" to it.
        #expect(glossed.hasPrefix("Les éléments du Bureau central d'investigations judiciaires [Central Bureau"))
        let terms = (object?["terms"] as? [[String: Any]] ?? []).compactMap { $0["fr"] as? String }
        #expect(terms.contains("Direction générale de la sûreté nationale"))
        #expect(try String(contentsOf: brief, encoding: .utf8).hasPrefix("# Précis: digest\n\n## Terrorisme"))
    }

    @Test("a term's first sentence is prose: not the repeated title, a \"Lire aussi\" link nor a caption")
    func examplesFromProse() throws {
        let result = try CLI.run(["digest", "Evaluation/summarization/outlets/articles.jsonl"])
        #expect(result.status == 0)
        let page = try #require(result.stdout.split(separator: "\n").first { $0.contains("\"id\":\"lemonde-1\"") })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(page.utf8)) as? [String: Any])
        var examples: [String: String] = [:]
        for term in object["terms"] as? [[String: Any]] ?? [] {
            if let fr = term["fr"] as? String { examples[fr] = term["first_sentence"] as? String }
        }
        // Before: the repeated title, the caption and a "Lire aussi" link.
        #expect(examples["otage"]?.hasPrefix("Libération d’un otage") == false)
        #expect(examples["base aérienne"]?.hasPrefix("L’appareil s’est posé peu avant minuit") == true)
        #expect(examples["rançon"] == "Paris répète depuis des années qu’il ne verse pas de rançon.")
    }

    @Test("a title over two lines stays one heading in the brief")
    func briefHeading() throws {
        let brief = ScratchFolder.root.appendingPathComponent("precis-\(UUID().uuidString).md")
        let record = """
            {"id": "t", "title": "Garde à vue prolongée\\npour les deux suspects", "text": "Le parquet a prolongé la garde à vue. Les deux suspects seront présentés à un juge."}
            """
        let result = try CLI.run(["digest", "--brief", brief.path], stdin: Array(record.utf8))
        #expect(result.status == 0)
        #expect(
            try String(contentsOf: brief, encoding: .utf8).contains(
                "\n## Garde à vue prolongée pour les deux suspects\n"))
    }

    @Test("--resume with --brief is refused up front: the lines already written cannot rebuild the brief")
    func resumeBrief() throws {
        let output = ScratchFolder.root.appendingPathComponent("precis-\(UUID().uuidString).jsonl")
        let result = try CLI.run([
            "digest", "Examples/articles.jsonl", "-o", output.path, "--resume", "--brief", output.path + ".md",
        ])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--resume cannot rebuild --brief"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("the digest of the batch is the same whatever --jobs")
    func deterministic() throws {
        let one = try CLI.run(["digest", "--jobs", "1", "Examples/articles.jsonl"])
        let two = try CLI.run(["digest", "--jobs", "2", "Examples/articles.jsonl"])
        #expect(one.status == 0)
        #expect(one.stdout == two.stdout)
        #expect(one.stdout.split(separator: "\n").count == 8)
    }
}
