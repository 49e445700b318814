import Foundation
import SharedTestSupport
import Testing

@testable import Glossary

@Suite("Batch glossary past its memory limit: article lists in a temporary file, shards merged from their files")
struct BatchGlossarySpillTests {
    /// Eight articles of real French text, all with the first text of ``RendererTests`` and
    /// every other one with the second too, and the shard each falls in, as a hash of ids would.
    static func articles() -> [ArticleGlossary] {
        let builder = ArticleGlossaryBuilder(matcher: GlossaryTestSupport.matcher, segmenter: nil)
        let (first, second) = (RendererTests.articles[0].text, RendererTests.articles[1].text)
        return (0..<8).map { index in
            builder.glossary(id: "n\(index + 1)", title: nil, text: index % 2 == 0 ? first : first + "\n\n" + second)
        }
    }
    static let shardOf = [0, 1, 1, 0, 0, 0, 1, 1]

    static func batch(spillingAbove limit: Int? = nil, directory: String? = nil) -> BatchGlossary {
        var batch = BatchGlossary(spillingAbove: limit, spillDirectory: directory)
        for article in articles() { batch.add(article, entries: GlossaryTestSupport.entries) }
        return batch
    }

    static func shards(spillingAbove limit: Int? = nil) -> [BatchGlossary] {
        var shards = [BatchGlossary(spillingAbove: limit), BatchGlossary(spillingAbove: limit)]
        for (index, article) in articles().enumerated() {
            shards[shardOf[index]].add(article, entries: GlossaryTestSupport.entries, ordinal: index + 1)
        }
        return shards
    }

