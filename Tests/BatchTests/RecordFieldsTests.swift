import Testing

@testable import Batch

/// The JSONL fast path: simdjson reads the id, text and title, or hands the line to the complete path.
@Suite("RecordFieldReader: the JSONL fast path")
struct RecordFieldsTests {
    let reader = RecordFieldReader(names: RecordFields.Names(id: "id", text: "text", title: "title"))

    func read(_ line: String) -> RecordFields? { reader.read(ArraySlice(line.utf8)) }

    @Test("the three fields of a news line, escapes decoded, other fields skipped")
    func fields() throws {
        let fields = try #require(
            read(#"{"id": "a1", "title": "Le préfet", "text": "Caf\u00e9 \"cité\".\n", "summary": ["x", {"y": 1}]}"#))
        #expect(fields.id == "a1")
        #expect(fields.title == "Le préfet")
        #expect(fields.text == "Café \"cité\".\n")
        let numbered = try #require(read(#"{"text": "Entier.", "id": -42}"#))
        #expect(numbered.id == "-42")
        #expect(numbered.title == nil)
    }

    @Test("a wanted key given twice, even escaped, goes to the complete path; a nested one does not")
    func repeatedKeys() {
        #expect(read(#"{"id": "a", "text": "Premier.", "id": "b"}"#) == nil)
        #expect(read(#"{"id": "a", "text": "x", "t\u0065xt": "y"}"#) == nil)
        #expect(read(#"{"id": "a", "meta": {"id": 3}, "text": "Il a écrit \"id\": rien."}"#)?.id == "a")
    }

    @Test("whatever the complete path decides goes there: odd ids, null title, empty id, missing text")
    func handedOver() {
        #expect(read(#"{"id": 8.0, "text": "x"}"#) == nil)
        #expect(read(#"{"id": 18446744073709551615, "text": "x"}"#) == nil)
        #expect(read(#"{"id": true, "text": "x"}"#) == nil)
        #expect(read(#"{"id": "", "text": "x"}"#) == nil)
        #expect(read(#"{"id": "a", "title": null, "text": "x"}"#) == nil)
        #expect(read(#"{"id": "a", "text": 3}"#) == nil)
        #expect(read(#"{"id": "a"}"#) == nil)
    }

    @Test("broken JSON, even in a field nobody asked for, and invalid UTF-8 are refused")
    func refused() {
        #expect(read(#"{"id": "a", "text": "x", "other": tru}"#) == nil)
        #expect(read(#"{"id": "a", "text": "x"} trailing"#) == nil)
        #expect(read(#"[{"id": "a", "text": "x"}]"#) == nil)
        #expect(read(#"{"id": "a", "text": "\ud800"}"#) == nil)
        #expect(read("") == nil)
        var bytes = Array(#"{"id": "a", "text": "caf"#.utf8)
        bytes += [0xE9] + Array(#""}"#.utf8)
        #expect(reader.read(bytes[...]) == nil)
    }

    @Test("a line longer than the limit is left to the complete path")
    func longLine() {
        let text = String(repeating: "a", count: RecordFieldReader.maximumLineBytes)
        #expect(read(#"{"id": "a", "text": "\#(text)"}"#) == nil)
        #expect(read(#"{"id": "a", "text": "\#(text.dropFirst(100))"}"#)?.text.count == text.count - 100)
    }
}
