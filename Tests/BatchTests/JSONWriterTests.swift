import Batch
import Foundation
import Testing

@Suite("JSON Lines writer")
struct JSONWriterTests {
    @Test("keys keep their order, strings are escaped, output parses back")
    func roundTrip() throws {
        var json = JSONWriter()
        json.beginObject()
        json.field("id", "le360/2022 \"DGSN\"")
        json.key("sentences")
        json.beginArray()
        json.beginObject()
        json.field("start", 0)
        json.field("text", "Ligne\u{0}1\n\tfin\\ « Œ » 🚨")
        json.endObject()
        json.endArray()
        json.key("score")
        json.double(0.1234567)
        json.endObject()
        json.newline()
        let text = String(decoding: json.bytes, as: UTF8.self)
        #expect(
            text
                == "{\"id\":\"le360/2022 \\\"DGSN\\\"\",\"sentences\":[{\"start\":0,\"text\":\"Ligne\\u00001\\n\\tfin\\\\ « Œ » 🚨\"}],\"score\":0.123457}\n"
        )
        let parsed = try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any]
        #expect((parsed?["id"] as? String) == "le360/2022 \"DGSN\"")
        // Escapes first and last, back to back, and DEL.
        var edges = JSONWriter()
        edges.string("\"«\u{7F}\r\"")
        edges.string("")
        #expect(String(decoding: edges.bytes, as: UTF8.self) == #""\"«\u007f\r\"""""#)
    }

    @Test(
        "doubles are formatted the same way on every machine",
        arguments: [
            (0.0, "0"), (1.5, "1.5"), (-0.25, "-0.25"), (2.0 / 3.0, "0.666667"), (-0.0000001, "0"), (12345.0, "12345"),
        ])
    func doubles(value: Double, text: String) {
        #expect(JSONWriter.format(value, digits: 6) == text)
    }
}
