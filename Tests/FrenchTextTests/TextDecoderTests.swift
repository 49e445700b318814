import FrenchText
import Testing

@Suite("Decoding bytes into text")
struct TextDecoderTests {
    @Test("invalid UTF-8 becomes U+FFFD and is reported with its byte offset")
    func invalidBytes() throws {
        let bytes: [UInt8] = Array("sûreté ".utf8) + [0xC3, 0x28] + Array(" nationale".utf8) + [0xFF]
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.text == "sûreté \u{FFFD}( nationale\u{FFFD}")
        #expect(decoded.invalidByteOffsets == [9, 21])
    }

    @Test("strict mode refuses invalid UTF-8 with the offset of the first bad byte")
    func strict() {
        #expect(throws: InvalidUTF8Error(byteOffset: 2)) {
            try TextDecoder.decode([0x41, 0x42, 0xE9, 0x43], strict: true)
        }
    }

    @Test("a BOM is removed, NUL bytes do not truncate, CRLF is kept as it is")
    func bomNulCRLF() throws {
        let decoded = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Un\0deux\r\ntrois".utf8))
        #expect(decoded.removedBOM)
        #expect(decoded.text == "Un\0deux\r\ntrois")
        #expect(decoded.text.unicodeScalars.count == 14)
    }
}
