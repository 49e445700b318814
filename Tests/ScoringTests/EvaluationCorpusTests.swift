import Batch
import Foundation
import Scoring
import SharedTestSupport
import Testing

@Suite("Pairing candidates with references")
struct EvaluationCorpusTests {
    func write(_ lines: [String]) throws -> String {
        let path = ScratchFolder.root.appendingPathComponent("precis-\(UUID().uuidString).jsonl")
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

    /// A fresh folder under the temporary directory.
    func folder() throws -> URL {
        let url = ScratchFolder.root.appendingPathComponent("precis-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(
        "a folder gives its .txt files, in subfolders too; other files are skipped with a warning, hidden ones silently"
    )
    func folderReadsText() throws {
        let root = try folder()
        let files: [(String, String)] = [
            ("01-projet-attentat-grenoble.txt", "Un projet d'attentat déjoué à Grenoble, trois suspects interpellés."),
            ("sub/02-maroc-dgst-espagne.TXT", "La DGST marocaine aide l'Espagne à démanteler une cellule."),
            // What `summarize --output-dir` writes by default: a JSON record that holds the title.
            ("01-projet-attentat-grenoble.json", #"{"id": "01", "title": "Un projet d'attentat déjoué"}"#),
            ("README.md", "# Références du jeu de test"),
            (".DS_Store", "\u{0}\u{0}"),
            (".git/HEAD", "ref: refs/heads/main"),
        ]
        for (name, text) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let set = TextSet.read(root.path, options: TextSet.Options(textField: "summary"))
        #expect(set.entries.map(\.id) == ["01-projet-attentat-grenoble", "sub/02-maroc-dgst-espagne"])
        #expect(set.entries.first?.texts == [files[0].1])
        #expect(
            set.diagnostics.map(\.description) == [
                "\(root.path)/01-projet-attentat-grenoble.json: warning: not a .txt file: skipped",
                "\(root.path)/README.md: warning: not a .txt file: skipped",
            ])
    }

    @Test("a binary .txt is an error at its path; a folder without .txt files is an error")
    func folderRejects() throws {
        let root = try folder()
        try Data([0x4C, 0x65, 0, 0, 0, 0, 0x01, 0x02, 0, 0]).write(to: root.appendingPathComponent("image.txt"))
        try "Le préfet a pris un arrêté.".write(
            to: root.appendingPathComponent("arrete.txt"), atomically: true, encoding: .utf8)
        let set = TextSet.read(root.path, options: TextSet.Options(textField: "summary"))
        #expect(set.entries.map(\.id) == ["arrete"])
        #expect(
            set.diagnostics.map(\.description) == [
                "\(root.path)/image.txt: error: binary file (control bytes in the first 10 bytes): skipped"
            ])
        let other = try folder()
        try "{}".write(to: other.appendingPathComponent("a.json"), atomically: true, encoding: .utf8)
        let empty = TextSet.read(other.path, options: TextSet.Options(textField: "summary"))
        #expect(empty.entries.isEmpty)
        #expect(
            empty.diagnostics.map(\.description).last
                == "\(other.path): error: no .txt file in this folder (1 other file skipped)")
    }

    @Test("a baseline pairs on the candidates' documents: its missing or extra ids are errors, or left out of both")
    func baseline() throws {
        let references = try write([
            #"{"id": "a", "summary": "Le préfet interdit la manifestation de samedi."}"#,
            #"{"id": "b", "summary": "Le maire est mis en examen pour corruption."}"#,
            #"{"id": "c", "summary": "Un cessez-le-feu est signé à Genève."}"#,
        ])
        let candidates = try write([
            #"{"id": "a", "summary": "La manifestation de samedi est interdite."}"#,
            #"{"id": "b", "summary": "Le maire de Lyon est mis en examen."}"#,
            #"{"id": "c", "summary": "Les ministres signent à Genève."}"#,
        ])
        let baseline = try write([
            #"{"id": "b", "summary": "Le maire est soupçonné de corruption."}"#,
            #"{"id": "a", "summary": "Une manifestation à Lyon."}"#,
            #"{"id": "z", "summary": "Un texte sans référence."}"#,
        ])
        let options = TextSet.Options(textField: "summary")
        for allow in [false, true] {
            let corpus = EvaluationCorpus.pair(
                references: [TextSet.read(references, options: options)],
                candidates: TextSet.read(candidates, options: options),
                baseline: TextSet.read(baseline, options: options), allowMissing: allow)
            #expect(corpus.hasErrors == !allow)
            let severity = allow ? "warning" : "error"
            let leftOut = allow ? ": left out" : ""
            #expect(
                corpus.diagnostics.map(\.description) == [
                    "\(baseline):3: \(severity): id 'z' is in baseline \(baseline) but not in candidates \(candidates)"
                        + leftOut,
                    "\(candidates):3: \(severity): id 'c' is in candidates \(candidates) but not in baseline \(baseline)"
                        + leftOut,
                ])
            // The same documents on both sides, in the candidates' order.
            #expect(corpus.documents.map(\.id) == ["a", "b"])
            #expect(corpus.baseline?.map(\.id) == ["a", "b"])
            #expect(corpus.baseline?.first?.candidate == "Une manifestation à Lyon.")
            #expect(corpus.baseline?.first?.references == ["Le préfet interdit la manifestation de samedi."])
        }
    }
}
