import Foundation
import SharedTestSupport
import Testing

/// A scratch folder with a batch of real French articles (the bundled examples, twice over
/// with new ids) plus a broken line.
struct EngineScratch {
    let path: String
    let input: String

    init() throws {
        path = ScratchFolder.root.appendingPathComponent("precis-engine-\(UUID().uuidString)").path
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
        // A run stopped at the broken sixth line keeps five lines, then it is cut mid-line, as a
        // killed run may be.
        let stopped = try CLI.run(["segment", "--on-error", "fail", scratch.input, "-o", scratch.file("resumed.jsonl")])
        #expect(stopped.status == 1)
        let lines = full.split(separator: "\n", omittingEmptySubsequences: false)
        let partial = try #require(FileHandle(forWritingAtPath: scratch.file(".resumed.jsonl.partial")))
        try partial.seekToEnd()
        try partial.write(contentsOf: Data(lines[5].prefix(40).utf8))
        try partial.close()
        let resumed = try CLI.run(["segment", "--resume", scratch.input, "-o", scratch.file("resumed.jsonl")])
        #expect(resumed.status == 1)
        #expect(resumed.stderr.contains("5 already written (resumed)"))
        #expect(try scratch.read("resumed.jsonl") == full)
        #expect(!FileManager.default.fileExists(atPath: scratch.file(".resumed.jsonl.partial")))
        #expect(!FileManager.default.fileExists(atPath: scratch.file(".resumed.jsonl.partial.run")))
    }

    @Test("--resume refuses the partial output of another command, other options or another input, or with an id twice")
    func resumeRefusals() throws {
        let scratch = try EngineScratch()
        func stop(_ arguments: [String], _ name: String) throws {
            let stopped = try CLI.run(arguments + ["--on-error", "fail", scratch.input, "-o", scratch.file(name)])
            #expect(stopped.status == 1)
        }
        try stop(["tokenize"], "a.jsonl")
        let otherCommand = try CLI.run(["segment", "--resume", scratch.input, "-o", scratch.file("a.jsonl")])
        #expect(otherCommand.status == 74)
        #expect(otherCommand.stderr.contains("written by another command, other options or another shard"))
        try stop(["segment"], "b.jsonl")
        let otherOptions = try CLI.run([
            "segment", "--offsets", "utf8", "--resume", scratch.input, "-o", scratch.file("b.jsonl"),
        ])
        #expect(otherOptions.status == 74)
        #expect(otherOptions.stderr.contains("another command, other options"))
        // The same command and options on another input: the partial's lines are not its records.
        let other = scratch.file("other.jsonl")
        try """
        {"id": "autre-1", "text": "Le tribunal correctionnel de Lille a rendu son jugement. Trois prévenus ont été relaxés."}
        {"id": "autre-2", "text": "La préfecture a levé l'arrêté. Les manifestations sont de nouveau autorisées."}
        """.write(toFile: other, atomically: true, encoding: .utf8)
        let otherInput = try CLI.run(["segment", "--resume", other, "-o", scratch.file("b.jsonl")])
        #expect(otherInput.status == 74)
        #expect(otherInput.stderr.contains("5 lines of the partial output are not records of this input"))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("b.jsonl")))
        // A line twice in the partial output.
        try stop(["segment"], "c.jsonl")
        let partial = scratch.file(".c.jsonl.partial")
        let kept = try String(contentsOfFile: partial, encoding: .utf8)
        try (kept + kept.prefix { $0 != "\n" } + "\n").write(toFile: partial, atomically: true, encoding: .utf8)
        let twice = try CLI.run(["segment", "--resume", scratch.input, "-o", scratch.file("c.jsonl")])
        #expect(twice.status == 74)
        #expect(twice.stderr.contains("is twice in the partial output"))
        // A partial output without the record of its run (another version of precis).
        try FileManager.default.removeItem(atPath: partial + ".run")
        let unknown = try CLI.run(["segment", "--resume", scratch.input, "-o", scratch.file("c.jsonl")])
        #expect(unknown.status == 74)
        #expect(unknown.stderr.contains("no record of the run that wrote it"))
    }

