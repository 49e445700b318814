import Foundation
import FrenchText

/// The records of one JSONL input, one object a line; bad lines become diagnostics.
final class JSONLStream {
    let reader: LineReader
    let path: String
    let options: InputOptions
    /// For stdin: read the whole input as one text unless its first line opens a JSON object
    /// with a key (`{"`, spaces allowed between): "{Mise à jour} Le ministre…" is text.
    var sniffText: Bool
    /// The fast path (see ``RecordFields``).
    let fastPath: RecordFieldReader

    init(reader: LineReader, path: String, options: InputOptions, sniffText: Bool = false) {
        self.reader = reader
        self.path = path
        self.options = options
        self.sniffText = sniffText
        fastPath = RecordFieldReader(
            names: RecordFields.Names(id: options.idField, text: options.textField, title: options.titleField))
    }

    func next() -> InputReader.Item? {
        while true {
            let line: ArraySlice<UInt8>
            do {
                guard let read = try reader.nextLine() else { return nil }
                line = read
            } catch {
                return .reject(
                    Diagnostic(
                        location: SourceLocation(path: path, line: reader.lineNumber + 1), severity: .error,
                        message: error.message))
            }
            let location = SourceLocation(path: path, line: reader.lineNumber)
            if sniffText {
                sniffText = false
                let isBlank = { (unit: UInt8) in unit == 0x20 || unit == 0x09 }
                let start = line.firstIndex { !isBlank($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
                let key = start.flatMap {
                    line[$0] == UInt8(ascii: "{") ? line[($0 + 1)...].first { !isBlank($0) } : nil
                }
                if key != UInt8(ascii: "\""), !(line.isEmpty && reader.atEnd) {
                    return readRestAsText(first: line)
                }
            }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            return parse(line, at: location)
        }
    }

    /// stdin that is not JSONL: the whole input is one text record with id `stdin`.
    func readRestAsText(first: ArraySlice<UInt8>) -> InputReader.Item {
        var bytes = Array(first)
        while let line = try? reader.nextLine() {
            bytes.append(0x0A)
            bytes.append(contentsOf: line)
        }
        return TextRecords.record(
            bytes: bytes, id: "stdin", location: SourceLocation(path: path, line: 0), options: options)
    }

    /// Parses one JSONL line into a record.
    func parse(_ line: ArraySlice<UInt8>, at location: SourceLocation) -> InputReader.Item {
        // Most lines are valid UTF-8 without a BOM: simdjson, which validates UTF-8 itself, reads
        // their bytes as they are. Whatever it refuses goes through the complete path, where the
        // line is decoded (invalid sequences replaced and reported) and parsed again, so a
        // refusal is never lost.
        if line.first != 0xEF, let fields = fastPath.read(line) {
            return .record(
                Record(id: fields.id, title: fields.title, text: fields.text, location: location, warnings: []))
        }
        return parseCompletely(line, at: location)
    }

    /// The complete path: Foundation's JSONSerialization, after repairing invalid UTF-8 if it
    /// must; every refusal becomes a precise diagnostic.
    func parseCompletely(_ line: ArraySlice<UInt8>, at location: SourceLocation) -> InputReader.Item {
        func reject(_ message: String, id: String? = nil) -> InputReader.Item {
            .reject(Diagnostic(location: location, severity: .error, message: message, recordID: id))
        }
        var decoded: DecodedText?
        var loneSurrogates = 0
        var parsed: Any? = nil
        if line.first != 0xEF {
            parsed = try? JSONSerialization.jsonObject(with: Data(line), options: [])
        }
        if parsed == nil {
            let text: DecodedText
            do {
                text = try TextDecoder.decode(line, strict: options.strictUTF8)
            } catch {
                return reject(error.description)
            }
            decoded = text
            do {
                parsed = try JSONSerialization.jsonObject(with: Data(text.text.utf8), options: [])
            } catch {
                // A lone surrogate escape ("\ud800", which Python's json.dumps writes for a
                // broken string) is repaired as invalid UTF-8 is: replaced and reported.
                let (repaired, count) = JSONLStream.replacingLoneSurrogateEscapes(Array(text.text.utf8))
                guard count > 0, !options.strictUTF8,
                    let again = try? JSONSerialization.jsonObject(with: Data(repaired), options: [])
                else {
                    return reject("broken JSON line: \(JSONStream.reason(error))")
                }
                parsed = again
                loneSurrogates = count
            }
        }
        guard let object = parsed else { return reject("broken JSON line: not valid JSON") }
        guard let record = object as? [String: Any] else { return reject("expected a JSON object") }
        guard let rawID = record[options.idField] else { return reject("missing field '\(options.idField)'") }
        let id: String
        if let string = rawID as? String {
            id = string
        } else if let number = rawID as? NSNumber, !String(describing: type(of: rawID)).contains("Bool"),
            number.doubleValue.rounded() == number.doubleValue
        {
            // Integers keep their digits; 8.0 is the id "8", as 8 is (and as the fast path reads it).
            let digits = number.stringValue
            id = Int64(digits) == nil ? Int64(exactly: number.doubleValue).map { String($0) } ?? digits : digits
        } else {
            return reject("field '\(options.idField)' must be a string or an integer")
        }
        guard !id.isEmpty else { return reject("field '\(options.idField)' is empty") }
        guard let rawText = record[options.textField] else {
            return reject("missing field '\(options.textField)'", id: id)
        }
        guard let text = rawText as? String else {
            return reject("field '\(options.textField)' must be a string", id: id)
        }
        var title: String?
        // A null title is no title: precis itself writes "title": null.
        if let titleField = options.titleField, let rawTitle = record[titleField], !(rawTitle is NSNull) {
            guard let string = rawTitle as? String else {
                return reject("field '\(titleField)' must be a string", id: id)
            }
            title = string
        }
        return .record(
            Record(
                id: id, title: title, text: text, location: location,
                warnings: (decoded.map { TextRecords.warnings($0, location, id) } ?? [])
                    + (loneSurrogates == 0
                        ? []
                        : [
                            Diagnostic(
                                location: location, severity: .warning,
                                message: "\(loneSurrogates) lone surrogate escape\(loneSurrogates == 1 ? "" : "s") "
                                    + "(\\ud800 to \\udfff without a pair), replaced with U+FFFD",
                                recordID: id)
                        ])))
    }

    /// The line with every `\\u` escape of a lone surrogate (a high one not followed by a low
    /// one's escape, or a low one alone) made `\\ufffd`, which has the same length; and how many
    /// there were. Other escapes, `\\\\u…` (a backslash, then "u") among them, are left alone.
    static func replacingLoneSurrogateEscapes(_ bytes: [UInt8]) -> (bytes: [UInt8], count: Int) {
        var result = bytes
        var count = 0
        func unit(at index: Int) -> UInt16? {
            guard index + 6 <= result.count, result[index] == 0x5C, result[index + 1] == 0x75 else { return nil }
            return UInt16(String(decoding: result[(index + 2)..<(index + 6)], as: UTF8.self), radix: 16)
        }
        var index = 0
        while index < result.count {
            guard result[index] == 0x5C else {
                index += 1
                continue
            }
            guard let value = unit(at: index) else {
                index += 2  // another escape, its character passed over
                continue
            }
            if (0xD800...0xDBFF).contains(value), let next = unit(at: index + 6), (0xDC00...0xDFFF).contains(next) {
                index += 12
                continue
            }
            if (0xD800...0xDFFF).contains(value) {
                result.replaceSubrange((index + 2)..<(index + 6), with: Array("fffd".utf8))
                count += 1
            }
            index += 6
        }
        return (result, count)
    }
}

/// Short reasons for JSON parse failures.
enum JSONStream {
    static func reason(_ error: Error) -> String {
        let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return description ?? "not valid JSON"
    }
}
