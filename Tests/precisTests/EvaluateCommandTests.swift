import Foundation
import SharedTestSupport
import Testing

@Suite("precis evaluate, end to end")
struct EvaluateCommandTests {
    /// A fresh temporary folder holding `files` (relative path, text), subfolders made.
    static func folder(with files: [(String, String)]) throws -> URL {
        let root = ScratchFolder.root.appendingPathComponent("precis-eval-\(UUID().uuidString)")
        for (name, text) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    static let fixtures = "Tests/precisTests/Fixtures/rouge"
    static let base = ["evaluate", "-r", "\(fixtures)/references.jsonl", "-c", "\(fixtures)/candidates.jsonl"]

    func temporary(_ name: String, _ contents: [UInt8]) throws -> String {
        let directory = ScratchFolder.root.appendingPathComponent(
            "precis-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(contents).write(to: url)
        return url.path
    }

    @Test("the table, the signature, and the empty candidate reported with file:line")
    func table() throws {
        let result = try CLI.run(Self.base)
        #expect(result.status == 0)
        #expect(
            result.stderr == "\(Self.fixtures)/candidates.jsonl:4: warning: 1 empty candidate scored 0 (first: 'a4')\n")
        try CLI.assertSnapshot(result.stdout, named: "evaluate-fixtures.txt")
    }

    @Test("--json: corpus means, intervals and per-document scores; best reference of a2")
    func json() throws {
        let result = try CLI.run(Self.base + ["--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((object["signature"] as? String)?.hasPrefix("precis-rouge|profile:french|") == true)
        let corpus = try #require(object["corpus"] as? [String: [String: Double]])
        #expect(Set(corpus.keys) == ["rouge1", "rouge2", "rougeL", "rougeLsum"])
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.map { $0["id"] as? String } == ["a1", "a2", "a3", "a4"])
        let meanF1 = documents.compactMap { ($0["rouge1"] as? [String: Double])?["f1"] }.reduce(0, +) / 4
        #expect(abs(meanF1 - (corpus["rouge1"]?["f1"] ?? -1)) < 1e-12)
        #expect(corpus["rouge1"].map { $0["low"]! <= $0["f1"]! && $0["f1"]! <= $0["high"]! } == true)
        #expect((documents[1]["best_reference"] as? [String: Int])?["rouge1"] == 1)
        #expect(documents[3]["empty"] as? Bool == true)
    }

    @Test("the same seed gives the same output; another seed other intervals")
    func seeded() throws {
        let one = try CLI.run(Self.base + ["--json", "--seed", "7"])
        let two = try CLI.run(Self.base + ["--json", "--seed", "7", "--jobs", "1"])
        let three = try CLI.run(Self.base + ["--json", "--seed", "8"])
        #expect(one.stdout == two.stdout)
        #expect(one.stdout != three.stdout)
    }

    @Test("--csv, --markdown, --junit and --html")
    func formats() throws {
        let csv = try CLI.run(Self.base + ["--csv"])
        #expect(csv.stdout.hasPrefix("scope,id,metric,precision,recall,f1,low,high,signature\r\n"))
        #expect(csv.stdout.components(separatedBy: "\r\n").count == 1 + 4 + 16 + 1)
        let markdown = try CLI.run(Self.base + ["--markdown"])
        #expect(markdown.stdout.hasPrefix("| metric | precision | recall | F1 |"))
        let junit = ScratchFolder.root.appendingPathComponent("precis-\(UUID().uuidString).xml")
            .path
        let html = ScratchFolder.root.appendingPathComponent("precis-\(UUID().uuidString).html")
            .path
        let result = try CLI.run(Self.base + ["--junit", junit, "--html", html, "--min", "rouge1=0.1"])
        #expect(result.status == 0)
        #expect(
            try String(contentsOfFile: junit, encoding: .utf8).contains(
                "<testcase classname=\"precis.rouge.gate\" name=\"min rouge1=0.1\"/>"))
        #expect(try String(contentsOfFile: html, encoding: .utf8).contains("<svg "))
    }

    @Test("a missed floor exits 3 with a one-line reason")
    func gateMin() throws {
        let result = try CLI.run(Self.base + ["--min", "rouge2=0.9", "--min", "rouge1=0.1"])
        #expect(result.status == 3)
        #expect(result.stderr.hasSuffix("precis: gate failed: rouge2 F1 0.3840 < 0.9 (--min)\n"))
    }

    @Test("a significant regression against --baseline exits 3; a small or insignificant one passes")
    func gateDrop() throws {
        // The baseline is better than itself by nothing: no drop.
        let same = try CLI.run(
            Self.base + ["--baseline", "\(Self.fixtures)/candidates.jsonl", "--max-drop", "rouge1=0.5"])
        #expect(same.status == 0)
        // Four documents cannot make a drop significant: the gate passes and says why not in the table.
        let worse = try CLI.run([
            "evaluate", "-r", "\(Self.fixtures)/references.jsonl", "-c", "\(Self.fixtures)/baseline.jsonl",
            "--baseline", "\(Self.fixtures)/candidates.jsonl", "--max-drop", "rouge1=0.5",
        ])
        #expect(worse.status == 0)
        #expect(worse.stdout.contains("against the baseline (4 paired documents; F1):"))
    }

    @Test("a significant drop beyond --max-drop exits 3 with the reason")
    func gateSignificantDrop() throws {
        var references: [UInt8] = []
        var weaker: [UInt8] = []
        for index in 0..<40 {
            references +=
                Array(
                    #"{"id": "d\#(index)", "summary": "Le conseil de sécurité a voté la résolution \#(index) sur le Sahel."}"#
                        .utf8) + [0x0A]
            weaker += Array(#"{"id": "d\#(index)", "summary": "Le conseil a voté."}"#.utf8) + [0x0A]
        }
        let refs = try temporary("refs.jsonl", references)
        let candidates = try temporary("weaker.jsonl", weaker)
        let result = try CLI.run([
            "evaluate", "-r", refs, "-c", candidates, "--baseline", refs, "--max-drop", "rouge1=0.5",
        ])
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("precis: gate failed: rouge1 F1 dropped "))
        #expect(result.stderr.hasSuffix("points below the baseline (> 0.5, p = 0.0010 < 0.05)\n"))
    }

    @Test(
        "usage errors exit 64",
        arguments: [
            ["--min", "rouge3=0.1"], ["--max-drop", "rouge1=0.5"], ["--json", "--csv"],
            ["--profile", "rouge-score", "--stop-words"], ["--min", "rouge2=12"],
        ])
    func usage(_ extra: [String]) throws {
        let result = try CLI.run(Self.base + extra)
        #expect(result.status == 64)
    }

    @Test("--min in ROUGE points is a usage error that names the unit")
    func minInPoints() throws {
        let result = try CLI.run(Self.base + ["--min", "rouge2=12"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(
            result.stderr.hasPrefix(
                "Error: --min: expected an F1 between 0 and 1, not ROUGE points: 'rouge2=12' (for 12 points, "
                    + "rouge2=0.12); --max-drop is the option in points\n"))
    }

    @Test("ids missing from --baseline are errors; --allow-missing scores both sides on the same documents")
    func baselineMissing() throws {
        let lines = try String(contentsOfFile: "\(CLI.root.path)/\(Self.fixtures)/baseline.jsonl", encoding: .utf8)
            .split(separator: "\n")
        let baseline = try temporary("baseline.jsonl", Array((lines.prefix(2).joined(separator: "\n") + "\n").utf8))
        let candidates = "\(Self.fixtures)/candidates.jsonl"
        let strict = try CLI.run(Self.base + ["--baseline", baseline, "--max-drop", "rouge1=0.5"])
        #expect(strict.status == 1)
        #expect(strict.stdout == "")
        #expect(
            strict.stderr.contains(
                "\(candidates):3: error: id 'a3' is in candidates \(candidates) but not in baseline \(baseline)\n"))
        #expect(strict.stderr.hasSuffix("precis: error: input errors: nothing scored\n"))
        let allowed = try CLI.run(
            Self.base + ["--baseline", baseline, "--allow-missing", "--max-drop", "rouge1=0.5", "--json"])
        #expect(allowed.status == 0)
        #expect(allowed.stderr.contains("\(candidates):4: warning: id 'a4' is in candidates"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(allowed.stdout.utf8)) as? [String: Any])
        #expect(object["count"] as? Int == 2)
        let corpus = try #require(object["corpus"] as? [String: [String: Double]])
        let against = try #require(object["baseline"] as? [String: [String: Double]])
        for metric in ["rouge1", "rouge2", "rougeL", "rougeLsum"] {
            let system = try #require(corpus[metric]?["f1"])
            let base = try #require(against[metric]?["f1"])
            let difference = try #require(against[metric]?["difference"])
            #expect(abs(system - base - difference) < 1e-12, "\(metric)")
        }
        let table = try CLI.run(Self.base + ["--baseline", baseline, "--allow-missing"])
        #expect(table.stdout.contains("ROUGE (2 documents, 0 empty candidates)"))
        #expect(table.stdout.contains("against the baseline (2 paired documents; F1):"))
    }

    @Test("no document in common is an error, never a passed gate", arguments: [true, false])
    func nothingScored(_ withBaseline: Bool) throws {
        let other = try temporary(
            "other.jsonl",
            Array(#"{"id": "z9", "summary": "Le ministre de l'Intérieur se rend à Mayotte."}"#.utf8) + [0x0A])
        let arguments =
            withBaseline
            ? ["-c", other, "--baseline", other, "--max-drop", "rouge1=0.5"] : ["-c", other, "--min", "rouge1=0.1"]
        let result = try CLI.run(
            ["evaluate", "-r", "\(Self.fixtures)/references.jsonl", "--allow-missing"] + arguments)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(!result.stderr.contains("gate"))
        let sides =
            withBaseline ? "the references, the candidates and the baseline" : "the references and the candidates"
        #expect(result.stderr.hasSuffix("precis: error: no document to score: no id is common to \(sides)\n"))
    }

    @Test("a missing id is an error naming both files; --allow-missing leaves it out with a warning")
    func missing() throws {
        let candidates = try temporary(
            "c.jsonl", Array(#"{"id": "a1", "summary": "Un arrêté du préfet."}"#.utf8) + [0x0A])
        let refs = "\(Self.fixtures)/references.jsonl"
        let strict = try CLI.run(["evaluate", "-r", refs, "-c", candidates])
        #expect(strict.status == 1)
        #expect(strict.stdout == "")
        #expect(
            strict.stderr.contains(
                "\(refs):2: error: id 'a2' is in references \(refs) but not in candidates \(candidates)"))
        #expect(strict.stderr.hasSuffix("precis: error: input errors: nothing scored\n"))
        let allowed = try CLI.run(["evaluate", "-r", refs, "-c", candidates, "--allow-missing"])
        #expect(allowed.status == 0)
        #expect(allowed.stdout.hasPrefix("ROUGE (1 document, 0 empty candidates)"))
        #expect(allowed.stderr.contains("warning: id 'a3' is in references"))
    }

    @Test("duplicate ids and broken lines: errors with file:line; invalid UTF-8: a warning")
    func badInput() throws {
        var bytes = Array(#"{"id": "a1", "summary": "Un arrêté"}"#.utf8) + [0x0A]
        bytes += Array(#"{"id": "a1", "summary": "encore"}"#.utf8) + [0x0A]
        bytes += Array("{pas du JSON\n".utf8)
        let broken = try temporary("broken.jsonl", bytes)
        let result = try CLI.run(["evaluate", "-r", broken, "-c", broken])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(broken):2: error: duplicate id 'a1' (first at \(broken):1)"))
        #expect(result.stderr.contains("\(broken):3: error: not a JSON object"))
        let invalid = try temporary(
            "invalid.jsonl", Array(#"{"id": "x", "summary": "Un arr"#.utf8) + [0xFF] + Array(#"t"}"#.utf8) + [0x0A])
        let repaired = try CLI.run(["evaluate", "-r", invalid, "-c", invalid, "--bootstrap", "0"])
        #expect(repaired.status == 0)
        #expect(
            repaired.stderr.contains(
                "\(invalid):1: warning: invalid UTF-8 at byte 30 of the line, replaced with U+FFFD"))
    }

    @Test("folders of text files pair by file name")
    func folders() throws {
        let root = ScratchFolder.root.appendingPathComponent("precis-eval-\(UUID().uuidString)")
        for side in ["refs", "cands"] {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(side), withIntermediateDirectories: true)
        }
        try "Le ministre a démissionné.".write(
            to: root.appendingPathComponent("refs/d1.txt"), atomically: true, encoding: .utf8)
        try "Le ministre démissionne.".write(
            to: root.appendingPathComponent("cands/d1.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run([
            "evaluate", "-r", root.appendingPathComponent("refs").path, "-c", root.appendingPathComponent("cands").path,
            "--json",
        ])
        #expect(result.status == 0)
        #expect(
            result.stdout.contains(#""documents":[{"id":"d1","rouge1":{"precision":0.666666666666667,"recall":0.5,"#))
    }

    @Test("a folder of summarize --output-dir JSON records is not scored: each file is skipped with a warning")
    func folderOfOtherFiles() throws {
        let root = try Self.folder(with: [
            ("refs/06-onu-cessez-le-feu.txt", "Le Conseil de sécurité de l'ONU appelle à un cessez-le-feu immédiat."),
            ("refs/README.md", "# Titres des articles, un fichier par article"),
            (
                "json/06-onu-cessez-le-feu.json",
                #"{"id": "06-onu-cessez-le-feu", "title": "Le Conseil de sécurité de l'ONU appelle à un cessez-le-feu immédiat.", "summary": "L'ONU appelle à un cessez-le-feu."}"#
            ),
            ("json/.precis.tmp", "caché"),
            ("text/06-onu-cessez-le-feu.txt", "L'ONU appelle à un cessez-le-feu."),
            ("text/notes.md", "Relu le 30 novembre."),
        ])
        let refs = root.appendingPathComponent("refs").path
        let json = root.appendingPathComponent("json").path
        let records = try CLI.run(["evaluate", "-r", refs, "-c", json, "--bootstrap", "0"])
        #expect(records.status == 1)
        #expect(records.stdout == "")
        #expect(records.stderr.contains("\(refs)/README.md: warning: not a .txt file: skipped\n"))
        #expect(records.stderr.contains("\(json)/06-onu-cessez-le-feu.json: warning: not a .txt file: skipped\n"))
        #expect(records.stderr.contains("\(json): error: no .txt file in this folder (1 other file skipped)\n"))
        #expect(!records.stderr.contains(".precis.tmp"))
        let text = root.appendingPathComponent("text").path
        let result = try CLI.run(["evaluate", "-r", refs, "-c", text, "--bootstrap", "0", "--json"])
        #expect(result.status == 0)
        #expect(
            result.stderr == "\(refs)/README.md: warning: not a .txt file: skipped\n"
                + "\(text)/notes.md: warning: not a .txt file: skipped\n")
        #expect(result.stdout.contains(#""count":1,"#))
    }

    @Test("errors are reported before warnings: 25 skipped files do not hide the missing id that stops the run")
    func errorsFirst() throws {
        let root = try Self.folder(
            with: [
                ("refs/d1.txt", "Le préfet a interdit la manifestation."),
                ("refs/d2.txt", "Le tribunal a relaxé les trois prévenus."),
                ("cands/d1.txt", "La manifestation est interdite par le préfet."),
            ] + (1...25).map { ("cands/note-\($0).md", "Relu.") })
        let refs = root.appendingPathComponent("refs").path
        let cands = root.appendingPathComponent("cands").path
        let result = try CLI.run(["evaluate", "-r", refs, "-c", cands, "--bootstrap", "0"])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.first?.contains("error: id 'd2' is in references") == true, "\(lines.first ?? "")")
        #expect(lines.contains("precis: … and 6 more"))
    }

    @Test("precis benchmark rouge scores a pairs file and reports pairs/s")
    func benchmark() throws {
        var lines: [UInt8] = []
        for index in 0..<20 {
            lines += Array(
                #"{"id": "p\#(index)", "reference": "Le préfet a pris un arrêté.", "candidate": "L'arrêté du préfet."}"#
                    .utf8)
            lines.append(0x0A)
        }
        let pairs = try temporary("pairs.jsonl", lines)
        let result = try CLI.run(["benchmark", "rouge", "--pairs", pairs, "--repeat", "1", "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["pairs"] as? Int == 20)
        #expect((object["pairs_per_second"] as? Double ?? 0) > 0)
    }

    @Test("a text too long for the LCS table is refused with file:line, not scored slowly")
    func huge() throws {
        let text = String(repeating: "mot ", count: 6_000)
        let line = Array(#"{"id": "h", "summary": ""#.utf8) + Array(text.utf8) + Array(#""}"#.utf8) + [0x0A]
        let path = try temporary("huge.jsonl", line)
        let result = try CLI.run(["evaluate", "-r", path, "-c", path])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "\(path):1: error: 'h': 6000 candidate tokens × 6000 reference tokens exceed the LCS limit"))
    }
}
