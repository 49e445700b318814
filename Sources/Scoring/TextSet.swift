import Batch
import Foundation
import FrenchText

/// The texts of one side of an evaluation (references or candidates), by document id.
///
/// Read from a JSONL file (one object a line; the text field holds a string, or a list of
/// strings for several references), from a text file, or from a folder of `.txt` files whose
/// path relative to the folder, without extension, is the id (other files are skipped with a
/// warning, see ``readFolder(_:)``). Reading never stops at the first problem: every
/// problem becomes a ``Diagnostic`` with `file:line`.
public struct TextSet: Sendable {
    /// One document's texts.
    public struct Entry: Sendable {
        public var id: String
        public var texts: [String]
        public var location: SourceLocation
        /// The length in characters of the article the summary is of, when the input has it.
        public var articleLength: Int?
    }

    /// Entries in input order.
    public var entries: [Entry] = []
    /// Errors (the evaluation must not go on) and warnings (repaired input).
    public var diagnostics: [Diagnostic] = []
    /// The paths read, as given.
    public var paths: [String] = []

    public init() {}

    /// How to read a set.
    public struct Options: Sendable {
        public var idField: String
        public var textField: String
        /// A field holding the article, for lengths in the HTML report; optional.
        public var articleField: String?

        public init(idField: String = "id", textField: String, articleField: String? = nil) {
            self.idField = idField
            self.textField = textField
            self.articleField = articleField
        }
    }

    /// Reads one path (a JSONL file, a text file, or a folder of `.txt` files).
    public static func read(_ path: String, options: Options) -> TextSet {
        var set = TextSet()
        set.paths = [path]
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            set.error(SourceLocation(path: path, line: 0), "no such file or folder")
            return set
        }
        if isDirectory.boolValue {
            set.readFolder(path)
        } else if !(path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson")) {
            set.readTextFile(path, id: nil)
        } else {
            set.readJSONL(path, options: options)
        }
        return set
    }

    mutating func error(_ location: SourceLocation, _ message: String, id: String? = nil) {
        diagnostics.append(Diagnostic(location: location, severity: .error, message: message, recordID: id))
    }

    /// A JSONL file, line by line.
    mutating func readJSONL(_ path: String, options: Options) {
        guard let data = FileManager.default.contents(atPath: path) else {
            error(SourceLocation(path: path, line: 0), "cannot read file")
            return
        }
        let bytes = [UInt8](data)
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            parseLine(bytes[start..<lineEnd], at: SourceLocation(path: path, line: lineNumber), options: options)
            start = end + 1
        }
    }

    mutating func parseLine(_ line: ArraySlice<UInt8>, at location: SourceLocation, options: Options) {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
        let decoded: DecodedText
        do {
            decoded = try TextDecoder.decode(line)
        } catch {
            self.error(location, error.description)
            return
        }
        if let first = decoded.invalidByteOffsets.first {
            diagnostics.append(
                Diagnostic(
                    location: location, severity: .warning,
                    message: "invalid UTF-8 at byte \(first) of the line, replaced with U+FFFD"))
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(decoded.text.utf8)),
            let record = object as? [String: Any]
        else {
            error(location, "not a JSON object")
            return
        }
        let id: String
        switch record[options.idField] {
        case let string as String where !string.isEmpty: id = string
        case let number as NSNumber where String(describing: type(of: number)) != "__NSCFBoolean":
            id = number.stringValue
        default:
            error(location, "missing or empty field '\(options.idField)'")
            return
        }
        var texts: [String]
        switch record[options.textField] {
        case let string as String: texts = [string]
        case let list as [Any]:
            texts = list.compactMap { $0 as? String }
            guard texts.count == list.count, !texts.isEmpty else {
                error(location, "field '\(options.textField)' must be a string or a non-empty list of strings", id: id)
                return
            }
        case nil:
            error(location, "missing field '\(options.textField)'", id: id)
            return
        default:
            error(location, "field '\(options.textField)' must be a string or a list of strings", id: id)
            return
        }
        var articleLength: Int?
        if let field = options.articleField, let article = record[field] as? String { articleLength = article.count }
        entries.append(Entry(id: id, texts: texts, location: location, articleLength: articleLength))
    }
}
