import Batch
import Foundation
import SharedTestSupport
import Testing

/// Writes files into a fresh temporary folder.
struct Scratch {
    let path: String

    init() throws {
        path = ScratchFolder.root.appendingPathComponent("precis-batch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }
}

/// Reads every item of a reader.
func readAll(_ reader: InputReader) -> [InputReader.Item] {
    var items: [InputReader.Item] = []
    while let item = reader.next() { items.append(item) }
    return items
}

@Suite("Reading batches: files, folders, JSONL")
struct InputReaderTests {
    @Test("broken JSONL lines are rejected with file:line and the other records are read")
    func brokenLines() throws {
        let scratch = try Scratch()
        let file = try scratch.write(
            "batch.jsonl",
            """
            {"id": "a", "text": "La DGSN enquête."}
            {"id": "b", "text": "tronqué
            ["not", "an", "object"]

            {"text": "sans identifiant"}
            {"id": 42, "text": "Identifiant numérique."}
            {"id": "c", "texte": "mauvais champ"}
            {"id": "d", "text": 12}
            {"id": "e", "text": "Dernier."}
            """)
        let items = readAll(InputReader(paths: [file], options: InputOptions()))
        var summary: [String] = []
        for item in items {
            switch item {
            case .record(let record): summary.append("ok \(record.id) \(record.location.line)")
            case .reject(let diagnostic): summary.append("\(diagnostic.location.line): \(diagnostic.message)")
            }
        }
        #expect(summary.count == 8)
        #expect(summary[0] == "ok a 1")
        #expect(summary[1].hasPrefix("2: broken JSON line"))
        #expect(summary[2] == "3: expected a JSON object")
        #expect(summary[3] == "5: missing field 'id'")
        #expect(summary[4] == "ok 42 6")
        #expect(summary[5] == "7: missing field 'text'")
        #expect(summary[6] == "8: field 'text' must be a string")
        #expect(summary[7] == "ok e 9")
    }

    @Test("ids, titles and extra fields: the fast path and the complete path agree")
    func fieldTypes() throws {
        let scratch = try Scratch()
        let file = try scratch.write(
            "batch.jsonl",
            """
            {"id": "a", "title": "Titre", "text": "Texte.", "summary": "ignoré", "url": "https://exemple.fr"}
            {"id": 7, "text": "Entier."}
            {"id": 1234567890123456789, "text": "Grand entier."}
            {"id": 8.0, "text": "Entier écrit en flottant."}
            {"id": 8.5, "text": "Pas un entier."}
            {"id": true, "text": "Un booléen n'est pas un identifiant."}
            {"id": "t", "title": null, "text": "Titre nul."}
            {"id": "", "text": "Identifiant vide."}
            {"id": "é", "text": "Caf\\u00e9 \\"cit\\u00e9\\"."}
            {"id": "x", "id": "y", "text": "Premier.", "text": "Second."}
            {"id": "z", "text": "Il a écrit \\"id\\": rien.", "meta": {"id": 3}}
            """)
        let items = readAll(InputReader(paths: [file], options: InputOptions(titleField: "title")))
        let summary = items.map { item -> String in
            switch item {
            case .record(let record): return "ok \(record.id) \(record.title ?? "-") \(record.text)"
            case .reject(let diagnostic): return "\(diagnostic.location.line): \(diagnostic.message)"
            }
        }
        #expect(
            summary == [
                "ok a Titre Texte.", "ok 7 - Entier.", "ok 1234567890123456789 - Grand entier.",
                "ok 8 - Entier écrit en flottant.",
                "5: field 'id' must be a string or an integer", "6: field 'id' must be a string or an integer",
                // A null title is no title (precis writes "title": null itself).
                "ok t - Titre nul.", "8: field 'id' is empty", "ok é - Café \"cité\".",
                // A repeated key keeps its last value, as JSONSerialization and Python's json do.
                "ok y - Second.", "ok z - Il a écrit \"id\": rien.",
            ])
    }

    @Test("random bytes without control bytes and UTF-16 are not text; a Latin-1 French text is, repaired")
    func notText() throws {
        let scratch = try Scratch()
        // Bytes 0x20-0xFF in a fixed scramble: no control byte, about half not UTF-8.
        let scrambled = try scratch.write("a-scrambled.txt", (0..<4096).map { UInt8(0x20 + ($0 * 97 + 13) % 0xE0) })
        let utf16 = try scratch.write("b-utf16.txt", [0xFF, 0xFE, 0x4C, 0x00, 0x65, 0x00])
        let sentence = "Le préfet de l'Hérault a pris un arrêté. La séance est levée à l'Assemblée. "
        let latin1 = try scratch.write(
            "c-latin1.txt", String(repeating: sentence, count: 20).unicodeScalars.map { UInt8($0.value) })
        let short = try scratch.write("d-short.txt", "Été à Zürich".unicodeScalars.map { UInt8($0.value) })
        let items = readAll(InputReader(paths: [scrambled, utf16, latin1, short], options: InputOptions()))
        let summary = items.map { item -> String in
            switch item {
            case .record(let record): return "ok \(record.id) \(record.warnings.count) warning"
            case .reject(let diagnostic): return "\(diagnostic.recordID ?? "-"): \(diagnostic.message.prefix(13))"
            }
        }
        #expect(
            summary == [
                "a-scrambled: binary file (", "b-utf16: UTF-16 text (", "ok c-latin1 1 warning", "ok d-short 1 warning",
            ])
    }

