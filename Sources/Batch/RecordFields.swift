import Foundation

/// The three fields of a JSONL record, decoded without building the rest of the object.
///
/// `JSONDecoder` materialises only the keys asked for, so the other fields of a line (an
/// OrangeSum line also carries its summary, source and URL) cost a scan, not a String each; on
/// news JSONL it reads lines about a third faster than `JSONSerialization`. It is the fast path
/// of ``JSONLStream``: whenever it throws (broken JSON, invalid UTF-8, a missing field, an id
/// that is not a string or an integer, a null title), the line goes through the complete path,
/// which gives the same record or the same precise error as before. A line where one of the
/// three names occurs twice as a key also goes there: `JSONDecoder` keeps a duplicate key's first
/// value, `JSONSerialization` (and Python, which the Spark driver uses) the last.
struct RecordFields: Decodable {
    let id: String
    let title: String?
    let text: String

    /// The field names (`InputOptions`), handed to `init(from:)` through the decoder's userInfo.
    struct Names {
        let id: String
        let text: String
        let title: String?

        /// The names as UTF-8, for ``RecordFields/mayRepeatKey(_:keys:)``.
        var keys: [[UInt8]] { [id, text, title].compactMap { $0 }.map { Array($0.utf8) } }
    }

    static let namesKey = CodingUserInfoKey(rawValue: "precis.fieldNames")!

    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// An error that sends the line to the complete path.
    struct NotFastPath: Error {}

    init(from decoder: Decoder) throws {
        guard let names = decoder.userInfo[RecordFields.namesKey] as? Names else { throw NotFastPath() }
        let container = try decoder.container(keyedBy: Key.self)
        let idKey = Key(stringValue: names.id)
        if let string = try? container.decode(String.self, forKey: idKey) {
            id = string
        } else {
            id = String(try container.decode(Int64.self, forKey: idKey))
        }
        guard !id.isEmpty else { throw NotFastPath() }
        text = try container.decode(String.self, forKey: Key(stringValue: names.text))
        if let titleName = names.title, container.contains(Key(stringValue: titleName)) {
            // A null or non-string title is an error of the complete path: decode, not decodeIfPresent.
            title = try container.decode(String.self, forKey: Key(stringValue: titleName))
        } else {
            title = nil
        }
    }

    /// A decoder set up for these field names.
    static func decoder(for names: Names) -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.userInfo[namesKey] = names
        return decoder
    }

    /// Whether one of the field names may occur twice as a key in the line: an unescaped
    /// `"name"` followed by `:`, at any depth (a nested key only costs the complete path).
    static func mayRepeatKey(_ line: ArraySlice<UInt8>, keys: [[UInt8]]) -> Bool {
        var seen = [Int](repeating: 0, count: keys.count)
        return line.withUnsafeBufferPointer { bytes in
            // Only quotes matter, and they are rare next to the text's bytes: memchr finds them,
            // and the backslashes before one say whether it is escaped.
            guard let base = bytes.baseAddress else { return false }
            var index = 0
            while index < bytes.count,
                let found = memchr(base + index, 0x22, bytes.count - index)
            {
                let quote = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                index = quote + 1
                var backslashes = 0
                while quote - backslashes > 0, bytes[quote - backslashes - 1] == 0x5C { backslashes += 1 }
                guard backslashes % 2 == 0 else { continue }
                for (number, key) in keys.enumerated() where isKey(key, in: bytes, after: quote) {
                    seen[number] += 1
                    if seen[number] > 1 { return true }
                }
            }
            return false
        }
    }

    /// Whether `"key"` and then `:` (after optional spaces) start at the quote at `quote`.
    private static func isKey(_ key: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, after quote: Int) -> Bool {
        var index = quote + 1
        guard index + key.count < bytes.count else { return false }
        for byte in key {
            guard bytes[index] == byte else { return false }
            index += 1
        }
        guard bytes[index] == 0x22 else { return false }
        index += 1
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        return index < bytes.count && bytes[index] == 0x3A
    }
}
