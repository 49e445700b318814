/// Writes one JSON object as UTF-8 bytes, keys in the order they are written.
///
/// Output must be byte-identical from run to run, and Foundation's encoders neither keep key
/// order nor run fast enough for millions of records; this writer does both. Strings are
/// escaped per RFC 8259 (quote, backslash, control characters); other characters are written
/// as UTF-8.
public struct JSONWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    var needsComma: [Bool] = []

    public init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    /// Starts an object (as a value, or at the top level).
    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma.removeLast()
    }

    /// Starts an array value.
    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma.removeLast()
    }

    /// Writes a key; the next call writes its value.
    public mutating func key(_ name: String) {
        separate()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        // The value that follows must not write a comma.
        needsComma[needsComma.count - 1] = false
        pendingValue = true
    }

    var pendingValue = false

    public mutating func string(_ value: String) {
        separate()
        appendString(value)
    }

    public mutating func int(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Writes a number with up to `digits` decimals, trailing zeros removed (deterministic).
    public mutating func double(_ value: Double, digits: Int = 6) {
        separate()
        bytes.append(contentsOf: JSONWriter.format(value, digits: digits).utf8)
    }

    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
    }

    /// A key and a string value.
    public mutating func field(_ name: String, _ value: String) {
        key(name)
        string(value)
    }

    /// A key and an integer value.
    public mutating func field(_ name: String, _ value: Int) {
        key(name)
        int(value)
    }

    /// Ends the record with a newline (JSON Lines).
    /// A key and a number with at most `digits` fractional digits.
    public mutating func field(_ name: String, _ value: Double, digits: Int = 6) {
        key(name)
        double(value, digits: digits)
    }

    public mutating func newline() { bytes.append(0x0A) }

    mutating func separate() {
        if pendingValue {
            pendingValue = false
            if !needsComma.isEmpty { needsComma[needsComma.count - 1] = true }
            return
        }
        guard !needsComma.isEmpty else { return }
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    mutating func appendString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            // Runs of bytes that need no escape are copied whole: text is mostly such runs.
            var start = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                appendEscaped(byte)
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends the JSON escape of a byte that needs one.
    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0..<0x20, 0x7F:
            bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30])
            bytes.append(JSONWriter.hex[Int(byte >> 4)])
            bytes.append(JSONWriter.hex[Int(byte & 0xF)])
        default: bytes.append(byte)
        }
    }

    /// Formats a finite double with at most `digits` decimals, without trailing zeros.
    public static func format(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "null" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (value * scale).rounded()
        let negative = scaled < 0
        let magnitude = Int(abs(scaled))
        let divisor = Int(scale)
        var fraction = String(magnitude % divisor)
        fraction = String(repeating: "0", count: max(0, digits - fraction.count)) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        let integer = String(magnitude / divisor)
        return (negative && magnitude != 0 ? "-" : "") + integer + (fraction.isEmpty ? "" : "." + fraction)
    }
}
