import CSimdJSON

/// The three fields of a JSONL record, read by simdjson without building the rest of the object.
///
/// This is the fast path of ``JSONLStream``. simdjson's DOM parser validates the whole line
/// (structure, numbers, literals, UTF-8) and the other fields of a line (an OrangeSum line also
/// carries its summary and URL) never become Swift values; it reads news JSONL several times
/// faster than Foundation's decoders. Whenever it gives up (broken JSON, a line that is not an
/// object, a missing field, an id that is neither a string nor an integer, a null title (which the
/// complete path reads as no title), a field
/// name given twice as a key, a line over ``maximumLineBytes``), the line goes through the
/// complete path, which gives the same record or the same precise error as it always did.
struct RecordFields {
    let id: String
    let title: String?
    let text: String

    /// The field names (`InputOptions`).
    struct Names {
        let id: String
        let text: String
        let title: String?
    }
}

/// Reads ``RecordFields`` from JSONL lines; holds a simdjson parser: one per input stream.
final class RecordFieldReader {
    /// Longer lines take the complete path: the parser keeps buffers sized for the largest line
    /// it has read, and memory must stay bounded whatever the batch holds.
    static let maximumLineBytes = 1 << 20

    private let parser: OpaquePointer?
    /// The id, text and title names (title last, when there is one) as C strings, their
    /// lengths, and the parser's answer for each: allocated once, not once a line.
    private let keys: UnsafeMutableBufferPointer<UnsafePointer<CChar>?>
    private let lengths: UnsafeMutableBufferPointer<Int>
    private let values: UnsafeMutableBufferPointer<precis_json_value>

    init(names: RecordFields.Names) {
        parser = precis_json_parser_create()
        let names = [names.id, names.text, names.title].compactMap { $0 }
        keys = .allocate(capacity: names.count)
        lengths = .allocate(capacity: names.count)
        values = .allocate(capacity: names.count)
        for (index, name) in names.enumerated() {
            let bytes = Array(name.utf8CString)
            let copy = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
            copy.initialize(from: bytes, count: bytes.count)
            keys[index] = UnsafePointer(copy)
            lengths[index] = bytes.count - 1
            values[index] = precis_json_value()
        }
    }

    deinit {
        precis_json_parser_destroy(parser)
        for key in keys { key.map { UnsafeMutablePointer(mutating: $0).deallocate() } }
        keys.deallocate()
        lengths.deallocate()
        values.deallocate()
    }

    /// The record's fields, or nil when the line must go through the complete path.
    func read(_ line: ArraySlice<UInt8>) -> RecordFields? {
        guard line.count <= RecordFieldReader.maximumLineBytes, let parser else { return nil }
        let found = line.withUnsafeBufferPointer { bytes in
            precis_json_find_fields(
                parser, bytes.baseAddress, bytes.count, keys.baseAddress, lengths.baseAddress, keys.count,
                values.baseAddress)
        }
        guard found == 0 else { return nil }
        let id: String
        switch values[0].kind {
        case PRECIS_JSON_STRING: id = RecordFieldReader.string(values[0])
        case PRECIS_JSON_INTEGER: id = String(values[0].integer)
        default: return nil
        }
        guard !id.isEmpty, values[1].kind == PRECIS_JSON_STRING else { return nil }
        var title: String?
        if keys.count > 2 {
            switch values[2].kind {
            case PRECIS_JSON_ABSENT: title = nil
            case PRECIS_JSON_STRING: title = RecordFieldReader.string(values[2])
            default: return nil
            }
        }
        return RecordFields(id: id, title: title, text: RecordFieldReader.string(values[1]))
    }

    /// A string value's bytes, which simdjson has already validated as UTF-8.
    private static func string(_ value: precis_json_value) -> String {
        guard let bytes = value.bytes, value.length > 0 else { return "" }
        return bytes.withMemoryRebound(to: UInt8.self, capacity: value.length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: value.length), as: UTF8.self)
        }
    }
}