    @Test("a resumed shard does again the lines its ordinals lost, and merges into the single run's output")
    func resumeShardOrdinals() throws {
        let scratch = try EngineScratch()
        let single = try CLI.run(["segment", scratch.input])
        let stopped = try CLI.run([
            "segment", "--shard", "0/2", "--on-error", "fail", scratch.input, "-o", scratch.file("s-0.jsonl"),
        ])
        #expect(stopped.status == 1)
        // Ordinals one line short of the output, as a shard killed between two writes could leave them.
        let ordinals = scratch.file(".s-0.jsonl.ordinals.partial")
        let kept = try String(contentsOfFile: ordinals, encoding: .utf8).split(separator: "\n")
        #expect(kept.count >= 2)
        try (kept.dropLast().joined(separator: "\n") + "\n").write(toFile: ordinals, atomically: true, encoding: .utf8)
        let resumed = try CLI.run([
            "segment", "--shard", "0/2", "--resume", scratch.input, "-o", scratch.file("s-0.jsonl"),
        ])
        #expect(resumed.status == 1)
        #expect(resumed.stderr.contains("\(kept.count - 1) already written (resumed)"))
        _ = try CLI.run(["segment", "--shard", "1/2", scratch.input, "-o", scratch.file("s-1.jsonl")])
        let merge = try CLI.run([
            "merge", scratch.file("s-0.jsonl"), scratch.file("s-1.jsonl"), "-o", scratch.file("m.jsonl"),
        ])
        #expect(merge.status == 0)
        #expect(try scratch.read("m.jsonl") == single.stdout)
    }

    @Test("-o through a symbolic link replaces the file it names and keeps the link; -o /dev/stdout is stdout")
    func outputThroughLink() throws {
        let scratch = try EngineScratch()
        try "an older output\n".write(toFile: scratch.file("target.jsonl"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: scratch.file("link.jsonl"), withDestinationPath: "target.jsonl")
        let single = try CLI.run(["segment", scratch.input])
        let linked = try CLI.run(["segment", scratch.input, "-o", scratch.file("link.jsonl")])
        #expect(linked.status == 1)
        let kind =
            try FileManager.default.attributesOfItem(atPath: scratch.file("link.jsonl"))[.type] as? FileAttributeType
        #expect(kind == .typeSymbolicLink)
        #expect(try scratch.read("target.jsonl") == single.stdout)
        let standardOutput = try CLI.run(["segment", scratch.input, "-o", "/dev/stdout"])
        #expect(standardOutput.stdout == single.stdout)
        #expect(!FileManager.default.fileExists(atPath: "/dev/stdout.manifest.json"))
    }

    @Test("outputs that would overwrite one another, or whose folder is missing, are refused before any work")
    func sideOutputsChecked() throws {
        let scratch = try EngineScratch()
        let out = scratch.file("out.jsonl")
        let refusals: [([String], String)] = [
            (["summarize", "--html", out], "--html \(out) is also --output"),
            (["summarize", "--rejects", out], "--rejects \(out) is also --output"),
            (["summarize", "--html", scratch.file("missing/page.html")], "no folder"),
            (["summarize", "--resume", "--html", scratch.file("page.html")], "--resume cannot write --html"),
            (["summarize", "--format", "markdown", "--shard", "0/2"], "a shard run needs JSONL output"),
            (["normalize", "--format", "text", "--resume"], "--resume needs JSONL output"),
            (["glossary", "--batch-glossary", out], "--batch-glossary \(out) is also --output"),
            (["digest", "--brief", out], "--brief \(out) is also --output"),
        ]
        for (arguments, message) in refusals {
            let result = try CLI.run(arguments + [scratch.input, "-o", out])
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: out))
        _ = try CLI.run(["segment", "--shard", "0/2", scratch.input, "-o", scratch.file("p-0.jsonl")])
        _ = try CLI.run(["segment", "--shard", "1/2", scratch.input, "-o", scratch.file("p-1.jsonl")])
        let overShard = try CLI.run([
            "merge", scratch.file("p-0.jsonl"), scratch.file("p-1.jsonl"), "-o", scratch.file("p-0.jsonl"),
        ])
        #expect(overShard.status == 64)
        #expect(overShard.stderr.contains("is the shard"))
    }

