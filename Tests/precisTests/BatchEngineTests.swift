import Foundation
import Testing

/// A scratch folder with a batch of real French articles (the bundled examples, twice over
/// with new ids) plus a broken line.
struct EngineScratch {
    let path: String
    let input: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("precis-engine-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let examples = try String(
            contentsOf: CLI.root.appendingPathComponent("Examples/articles.jsonl"), encoding: .utf8)
        let lines = examples.split(separator: "\n")
        var batch = lines.map(String.init)
        batch += lines.map { $0.replacingOccurrences(of: "{\"id\": \"", with: "{\"id\": \"copy-") }
        batch.insert("{\"id\": \"broken", at: 5)
        input = path + "/batch.jsonl"
        try (batch.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
    }

    func file(_ name: String) -> String { path + "/" + name }
    func read(_ name: String) throws -> String { try String(contentsOfFile: file(name), encoding: .utf8) }
}

@Suite("The batch engine: shards, merge, resume, errors")
struct BatchEngineTests {
    @Test("three shards merged give the single run's output byte for byte")
    func shardsMerge() throws {
        let scratch = try EngineScratch()
        let single = try CLI.run(["summarize", scratch.input, "-o", scratch.file("single.jsonl")])
        #expect(single.status == 1)  // the broken line
        for index in 0..<3 {
            let shard = try CLI.run([
                "summarize", "--shard", "\(index)/3", scratch.input, "-o", scratch.file("part-\(index).jsonl"),
            ])
            #expect(shard.status == 1)
        }
        let merge = try CLI.run([
            "merge", scratch.file("part-1.jsonl"), scratch.file("part-0.jsonl"), scratch.file("part-2.jsonl"), "-o",
            scratch.file("merged.jsonl"),
        ])
        #expect(merge.status == 0)
        #expect(try scratch.read("merged.jsonl") == scratch.read("single.jsonl"))
        #expect(try scratch.read("single.jsonl").split(separator: "\n").count == 16)
    }

    @Test("the same shards through SLURM's environment, and merge refusing an incomplete or foreign set")
    func slurmAndRefusals() throws {
        let scratch = try EngineScratch()
        for index in 0..<2 {
            let shard = try CLI.run(
                ["segment", scratch.input, "-o", scratch.file("s-\(index).jsonl")],
                environment: ["SLURM_ARRAY_TASK_ID": "\(index)", "SLURM_ARRAY_TASK_COUNT": "2"])
            #expect(shard.status == 1)
        }
        let incomplete = try CLI.run(["merge", scratch.file("s-0.jsonl"), "-o", scratch.file("m.jsonl")])
        #expect(incomplete.status == 2)
        #expect(incomplete.stderr.contains("missing shards [\"1/2\"]"))
        _ = try CLI.run([
            "segment", "--offsets", "utf8", "--shard", "1/2", scratch.input, "-o", scratch.file("other-1.jsonl"),
        ])
        let foreign = try CLI.run([
            "merge", scratch.file("s-0.jsonl"), scratch.file("other-1.jsonl"), "-o", scratch.file("m.jsonl"),
        ])
        #expect(foreign.status == 2)
        #expect(foreign.stderr.contains("comes from a different run"))
        let both = try CLI.run([
            "merge", scratch.file("s-0.jsonl"), scratch.file("s-1.jsonl"), "-o", scratch.file("m.jsonl"),
        ])
        #expect(both.status == 0)
        let single = try CLI.run(["segment", scratch.input])
        #expect(try scratch.read("m.jsonl") == single.stdout)
    }

    @Test("--resume finishes an interrupted run without duplicates")
    func resume() throws {
        let scratch = try EngineScratch()
        _ = try CLI.run(["segment", scratch.input, "-o", scratch.file("full.jsonl")])
        let full = try scratch.read("full.jsonl")
        // An interrupted run: five complete lines and half of the sixth in the partial file.
        let lines = full.split(separator: "\n", omittingEmptySubsequences: false)
        let partial = lines.prefix(5).joined(separator: "\n") + "\n" + lines[5].prefix(40)
        try partial.write(toFile: scratch.file(".resumed.jsonl.partial"), atomically: true, encoding: .utf8)
        let resumed = try CLI.run(["segment", "--resume", scratch.input, "-o", scratch.file("resumed.jsonl")])
        #expect(resumed.status == 1)
        #expect(resumed.stderr.contains("5 already written (resumed)"))
        #expect(try scratch.read("resumed.jsonl") == full)
        #expect(!FileManager.default.fileExists(atPath: scratch.file(".resumed.jsonl.partial")))
    }

    @Test("--on-error fail stops at the first reject, keeps the partial output and writes the rejects file")
    func onErrorFail() throws {
        let scratch = try EngineScratch()
        let result = try CLI.run(
            [
                "segment", "--on-error", "fail", "--rejects", scratch.file("rejects.jsonl"), scratch.input, "-o",
                scratch.file("out.jsonl"),
            ])
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: scratch.file("out.jsonl")))
        #expect(FileManager.default.fileExists(atPath: scratch.file(".out.jsonl.partial")))
        let rejects = try scratch.read("rejects.jsonl")
        #expect(rejects.hasPrefix("{\"location\":\"\(scratch.input):6\",\"id\":null,\"message\":\"broken JSON line"))
    }

    @Test("--output-dir writes one file per article, hostile ids kept inside the folder")
    func outputDirectory() throws {
        let scratch = try EngineScratch()
        let hostile = scratch.file("hostile.jsonl")
        try """
        {"id": "../../evil", "text": "La DGSN enquête à Rabat. Huit personnes ont été interpellées."}
        {"id": "/etc/passwd", "text": "Le parquet a ouvert une information judiciaire. Deux suspects sont en garde à vue."}
        """.write(toFile: hostile, atomically: true, encoding: .utf8)
        let result = try CLI.run(
            [
                "summarize", "--format", "markdown", "--output-dir", scratch.file("out"), hostile, "-o",
                scratch.file("all.md"),
            ])
        #expect(result.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.file("out")).sorted()
        #expect(names.count == 2)
        #expect(names.allSatisfy { !$0.contains("/") && !$0.hasPrefix(".") && $0.hasSuffix(".md") })
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/../evil.md"))
    }
}
