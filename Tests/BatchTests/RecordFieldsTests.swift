import Testing

@testable import Batch

/// The scan that sends lines repeating a field name as a key to the complete JSONL path.
@Suite("RecordFields: repeated keys")
struct RecordFieldsTests {
    let keys = [Array("id".utf8), Array("text".utf8)]

    func repeats(_ line: String) -> Bool { RecordFields.mayRepeatKey(ArraySlice(line.utf8), keys: keys) }

    @Test("a field name given twice as a key is found, at any depth and after spaces")
    func repeated() {
        #expect(repeats(#"{"id": "a", "text": "Le préfet.", "id": "b"}"#))
        #expect(repeats(#"{"id": "a", "meta": {"id" : 3}, "text": "x"}"#))
        #expect(repeats(#"{"text": "C:\\", "id": "a", "text": "b"}"#))
    }

    @Test("the name inside a string value, escaped quotes or not, is no key")
    func notRepeated() {
        #expect(!repeats(#"{"id": "a", "text": "Il a écrit \"id\": rien."}"#))
        #expect(!repeats(#"{"id": "a", "text": "\\\"id\": 2"}"#))
        #expect(!repeats(#"{"id": "a", "text": "id", "title": "\"text\""}"#))
        #expect(!repeats(""))
        #expect(!repeats("\""))
    }
}