    @Test("a lone surrogate escape, as Python's json.dumps writes one, is replaced with U+FFFD and reported")
    func loneSurrogates() throws {
        let scratch = try Scratch()
        let file = try scratch.write(
            "surrogates.jsonl",
            """
            {"id": "a", "text": "Le ministre \\ud800 est arrivé. \\ud83d\\ude00 Bien."}
            {"id": "b", "text": "Le chemin C:\\\\ud800 reste tel quel."}
            """)
        let items = readAll(InputReader(paths: [file], options: InputOptions()))
        guard items.count == 2, case .record(let first) = items[0], case .record(let second) = items[1] else {
            Issue.record("expected two records: \(items)")
            return
        }
        #expect(first.text == "Le ministre \u{FFFD} est arrivé. 😀 Bien.")
        #expect(
            first.warnings.map(\.message) == [
                "1 lone surrogate escape (\\ud800 to \\udfff without a pair), replaced with U+FFFD"
            ])
        #expect(second.text == "Le chemin C:\\ud800 reste tel quel." && second.warnings.isEmpty)
        let strict = readAll(InputReader(paths: [file], options: InputOptions(strictUTF8: true)))
        guard case .reject(let refused) = strict.first else {
            Issue.record("--strict must refuse a lone surrogate")
            return
        }
        #expect(refused.message.hasPrefix("broken JSON line"))
    }

    @Test("invalid UTF-8 in a JSONL line is repaired with a warning, or rejected with --strict")
    func invalidUTF8() throws {
        let scratch = try Scratch()
        let file = try scratch.write(
            "bad.jsonl", Array("{\"id\": \"x\", \"text\": \"s".utf8) + [0xFF] + Array("ret\"}\n".utf8))
        guard case .record(let record) = InputReader(paths: [file], options: InputOptions()).next() else {
            Issue.record("expected a record")
            return
        }
        #expect(record.text == "s\u{FFFD}ret")
        #expect(
            record.warnings.map(\.description) == ["\(file):1: warning: invalid UTF-8 at byte 22, replaced with U+FFFD"]
        )
        guard case .reject(let diagnostic) = InputReader(paths: [file], options: InputOptions(strictUTF8: true)).next()
        else {
            Issue.record("expected a reject")
            return
        }
        #expect(diagnostic.description == "\(file):1: error: invalid UTF-8 at byte 22")
    }

    @Test("a folder is read recursively in path order; binary files are rejected, hidden files skipped")
    func folder() throws {
        let scratch = try Scratch()
        try scratch.write("b.txt", "Deuxième article.")
        try scratch.write("a/z.txt", "Premier article.")
        try scratch.write("c.jsonl", "{\"id\": \"j1\", \"text\": \"Dans le JSONL.\"}\n")
        try scratch.write(".cache.txt", "caché")
        try scratch.write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 1, 2, 3, 0, 0, 0, 0])
        try scratch.write("vide.txt", "")
        let items = readAll(InputReader(paths: [scratch.path], options: InputOptions()))
        let ids = items.map { item -> String in
            switch item {
            case .record(let record): return record.id
            case .reject(let diagnostic): return "reject " + (diagnostic.recordID ?? "") + ": " + diagnostic.message
            }
        }
        #expect(
            ids == [
                "a/z", "b", "j1", "reject image: binary file (control bytes in the first 15 bytes): skipped", "vide",
            ])
    }

    @Test(
        "in a folder, a link to a file is read; a link to nowhere and a FIFO are reported; a link to a folder is not followed"
    )
    func folderLinks() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt", "Le préfet a parlé.")
        try scratch.write("d/b.txt", "Le maire a répondu.")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: scratch.path + "/c-link.txt", withDestinationPath: "a.txt")
        try manager.createSymbolicLink(atPath: scratch.path + "/e-dangling.txt", withDestinationPath: "nowhere.txt")
        try manager.createSymbolicLink(atPath: scratch.path + "/f-loop", withDestinationPath: ".")
        #expect(mkfifo(scratch.path + "/g-pipe.txt", 0o600) == 0)
        let items = readAll(InputReader(paths: [scratch.path], options: InputOptions()))
        let summary = items.map { item -> String in
            switch item {
            case .record(let record): return record.id
            case .reject(let diagnostic):
                return "\((diagnostic.location.path as NSString).lastPathComponent): \(diagnostic.message)"
            }
        }
        #expect(
            summary == [
                "a", "c-link", "d/b", "e-dangling.txt: a link that leads nowhere: skipped",
                "g-pipe.txt: not a regular file (a FIFO, a socket or a device): skipped",
            ])
    }

    @Test("a .json file of records read as one text says so; a .json of prose does not")
    func jsonFileWarning() throws {
        let scratch = try Scratch()
        let records = try scratch.write("a.json", "[{\"id\": \"x\", \"text\": \"Le préfet a parlé.\"}]")
        let prose = try scratch.write("b.json", "Le préfet a parlé. {Mise à jour}")
        let items = readAll(InputReader(paths: [records, prose], options: InputOptions()))
        let warnings = items.map { item -> [String] in
            guard case .record(let record) = item else { return ["reject"] }
            return record.warnings.map(\.message)
        }
        #expect(
            warnings == [
                ["read as one text: records go one a line in a .jsonl file (or give --input-format jsonl)"], [],
            ])
    }

    @Test("a missing path is a reject, not a crash")
    func missing() {
        let items = readAll(InputReader(paths: ["/nonexistent/precis.jsonl"], options: InputOptions()))
        guard case .reject(let diagnostic)? = items.first else {
            Issue.record("expected a reject")
            return
        }
        #expect(diagnostic.description == "/nonexistent/precis.jsonl: error: no such file or folder")
    }

    @Test("a line longer than many read blocks (12 MB) is read whole")
    func hugeLine() throws {
        let scratch = try Scratch()
        let text = String(repeating: "a", count: 12_000_000)
        let file = try scratch.write(
            "huge.jsonl", "{\"id\": \"h\", \"text\": \"\(text)\"}\n{\"id\": \"i\", \"text\": \"x\"}")
        let items = readAll(InputReader(paths: [file], options: InputOptions()))
        #expect(items.count == 2)
        if case .record(let record) = items[0] { #expect(record.text.utf8.count == 12_000_000) }
    }
}