    static func write(_ text: String, _ name: String) throws -> String {
        let path = ScratchFolder.root.appendingPathComponent("\(UUID().uuidString)-\(name)").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("lists spilled at every article, or now and then, give the in-memory glossary in every format")
    func spilledEqualsInMemory() throws {
        let memory = Self.batch()
        #expect(memory.spilled.isEmpty)
        for limit in [1, 300] {
            let spilled = Self.batch(spillingAbove: limit)
            #expect(spilled.spillFailure == nil)
            // Some term's articles are in the file, and a frequent one's in several runs.
            #expect(spilled.spilled.values.contains { $0.count > 1 })
            #expect(spilled.buffered <= limit + 200)
            for format in BatchGlossaryFormat.allCases {
                #expect(try format.render(spilled) == format.render(memory))
            }
        }
        // A term in all eight articles comes back whole, in batch order.
        let all = try Self.batch(spillingAbove: 1).allTerms().first { $0.articles.count == 8 }
        #expect(all?.articles == (1...8).map { "n\($0)" })
    }

    @Test("a shard's spilled lists keep their input positions; merged in memory, they interleave as before")
    func spilledShards() throws {
        let memory = Self.shards()
        let spilled = Self.shards(spillingAbove: 1)
        for index in 0..<2 {
            #expect(
                try BatchGlossaryFormat.jsonl.render(spilled[index]) == BatchGlossaryFormat.jsonl.render(memory[index]))
        }
        #expect(try BatchGlossaryFormat.jsonl.render(spilled[0]).contains("\"ordinals\":[1,4,5,6]"))
        // Shard 1's articles go among shard 0's spilled ones: read back, then interleaved.
        var merged = spilled[0]
        try merged.merge(spilled[1])
        #expect(
            try BatchGlossaryFormat.jsonl.render(merged.withoutOrdinals)
                == BatchGlossaryFormat.jsonl.render(Self.batch()))
    }

    @Test("a spill folder that cannot be written keeps the lists in memory, says why, and the output is the same")
    func spillFailure() throws {
        let batch = Self.batch(spillingAbove: 1, directory: "/nonexistent-precis-folder")
        #expect(batch.spillFailure?.contains("/nonexistent-precis-folder") == true)
        #expect(batch.spilled.isEmpty)
        #expect(try BatchGlossaryFormat.md.render(batch) == BatchGlossaryFormat.md.render(Self.batch()))
    }

    @Test("shards merged from their files, in either order, give the single run's glossary in every format")
    func mergerEqualsSingleRun() throws {
        let texts = try Self.shards().map { try BatchGlossaryFormat.jsonl.render($0) }
        let paths = try texts.enumerated().map { try Self.write($1, "shard-\($0).jsonl") }
        let whole = Self.batch()
        for order in [paths, paths.reversed()] {
            var refused: [String] = []
            let merger = BatchGlossaryMerger(shards: order) { refused.append($0.description) }
            #expect(refused.isEmpty)
            #expect(merger.termCount == whole.termCount)
            #expect(merger.occurrences == whole.occurrences)
            for format in BatchGlossaryFormat.allCases {
                #expect(try format.render(merger) == format.render(whole))
            }
        }
        // Contiguous parts (no positions), given in batch order, are concatenated.
        var parts = [BatchGlossary(), BatchGlossary()]
        for (index, article) in Self.articles().enumerated() {
            parts[index < 3 ? 0 : 1].add(article, entries: GlossaryTestSupport.entries)
        }
        let partPaths = try parts.enumerated().map {
            try Self.write(BatchGlossaryFormat.jsonl.render($1), "part-\($0).jsonl")
        }
        let merger = BatchGlossaryMerger(shards: partPaths) { _ in Issue.record("refused") }
        #expect(try BatchGlossaryFormat.jsonl.render(merger) == BatchGlossaryFormat.jsonl.render(whole))
    }

    @Test("a shard given twice stops the merge; a file out of order, not JSON or missing is left out with its line")
    func mergerRefusals() throws {
        let texts = try Self.shards().map { try BatchGlossaryFormat.jsonl.render($0) }
        let paths = try texts.enumerated().map { try Self.write($1, "shard-\($0).jsonl") }
        let twice = BatchGlossaryMerger(shards: paths + [paths[1]]) { _ in Issue.record("refused") }
        #expect {
            try twice.forEachTerm { _ in }
        } throws: { error in
            "\(error)".contains("a shard given twice?") && "\(error)".contains(paths[1])
        }
        // A term whose French differs between two glossaries: of different lexicons.
        let renamed = try Self.write(
            texts[1].replacingOccurrences(of: "\"fr\":\"garde à vue\"", with: "\"fr\":\"garde à vue bis\""),
            "renamed.jsonl")
        #expect(try String(contentsOfFile: renamed, encoding: .utf8) != texts[1])
        let lexicons = BatchGlossaryMerger(shards: [paths[0], renamed]) { _ in Issue.record("refused") }
        #expect {
            try lexicons.forEachTerm { _ in }
        } throws: { error in
            "\(error)".contains("has another French term in \(paths[0])")
        }
        // The same lines backwards: out of the glossary's order.
        let lines = texts[0].split(separator: "\n")
        #expect(lines.count > 2)
        let backwards = try Self.write(lines.reversed().joined(separator: "\n") + "\n", "backwards.jsonl")
        let broken = try Self.write(String(lines[0]) + "\n{\"id\": \n", "broken.jsonl")
        var refused: [String] = []
        let merger = BatchGlossaryMerger(shards: [paths[0], backwards, broken, "/nonexistent.jsonl"]) {
            refused.append($0.description)
        }
        #expect(merger.paths == [paths[0]])
        #expect(refused.count == 3)
        #expect(refused[0].hasPrefix("\(backwards):2: error:") && refused[0].contains("out of the glossary's order"))
        #expect(refused[1].hasPrefix("\(broken):2: error: not a JSON object"))
        #expect(refused[2].hasPrefix("/nonexistent.jsonl:0: error: cannot open"))
        #expect(
            try BatchGlossaryFormat.jsonl.render(merger)
                == texts[0].replacingOccurrences(
                    of: #",\"ordinals\":\[[0-9,]*\]"#, with: "", options: .regularExpression))
    }
}
