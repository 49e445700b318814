import Foundation

/// The three fields of a JSONL record, decoded without building the rest of the object.
///
/// `JSONDecoder` materialises only the keys asked for, so the other fields of a line (an
/// OrangeSum line also carries its summary, source and URL) cost a scan, not a String each; on
/// news JSONL it reads lines about a third faster than `JSONSerialization`. It is the fast path
/// of ``JSONLStream``: whenever it throws (broken JSON, invalid UTF-8, a missing field, an id
/// that is not a string or an integer, a null title), the line goes through the complete path,
/// which gives the same record or the same precise error as before.
struct RecordFields: Decodable {
    let id: String
    let title: String?
    let text: String

    /// The field names (`InputOptions`), handed to `init(from:)` through the decoder's userInfo.
    struct Names {
        let id: String
        let text: String
        let title: String?
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

    /// A decoder set up for the field names of `options`.
    static func decoder(for options: InputOptions) -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.userInfo[namesKey] = Names(id: options.idField, text: options.textField, title: options.titleField)
        return decoder
    }
}