    @Test("merge refuses a shard output edited since its run, and ordinals that repeat or are not numbers")
    func mergeChecksShards() throws {
        let scratch = try EngineScratch()
        for index in 0..<2 {
            _ = try CLI.run(["segment", "--shard", "\(index)/2", scratch.input, "-o", scratch.file("q-\(index).jsonl")])
        }
        let merge = {
            try CLI.run(["merge", scratch.file("q-0.jsonl"), scratch.file("q-1.jsonl"), "-o", scratch.file("q.jsonl")])
        }
        let ordinalsPath = scratch.file("q-1.jsonl.ordinals")
        let ordinals = try String(contentsOfFile: ordinalsPath, encoding: .utf8)
        let first = String(ordinals.prefix { $0 != "\n" })
        // The first ordinal of shard 0 given to shard 1's first line as well.
        let shard0First = try String(contentsOfFile: scratch.file("q-0.jsonl.ordinals"), encoding: .utf8).prefix {
            $0 != "\n"
        }
        try (shard0First + ordinals.dropFirst(first.count)).write(
            toFile: ordinalsPath, atomically: true, encoding: .utf8)
        let repeated = try merge()
        #expect(repeated.status == 2)
        #expect(repeated.stderr.contains("is in two shard outputs"))
        try ("x" + ordinals.dropFirst(first.count)).write(toFile: ordinalsPath, atomically: true, encoding: .utf8)
        let notNumber = try merge()
        #expect(notNumber.status == 2)
        #expect(notNumber.stderr.contains("q-1.jsonl.ordinals:1: not an ordinal"))
        // Ordinals out of input order, or one missing: refused, and the merge, streamed line by
        // line, leaves neither an output nor its partial file.
        let lines = ordinals.split(separator: "\n")
        try ([lines[1], lines[0]] + lines.dropFirst(2)).map { $0 + "\n" }.joined().write(
            toFile: ordinalsPath, atomically: true, encoding: .utf8)
        let backwards = try merge()
        #expect(backwards.status == 2)
        #expect(backwards.stderr.contains("q-1.jsonl.ordinals:2: ordinal \(lines[0]) after \(lines[1])"))
        try lines.dropLast().map { $0 + "\n" }.joined().write(toFile: ordinalsPath, atomically: true, encoding: .utf8)
        let short = try merge()
        #expect(short.status == 2)
        #expect(short.stderr.contains("q-1.jsonl: more lines than ordinals (line \(lines.count))"))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("q.jsonl")))
        #expect(!FileManager.default.fileExists(atPath: scratch.file(".q.jsonl.partial")))
        try ordinals.write(toFile: ordinalsPath, atomically: true, encoding: .utf8)
        let output = try scratch.read("q-1.jsonl")
        try output.replacingOccurrences(of: "\"text\":\"", with: "\"text\":\"Édité. ").write(
            toFile: scratch.file("q-1.jsonl"), atomically: true, encoding: .utf8)
        let edited = try merge()
        #expect(edited.status == 2)
        #expect(edited.stderr.contains("q-1.jsonl is not the output its run wrote"))
        try output.write(toFile: scratch.file("q-1.jsonl"), atomically: true, encoding: .utf8)
        #expect(try merge().status == 0)
    }

    @Test("a rejected record does not lose the HTML page of the articles summarized")
    func htmlDespiteRejects() throws {
        let scratch = try EngineScratch()
        let result = try CLI.run([
            "summarize", "--html", scratch.file("page.html"), scratch.input, "-o", scratch.file("out.jsonl"),
        ])
        #expect(result.status == 1)  // the broken line
        let page = try scratch.read("page.html")
        let written = try scratch.read("out.jsonl").split(separator: "\n").count
        #expect(page.components(separatedBy: "<section>").count - 1 == written)
    }

