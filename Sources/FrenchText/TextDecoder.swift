/// A text decoded from bytes, with what had to be repaired.
public struct DecodedText: Sendable {
    /// The text; invalid UTF-8 sequences are replaced with U+FFFD.
    public var text: String
    /// Byte offsets (into the input, before the BOM was removed) of each invalid sequence.
    public var invalidByteOffsets: [Int]
    /// Whether a UTF-8 byte order mark was removed from the start.
    public var removedBOM: Bool
}

/// Why bytes could not be decoded in strict mode.
public struct InvalidUTF8Error: Error, Sendable, Equatable, CustomStringConvertible {
    /// Byte offset of the first invalid sequence.
    public let byteOffset: Int

    public init(byteOffset: Int) { self.byteOffset = byteOffset }

    public var description: String { "invalid UTF-8 at byte \(byteOffset)" }
}

/// Decodes UTF-8 bytes into text, reporting instead of crashing on bad input.
///
/// Invalid sequences are replaced by U+FFFD, one per maximal ill-formed subpart (the Unicode
/// recommendation, which Swift's decoder follows), and each is reported with its byte offset.
/// NUL bytes are ordinary characters: nothing is truncated. A leading BOM is removed.
public enum TextDecoder {
    /// Decodes `bytes`; with `strict`, throws at the first invalid sequence instead.
    public static func decode(_ bytes: some Collection<UInt8>, strict: Bool = false) throws(InvalidUTF8Error)
        -> DecodedText
    {
        let array = Array(bytes)
        let hasBOM = array.count >= 3 && array[0] == 0xEF && array[1] == 0xBB && array[2] == 0xBF
        let body = hasBOM ? array[3...] : array[...]
        let offsetBase = hasBOM ? 3 : 0
        if let valid = String(validating: body, as: UTF8.self) {
            return DecodedText(text: valid, invalidByteOffsets: [], removedBOM: hasBOM)
        }
        var invalid: [Int] = []
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = body.makeIterator()
        var offset = offsetBase
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
            case .error(let length):
                if strict { throw InvalidUTF8Error(byteOffset: offset) }
                invalid.append(offset)
                offset += length
            case .emptyInput:
                break loop
            }
        }
        return DecodedText(
            text: String(decoding: body, as: UTF8.self), invalidByteOffsets: invalid, removedBOM: hasBOM)
    }
}
