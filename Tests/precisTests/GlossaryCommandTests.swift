import Foundation
import SharedTestSupport
import Testing

@Suite("precis glossary and precis lexicon, end to end")
struct GlossaryCommandTests {
    static let lexicon = "Tests/precisTests/Fixtures/glossary-lexicon.tsv"
    static let articles = "Tests/precisTests/Fixtures/glossary-articles.jsonl"

    static func temporary(_ name: String) -> URL {
        ScratchFolder.root.appendingPathComponent("precis-\(UUID().uuidString)-\(name)")
    }

    @Test("per-article JSONL; malformed lexicon rows on stderr with file:line, the batch goes on")
    func articles() throws {
        let result = try CLI.run(["glossary", "--lexicon", Self.lexicon, Self.articles])
        #expect(result.status == 0)
        try CLI.assertSnapshot(result.stdout, named: "glossary-articles.jsonl")
        try CLI.assertSnapshot(result.stderr, named: "glossary-articles.stderr.txt")
    }

    @Test("first_sentence comes from prose: not the repeated title, a link, a caption nor a glued credit")
    func examplesFromProse() throws {
        let text = [
            "Société",
            "La DGSN renforce la sécurité des stades",
            "Par Nadia El Alaoui",
            "Lire aussi : La DGSN face à la cyberattaque de mars",
            "Un agent de la DGSN devant le stade de Rabat, le 3 mai 2025. AHMED SALMI / AFPLa Direction générale "
                + "de la sûreté nationale (DGSN) a annoncé lundi un dispositif inédit autour des stades.",
            "Le ministère de l'Intérieur coordonne l'ensemble avec les autorités locales.",
        ].joined(separator: "\n\n")
        let input = Self.temporary("page.jsonl")
        let record = try JSONSerialization.data(
            withJSONObject: ["id": "page", "title": "La DGSN renforce la sécurité des stades", "text": text])
        try (record + Data("\n".utf8)).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let result = try CLI.run(["glossary", "--lexicon", Self.lexicon, input.path])
        #expect(result.status == 0)
        let line = try #require(result.stdout.split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        var examples: [String: String] = [:]
        for term in object["terms"] as? [[String: Any]] ?? [] {
            if let id = term["id"] as? String { examples[id] = term["first_sentence"] as? String }
        }
        #expect(
            examples["t-dgsn"]
                == "La Direction générale de la sûreté nationale (DGSN) a annoncé lundi un dispositif inédit autour des stades."
        )
        // Found only in furniture: its first occurrence is the example.
        #expect(examples["t-cyberattaque"] == "Lire aussi : La DGSN face à la cyberattaque de mars")
        #expect(examples["t-min-int"] == "Le ministère de l'Intérieur coordonne l'ensemble avec les autorités locales.")
    }

    @Test("--gloss: the articles with English inline")
    func gloss() throws {
        let result = try CLI.run(["glossary", "--lexicon", Self.lexicon, "--gloss", Self.articles])
        #expect(result.status == 0)
        try CLI.assertSnapshot(result.stdout, named: "glossary-gloss.jsonl")
    }

    @Test("--batch-glossary in every format; merge of shards equals the single run")
    func batchAndMerge() throws {
        var formats: [String: String] = [:]
        var arguments = [
            "glossary", "--lexicon", Self.lexicon, Self.articles, "--output", Self.temporary("a.jsonl").path,
        ]
        for format in ["tsv", "csv", "tbx", "md", "jsonl"] {
            let path = Self.temporary("batch.\(format)").path
            formats[format] = path
            arguments += ["--batch-glossary", path]
        }
        let result = try CLI.run(arguments)
        #expect(result.status == 0)
        for (format, path) in formats.sorted(by: { $0.key < $1.key }) {
            try CLI.assertSnapshot(try String(contentsOfFile: path, encoding: .utf8), named: "glossary-batch.\(format)")
        }
        // The article lists written to a temporary file at every article: the same files.
        var spilledArguments = Array(arguments.prefix(4)) + ["--output", Self.temporary("s.jsonl").path]
        var spilled: [String: String] = [:]
        for format in formats.keys.sorted() {
            spilled[format] = Self.temporary("spilled.\(format)").path
            spilledArguments += ["--batch-glossary", spilled[format] ?? ""]
        }
        let spilledRun = try CLI.run(spilledArguments, environment: ["PRECIS_SPILL_BYTES": "1"])
        #expect(spilledRun.status == 0)
        for (format, path) in formats {
            #expect(
                try String(contentsOfFile: spilled[format] ?? "", encoding: .utf8)
                    == String(contentsOfFile: path, encoding: .utf8))
        }
        // Shards: each article alone, then merged in order.
        let lines = try String(contentsOfFile: Self.articles, encoding: .utf8).split(separator: "\n")
        var shards: [String] = []
        for (index, line) in lines.enumerated() {
            let input = Self.temporary("shard-\(index).jsonl")
            try (line + "\n").write(to: input, atomically: true, encoding: .utf8)
            let batch = Self.temporary("shard-\(index).batch.jsonl").path
            let shard = try CLI.run([
                "glossary", "--lexicon", Self.lexicon, input.path, "-o", "/dev/null", "--batch-glossary", batch,
            ])
            #expect(shard.status == 0)
            shards.append(batch)
        }
        let merged = try CLI.run(["glossary", "merge"] + shards)
        #expect(merged.status == 0)
        #expect(merged.stdout == (try String(contentsOfFile: formats["jsonl"] ?? "", encoding: .utf8)))
        let tbx = Self.temporary("merged.tbx").path
        _ = try CLI.run(["glossary", "merge"] + shards + ["-o", tbx])
        #expect(
            (try String(contentsOfFile: tbx, encoding: .utf8))
                == (try String(contentsOfFile: formats["tbx"] ?? "", encoding: .utf8)))
    }

    @Test("--shard i/N batch glossaries (records by hash) merge into the single run's; a shard given twice is refused")
    func hashShardsMerge() throws {
        let singleBatch = Self.temporary("single.batch.jsonl")
        let single = try CLI.run([
            "glossary", "--lexicon", Self.lexicon, Self.articles, "-o", Self.temporary("single.jsonl").path,
            "--batch-glossary", singleBatch.path,
        ])
        #expect(single.status == 0)
        var shards: [String] = []
        for index in 0..<3 {
            let batch = Self.temporary("hash-\(index).batch.jsonl").path
            // One shard keeps its lists in memory, the others write them to a temporary file.
            let shard = try CLI.run(
                [
                    "glossary", "--lexicon", Self.lexicon, "--shard", "\(index)/3", Self.articles,
                    "-o", Self.temporary("hash-\(index).jsonl").path, "--batch-glossary", batch,
                ], environment: index == 0 ? [:] : ["PRECIS_SPILL_BYTES": "1"])
            #expect(shard.status == 0)
            shards.append(batch)
        }
        // Out of shard order, too: the input positions decide.
        let merged = try CLI.run(["glossary", "merge"] + shards.reversed())
        #expect(merged.status == 0)
        #expect(merged.stdout == (try String(contentsOf: singleBatch, encoding: .utf8)))
        let fullest = try shards.max {
            try String(contentsOfFile: $0, encoding: .utf8).count < String(contentsOfFile: $1, encoding: .utf8).count
        }
        let twice = try CLI.run(["glossary", "merge"] + shards + [#require(fullest)])
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("a shard given twice?"))
    }

    @Test("output is byte-identical whatever --jobs")
    func deterministic() throws {
        let one = try CLI.run(["glossary", "--jobs", "1", "Examples/articles.jsonl"])
        let four = try CLI.run(["glossary", "--jobs", "4", "Examples/articles.jsonl"])
        #expect(one.status == 0)
        #expect(one.stdout == four.stdout)
        #expect(one.stdout.split(separator: "\n").count == 8)
    }

    @Test("bad input: invalid UTF-8 and broken records reported, a 10 MB article processed, the batch goes on")
    func badInput() throws {
        let result = try CLI.run(["glossary", "--lexicon", Self.lexicon, "Tests/precisTests/Fixtures/bad-batch.jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Tests/precisTests/Fixtures/bad-batch.jsonl:5: warning: invalid UTF-8"))
        #expect(result.stderr.contains("Tests/precisTests/Fixtures/bad-batch.jsonl:2: error:"))
        #expect(result.stdout.contains("\"id\":\"ok-1\""))
        // A 10 MB article (a file: stdin is slow in debug builds) with one term at its very end.
        let filler = String(repeating: "Un texte sans aucun terme du lexique, répété. ", count: 10_000_000 / 47 + 1)
        let big = Self.temporary("big.txt")
        try (filler + "Placé en garde à vue.").write(to: big, atomically: true, encoding: .utf8)
        let large = try CLI.run(["glossary", "--lexicon", Self.lexicon, big.path])
        #expect(large.status == 0)
        let count = filler.unicodeScalars.count + 9
        #expect(
            large.stdout.contains(
                "\"occurrences\":[{\"start\":\(count),\"end\":\(count + 11),\"surface\":\"garde à vue\"}]"))
    }

    @Test("an empty lexicon stops the run with status 65")
    func emptyLexicon() throws {
        let path = Self.temporary("empty.tsv")
        try "id\tfr\tvariants\ten\talternatives\tkind\tdomain\tstatus\tcountry\tcase\tnote\tsource\n".write(
            to: path, atomically: true, encoding: .utf8)
        let result = try CLI.run(["glossary", "--lexicon", path.path], stdin: Array("La DGSN.".utf8))
        #expect(result.status == 65)
        #expect(result.stderr == "\(path.path): error: the lexicon has no usable entry\n")
    }

    @Test(
        "the example article of ../shared yields its security terms",
        .enabled(
            if: FileManager.default.fileExists(
                atPath: CLI.root.deletingLastPathComponent().appendingPathComponent("shared/examples").path)))
    func sharedExample() throws {
        let path = CLI.root.deletingLastPathComponent().appendingPathComponent(
            "shared/examples/le360-2022-05-27-hammouchi-qatar.txt"
        ).path
        let result = try CLI.run(["glossary", path])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let terms = object?["terms"] as? [[String: Any]] ?? []
        var surfaces = Set<String>()
        for term in terms {
            for occurrence in term["occurrences"] as? [[String: Any]] ?? [] {
                surfaces.insert((occurrence["surface"] as? String ?? "").lowercased())
            }
        }
        // Longest match wins: "sécurité publique" may be found inside a longer title
        // ("directeur général de la sécurité publique"), which is right.
        for expected in [
            "dgsn", "dgst", "cybersécurité", "centre de commandement", "cyberattaques", "relations bilatérales",
            "ministère qatari de l'intérieur", "sécurité publique", "conseil des ministres", "défense civile",
            "salle des opérations",
        ] {
            #expect(surfaces.contains { $0.contains(expected) }, "missing \(expected)")
        }
        #expect(surfaces.contains("dgsn"), "the acronym defined in the text")
        #expect(!surfaces.contains("dr"), "the credit line 'DR' is not Democratic Republic")
    }

    @Test("lexicon check: problems with file:line on stdout, status 1")
    func check() throws {
        let result = try CLI.run(["lexicon", "check", "--lexicon", Self.lexicon])
        #expect(result.status == 1)
        try CLI.assertSnapshot(result.stdout, named: "lexicon-check.txt")
        #expect(result.stderr.contains("6 entries in 1 files; 2 errors"))
    }

    @Test("lexicon check on the repository's lexicon: no error")
    func checkRepository() throws {
        let result = try CLI.run(["lexicon", "check", "--quiet"])
        #expect(result.status == 0, "\(result.stdout)")
    }

    /// Runs `precis` with stdout sent to `/dev/full`, where every write fails with ENOSPC.
    static func runIntoFullDevice(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.currentDirectoryURL = CLI.root
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let error = Pipe()
        process.standardOutput = full
        process.standardError = error
        try process.run()
        let stderr = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }

    @Test(
        "stdout full: merge, import, check and a benchmark exit 74 and name what could not be written",
        .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func fullStdout() throws {
        let batch = Self.temporary("batch.jsonl")
        let run = try CLI.run([
            "glossary", "--lexicon", Self.lexicon, Self.articles, "-o", "/dev/null", "--batch-glossary", batch.path,
        ])
        #expect(run.status == 0)
        let tsv = Self.temporary("terms.tsv")
        try "fr\ten\ngarde à vue\tpolice custody\n".write(to: tsv, atomically: true, encoding: .utf8)
        for arguments in [
            ["glossary", "merge", batch.path], ["lexicon", "import", tsv.path],
            ["lexicon", "check", "--lexicon", Self.lexicon],
            ["benchmark", "segment", "--corpus", "Examples/articles.jsonl", "--repeat", "1"],
        ] {
            let result = try Self.runIntoFullDevice(arguments)
            #expect(result.status == 74, "\(arguments)")
            #expect(
                result.stderr.contains("precis: error: cannot write to stdout: No space left on device"),
                "\(arguments): \(result.stderr)")
        }
    }

    /// A lexicon with a Latin-1 row, a duplicate id and a conflicting rendering among good rows.
    static func flawedLexicon() throws -> URL {
        let rows = [
            "id\tfr\tvariants\ten\talternatives\tkind\tdomain\tstatus\tcountry\tcase\tnote\tsource",
            "t-prefet\tpréfet\t\tprefect\t\ttitle\tpolicing\tpreferred\tFR\tci\t\tfixture",
            "t-gendarmerie\tgendarmerie\t\tgendarmerie\t\tinstitution\tpolicing\tpreferred\tFR\tci\t\tfixture",
            "t-prefet\tgarde à vue\t\tpolice custody\t\tlegal\tjustice\tpreferred\tFR\tci\t\tfixture",
            "t-pandores\tgendarmerie\t\tmilitary police\t\tinstitution\tpolicing\tpreferred\tFR\tci\t\tfixture",
            "t-ordre\tforces de l'ordre\t\tlaw enforcement\t\tinstitution\tpolicing\tpreferred\tFR\tci\t\tfixture",
        ]
        var bytes = Array((rows.joined(separator: "\n") + "\n").utf8)
        // "réunion" saved in Latin-1 by a spreadsheet: é is the lone byte 0xE9.
        bytes +=
            Array("t-reunion\tr".utf8) + [0xE9]
            + Array("union\t\tmeeting\t\tterm\tgeneral\tpreferred\t\tci\t\tfixture\n".utf8)
        let path = Self.temporary("flawed.tsv")
        try Data(bytes).write(to: path)
        return path
    }

    @Test("a Latin-1 row, a duplicate id, a conflict: each reported and skipped, the rest of the lexicon used")
    func flawedLexiconRows() throws {
        let lexicon = try Self.flawedLexicon()
        defer { try? FileManager.default.removeItem(at: lexicon) }
        let path = lexicon.path
        let check = try CLI.run(["lexicon", "check", "--lexicon", path])
        #expect(check.status == 1)
        #expect(
            check.stdout == """
                \(path):4: error: duplicate id 't-prefet' (first at \(path):2)
                \(path):5: error: 'gendarmerie' (fr of 't-pandores') is also the fr of 't-gendarmerie' at \(path):3, rendered 'military police' here and 'gendarmerie' there (country FR)
                \(path):7: error: invalid UTF-8 at byte 494

                """)
        let text =
            "Le préfet a réuni les forces de l'ordre. La gendarmerie et le préfet ont fait le point sur la garde à vue."
        let result = try CLI.run(["glossary", "--lexicon", path], stdin: Array(text.utf8))
        #expect(result.status == 0)
        #expect(result.stderr.contains("\(path):7: error: invalid UTF-8 at byte 494"))
        #expect(result.stderr.contains("\(path):4: error: duplicate id 't-prefet'"))
        #expect(result.stderr.contains("\(path):5: error: 'gendarmerie' (fr of 't-pandores')"))
        #expect(result.stderr.hasSuffix("precis: lexicon: 3 rows skipped; see `precis lexicon check`\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let terms = (object["terms"] as? [[String: Any]] ?? []).map { "\($0["id"] ?? "")=\($0["en"] ?? "")" }
        #expect(terms == ["t-prefet=prefect", "t-ordre=law enforcement", "t-gendarmerie=gendarmerie"])
    }

    @Test("a rejected record does not lose the side outputs: --batch-glossary and digest --brief are written")
    func sideOutputsWithRejects() throws {
        let batch = Self.temporary("batch.tsv")
        let brief = Self.temporary("brief.md")
        defer {
            try? FileManager.default.removeItem(at: batch)
            try? FileManager.default.removeItem(at: brief)
        }
        let bad = "Tests/precisTests/Fixtures/bad-batch.jsonl"
        let glossary = try CLI.run(["glossary", bad, "-o", "/dev/null", "--batch-glossary", batch.path])
        #expect(glossary.status == 1)
        let rows = (try? String(contentsOf: batch, encoding: .utf8))?.split(separator: "\n") ?? []
        #expect(rows.contains("préfet\tprefect"))
        let digest = try CLI.run(["digest", bad, "-o", "/dev/null", "--brief", brief.path])
        #expect(digest.status == 1)
        #expect((try? String(contentsOf: brief, encoding: .utf8))?.hasPrefix("# Précis: digest\n\n## ") == true)
    }

    @Test("--resume rebuilds --batch-glossary from the lines already written: identical to one run")
    func resumedBatchGlossary() throws {
        // A broken record in the middle: --on-error fail stops there and leaves the partial
        // output of the four articles before it, as an interrupted run does.
        let lines = try String(contentsOfFile: "\(CLI.root.path)/Examples/articles.jsonl", encoding: .utf8)
            .split(separator: "\n")
        let input = Self.temporary("articles.jsonl")
        defer { try? FileManager.default.removeItem(at: input) }
        try (lines.prefix(4) + ["{\"id\": \"broken\", \"text\": 3}"] + lines.dropFirst(4)).joined(separator: "\n")
            .appending("\n").write(to: input, atomically: true, encoding: .utf8)
        let directory = Self.temporary("resume")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func run(_ name: String, _ extra: [String]) throws -> (status: Int32, output: String, batches: [String]) {
            let output = directory.appendingPathComponent("\(name).jsonl").path
            let batches = ["jsonl", "tsv", "tbx"].map { directory.appendingPathComponent("\(name)-batch.\($0)").path }
            let result = try CLI.run(
                ["glossary", input.path, "-o", output] + batches.flatMap { ["--batch-glossary", $0] } + extra)
            let written = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            return (result.status, written, batches.map { (try? String(contentsOfFile: $0, encoding: .utf8)) ?? "" })
        }
        let full = try run("full", [])
        #expect(full.status == 1)
        #expect(try run("resumed", ["--on-error", "fail"]).status == 1)
        let partial = directory.appendingPathComponent(".resumed.jsonl.partial").path
        #expect((try String(contentsOfFile: partial, encoding: .utf8)).split(separator: "\n").count == 4)
        let resumed = try run("resumed", ["--resume"])
        #expect(resumed.status == 1)
        #expect(resumed.output == full.output)
        #expect(full.batches[0].split(separator: "\n").count > 20)
        #expect(resumed.batches == full.batches)
        let glossed = try CLI.run([
            "glossary", input.path, "-o", Self.temporary("g.jsonl").path, "--gloss", "--resume", "--batch-glossary",
            Self.temporary("g.tsv").path,
        ])
        #expect(glossed.status == 64)
        #expect(glossed.stderr.contains("--resume cannot rebuild --batch-glossary with --gloss"))
    }

    @Test("a shard resumed with --batch-glossary keeps its articles' input positions: the merge is the single run's")
    func resumedShardBatchGlossary() throws {
        // A broken record near the end: with --on-error fail, a shard that meets it stops there
        // and leaves a partial output, as an interrupted shard does.
        let lines = try String(contentsOfFile: "\(CLI.root.path)/Examples/articles.jsonl", encoding: .utf8)
            .split(separator: "\n")
        let directory = Self.temporary("resume-shard")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("articles.jsonl").path
        try (lines.prefix(7) + ["{\"id\": \"broken\", \"text\": 3}"] + lines.dropFirst(7)).joined(separator: "\n")
            .appending("\n").write(toFile: input, atomically: true, encoding: .utf8)
        func file(_ name: String) -> String { directory.appendingPathComponent(name).path }
        let single = try CLI.run([
            "glossary", input, "-o", file("single.jsonl"), "--batch-glossary", file("single.batch.jsonl"),
        ])
        #expect(single.status == 1)
        func shard(_ index: Int, _ extra: [String]) throws -> CLI.Result {
            try CLI.run(
                [
                    "glossary", "--shard", "\(index)/2", input, "-o", file("s-\(index).jsonl"), "--batch-glossary",
                    file("s-\(index).batch.jsonl"),
                ] + extra)
        }
        var stopped = 0
        for index in 0..<2 {
            _ = try shard(index, ["--on-error", "fail"])
            let ordinals = file(".s-\(index).jsonl.ordinals.partial")
            guard FileManager.default.fileExists(atPath: ordinals) else { continue }
            stopped += 1
            // Ordinals one line short of the output, as a shard killed between two writes leaves them.
            let kept = try String(contentsOfFile: ordinals, encoding: .utf8).split(separator: "\n")
            #expect(kept.count >= 2)
            try (kept.dropLast().joined(separator: "\n") + "\n").write(
                toFile: ordinals, atomically: true, encoding: .utf8)
            let resumed = try shard(index, ["--resume"])
            #expect(resumed.status == 1)
            #expect(resumed.stderr.contains("\(kept.count - 1) already written (resumed)"))
        }
        #expect(stopped >= 1)
        let merged = try CLI.run(["glossary", "merge", file("s-1.batch.jsonl"), file("s-0.batch.jsonl")])
        #expect(merged.status == 0)
        #expect(merged.stdout == (try String(contentsOfFile: file("single.batch.jsonl"), encoding: .utf8)))
    }

    @Test("lexicon import: TBX to lexicon rows; XML with an external entity is refused")
    func importTBX() throws {
        let tbx = Self.temporary("terms.tbx")
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
        <conceptEntry id="gav"><langSec xml:lang="fr"><termSec><term>garde à vue</term></termSec></langSec>
        <langSec xml:lang="en"><termSec><term>police custody</term></termSec></langSec></conceptEntry>
        </body></text></tbx>
        """.write(to: tbx, atomically: true, encoding: .utf8)
        let result = try CLI.run(["lexicon", "import", tbx.path, "--source", "test", "--id-prefix", "x-"])
        #expect(result.status == 0)
        #expect(
            result.stdout.hasSuffix("x-gav\tgarde à vue\t\tpolice custody\t\tterm\tgeneral\tpreferred\t\tci\t\ttest\n"))
        let evil = Self.temporary("evil.tbx")
        try """
        <?xml version="1.0"?>
        <!DOCTYPE tbx [<!ENTITY e SYSTEM "file:///etc/passwd">]>
        <tbx><text><body><conceptEntry><langSec xml:lang="fr"><termSec><term>&e;</term></termSec></langSec></conceptEntry></body></text></tbx>
        """.write(to: evil, atomically: true, encoding: .utf8)
        let refused = try CLI.run(["lexicon", "import", evil.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(evil.path):2: error: DTD or entity declaration refused"))
        #expect(!refused.stdout.contains("root:"))
    }
}