    @Test("an output that cannot be written is named, with the system's reason, and exits 74")
    func fullDevice() throws {
        let scratch = try EngineScratch()
        let full = try CLI.run(["segment", scratch.input, "-o", "/dev/full"])
        #expect(full.status == 74)
        #expect(full.stderr.contains("precis: error: /dev/full: cannot write: No space left on device"))
    }

    @Test(
        "a stderr that cannot be written does not stop the batch: the output is whole, the status says the rejects",
        .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func fullStandardError() throws {
        let scratch = try EngineScratch()
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["segment", scratch.input, "-o", scratch.file("out.jsonl")]
        process.standardError = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)  // the broken line, reported to nowhere
        let single = try CLI.run(["segment", scratch.input])
        #expect(try scratch.read("out.jsonl") == single.stdout)
    }

    @Test("a null title is no title, as precis writes it, in every command that reads titles")
    func nullTitle() throws {
        let scratch = try EngineScratch()
        let input = scratch.file("null-title.jsonl")
        try """
        {"id": "n1", "title": null, "text": "La gendarmerie a démantelé un réseau de trafic de stupéfiants. Onze personnes ont été interpellées."}
        """.write(toFile: input, atomically: true, encoding: .utf8)
        for command in ["summarize", "glossary", "digest"] {
            let result = try CLI.run([command, input])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stdout.contains("\"id\":\"n1\""), "\(command)")
        }
    }

    @Test("a record in another language is a warning with file:line in every French command, and in its output")
    func otherLanguages() throws {
        let input = "Tests/precisTests/Fixtures/languages.jsonl"
        for command in ["segment", "tokenize", "summarize", "glossary", "digest"] {
            let result = try CLI.run([command, input])
            // A warning, not a reject: the record is processed and the status stays 0.
            #expect(result.status == 0, "\(command): \(result.stderr)")
            let warnings = result.stderr.split(separator: "\n").filter { $0.contains("not-french") }
            #expect(warnings.count == 2, "\(command): \(result.stderr)")
            #expect(warnings.first?.hasPrefix("\(input):2: warning: not-french: reads as English (en, ") == true)
            #expect(warnings.last?.hasPrefix("\(input):3: warning: not-french: reads as Spanish (es, ") == true)
            #expect(result.stderr.contains("precis: 3 written, 0 rejected, 2 warnings"), "\(command)")
            let lines = result.stdout.split(separator: "\n")
            #expect(lines.count == 3)
            #expect(!lines[0].contains("not-french"), "\(command)")
            #expect(lines[1].contains("\"warnings\":[\"not-french: reads as English (en, "), "\(command)")
            #expect(lines[2].contains("not-french: reads as Spanish (es, "), "\(command)")
            let unchecked = try CLI.run([command, "--no-language-check", input])
            #expect(unchecked.status == 0)
            #expect(!unchecked.stderr.contains("not-french"), "\(command)")
            #expect(!unchecked.stdout.contains("not-french"), "\(command)")
        }
        // The analyst's brief says it under the article's heading.
        let scratch = try EngineScratch()
        let brief = scratch.file("brief.md")
        #expect(try CLI.run(["digest", input, "--brief", brief]).status == 0)
        let markdown = try scratch.read("brief.md")
        #expect(markdown.contains("## en-checkpoint\n\n_Warning: not-french: reads as English (en, "))
        #expect(!markdown.contains("## fr-garde-a-vue\n\n_Warning"))
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
        // The page and the brief, written as the batch goes, are not left half-written.
        for (command, option, name) in [("summarize", "--html", "page.html"), ("digest", "--brief", "brief.md")] {
            let stopped = try CLI.run([
                command, "--on-error", "fail", scratch.input, "-o", scratch.file(command + ".jsonl"), option,
                scratch.file(name),
            ])
            #expect(stopped.status == 1)
            #expect(!FileManager.default.fileExists(atPath: scratch.file(name)), "\(command)")
            #expect(!FileManager.default.fileExists(atPath: scratch.file("." + name + ".partial")), "\(command)")
        }
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
