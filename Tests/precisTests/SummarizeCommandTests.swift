import Foundation
import SharedTestSupport
import Testing

@Suite("precis summarize, end to end")
struct SummarizeCommandTests {
    @Test("a scraped example: JSONL with its explanation (noise, label, features, contributions)")
    func explained() throws {
        let result = try CLI.run(["summarize", "--explain", "Examples/articles/02-maroc-dgst-espagne.txt"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        // Rules are named by their line in cleanup.tsv, which moves whenever a rule is added
        // above: the snapshot keeps the file's name and the rule's kind, and the summarizer's
        // tests check that each line named holds a rule of the sentence's kind.
        let rules = try NSRegularExpression(pattern: #""rule":"cleanup\.tsv:[0-9]+""#)
        let stdout = rules.stringByReplacingMatches(
            in: result.stdout, range: NSRange(result.stdout.startIndex..., in: result.stdout),
            withTemplate: #""rule":"cleanup.tsv:N""#)
        try CLI.assertSnapshot(stdout, named: "summarize-02-explain.jsonl")
    }

    @Test("the example batch as Markdown, and as HTML with highlights and score bars")
    func renderers() throws {
        let markdown = try CLI.run(["summarize", "--format", "markdown", "Examples/articles.jsonl"])
        #expect(markdown.status == 0)
        try CLI.assertSnapshot(markdown.stdout, named: "summarize-batch.md")
        let page = ScratchFolder.root.appendingPathComponent("precis-\(UUID().uuidString).html")
        let html = try CLI.run([
            "summarize", "--words", "40", "--html", page.path, "Examples/articles/06-onu-cessez-le-feu.txt",
        ])
        #expect(html.status == 0)
        try CLI.assertSnapshot(try String(contentsOf: page, encoding: .utf8), named: "summarize-06-words40.html")
    }

    @Test("budget options are validated")
    func validation() throws {
        let both = try CLI.run(["summarize", "--sentences", "2", "--words", "40"], stdin: Array("Texte.".utf8))
        #expect(both.status == 64)
        #expect(both.stderr.contains("give one budget"))
        let ratio = try CLI.run(["summarize", "--ratio", "1.5"], stdin: Array("Texte.".utf8))
        #expect(ratio.status == 64)
        // A negative number is a value to refuse, not an unknown option.
        let negative = try CLI.run(["summarize", "--words", "-3"], stdin: Array("Texte.".utf8))
        #expect(negative.status == 64)
        #expect(negative.stderr.contains("--words must be at least 1"))
        let jobs = try CLI.run(["summarize", "--jobs", "-1"], stdin: Array("Texte.".utf8))
        #expect(jobs.stderr.contains("--jobs must be at least 1"))
    }

    @Test("a weights file without a feature's row is refused at its path, not read as a weight of 0")
    func weightsFileComplete() throws {
        let shipped = try String(
            contentsOf: CLI.root.appendingPathComponent("Lexicons/fr/summary-weights.tsv"), encoding: .utf8)
        let edited = shipped.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("title_overlap\t") }.joined(separator: "\n")
        let path = ScratchFolder.root.appendingPathComponent("weights-\(UUID().uuidString).tsv")
        try edited.write(to: path, atomically: true, encoding: .utf8)
        let text = Array("Le préfet a pris un arrêté. Les rassemblements sont interdits.".utf8)
        let refused = try CLI.run(["summarize", "--weights", path.path], stdin: text)
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("no weight for 'title_overlap'"))
        #expect(refused.stderr.contains(path.path + ":"))
    }

    @Test("empty and unpunctuated articles get a reason code, not silence")
    func reasonCodes() throws {
        let input = """
            {"id": "vide", "title": "Rien", "text": ""}
            {"id": "bruit", "text": "Par Jean Dupont\\nDR"}
            {"id": "sans-point", "text": "un texte sans aucune ponctuation ni majuscule qui continue encore"}
            """
        let result = try CLI.run(["summarize"], stdin: Array(input.utf8))
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines[0].contains("\"warnings\":[\"empty-text\"]"))
        #expect(lines[1].contains("\"warnings\":[\"no-usable-sentence\"]"))
        #expect(lines[2].contains("\"summary\":\"un texte sans aucune ponctuation"))
    }
}
