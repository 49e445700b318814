import Foundation
import FrenchText

/// Reads the records of a batch from files, folders, JSONL streams or stdin, in a stable order.
///
/// Folders are walked recursively; their `.txt` and `.jsonl` files are read in order of
/// relative path, so the same folder always gives the same batch. A link to a file is read as
/// the file; a link that leads nowhere, a FIFO or a device in a folder is reported, not read
/// (a FIFO could block the batch); a link to a folder is not followed (it could loop), as `find`
/// does not follow one. Each problem becomes a
/// ``Diagnostic`` with file and line, and reading goes on.
public final class InputReader {
    /// What the reader yields: a record, or the diagnostic of an input it could not use.
    public enum Item: Sendable {
        case record(Record)
        case reject(Diagnostic)
    }

    let options: InputOptions
    var pending: [Source]
    var current: JSONLStream?

    /// One input to read: a text file, a JSONL file, or stdin.
    enum Source {
        case text(path: String, id: String)
        case jsonl(path: String)
        case stdin
        case missing(path: String, reason: String)
    }

    /// Creates a reader over paths; no path, or `-`, means stdin.
    public init(paths: [String], options: InputOptions) {
        self.options = options
        var sources: [Source] = []
        for path in paths.isEmpty ? ["-"] : paths {
            sources.append(contentsOf: InputReader.expand(path, options: options))
        }
        pending = sources.reversed()
    }

    /// Turns a path into sources: a folder into its files, sorted.
    static func expand(_ path: String, options: InputOptions) -> [Source] {
        if path == "-" { return [.stdin] }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return [.missing(path: path, reason: "no such file or folder")]
        }
        guard isDirectory.boolValue else {
            return [source(forFile: path, id: fileStem(URL(fileURLWithPath: path).lastPathComponent), options: options)]
        }
        let root = URL(fileURLWithPath: path)
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [.missing(path: path, reason: "cannot list folder")] }
        var files: [(relative: String, path: String, unreadable: String?)] = []
        let rootPath = root.standardizedFileURL.path
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey, .isSymbolicLinkKey])
            guard values?.isDirectory != true else { continue }
            let full = url.standardizedFileURL.path
            var relative =
                full.hasPrefix(rootPath + "/") ? String(full.dropFirst(rootPath.count + 1)) : url.lastPathComponent
            if relative.isEmpty { relative = url.lastPathComponent }
            let file = (path as NSString).appendingPathComponent(relative)
            // What the entry is once its links are followed.
            var status = stat()
            if stat(file, &status) != 0 {
                files.append((relative, file, "a link that leads nowhere: skipped"))
                continue
            }
            switch status.st_mode & S_IFMT {
            case S_IFREG: files.append((relative, file, nil))
            case S_IFDIR: continue  // a link to a folder
            default: files.append((relative, file, "not a regular file (a FIFO, a socket or a device): skipped"))
            }
        }
        files.sort { $0.relative.utf8.lexicographicallyPrecedes($1.relative.utf8) }
        return files.map {
            if let reason = $0.unreadable { return .missing(path: $0.path, reason: reason) }
            return source(forFile: $0.path, id: fileStem($0.relative), options: options)
        }
    }

    static func source(forFile path: String, id: String, options: InputOptions) -> Source {
        switch options.format {
        case .jsonl: return .jsonl(path: path)
        case .text: return .text(path: path, id: id)
        case .auto:
            // Extensions in any case: "BATCH.JSONL" is JSONL too.
            let name = path.lowercased()
            return name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson")
                ? .jsonl(path: path) : .text(path: path, id: id)
        }
    }

    /// A relative path without its last extension: the id of a text file.
    static func fileStem(_ relative: String) -> String {
        guard let dot = relative.lastIndex(of: "."), dot > relative.startIndex,
            !relative[dot...].contains("/")
        else { return relative }
        return String(relative[..<dot])
    }

    /// The next record or reject, or `nil` when every input has been read.
    public func next() -> Item? {
        while true {
            if let stream = current {
                if let item = stream.next() { return item }
                current = nil
            }
            guard let source = pending.popLast() else { return nil }
            switch source {
            case .missing(let path, let reason):
                return .reject(
                    Diagnostic(location: SourceLocation(path: path, line: 0), severity: .error, message: reason))
            case .text(let path, let id):
                return readTextFile(path: path, id: id)
            case .jsonl(let path):
                let descriptor = open(path, O_RDONLY)
                guard descriptor >= 0 else {
                    return .reject(
                        Diagnostic(
                            location: SourceLocation(path: path, line: 0), severity: .error,
                            message: "cannot open: \(String(cString: strerror(errno)))"))
                }
                current = JSONLStream(
                    reader: LineReader(descriptor: descriptor, closeOnDeinit: true), path: path, options: options)
            case .stdin:
                current = JSONLStream(
                    reader: LineReader(descriptor: 0, closeOnDeinit: false), path: "<stdin>", options: options,
                    sniffText: options.format != .jsonl)
            }
        }
    }

    /// Reads one text file as one record.
    func readTextFile(path: String, id: String) -> Item {
        let location = SourceLocation(path: path, line: 0)
        guard let data = FileManager.default.contents(atPath: path) else {
            return .reject(Diagnostic(location: location, severity: .error, message: "cannot read file"))
        }
        let item = TextRecords.record(bytes: Array(data), id: id, location: location, options: options)
        // A .json file of records (an array, or an object a line) read as one article would give
        // a summary of JSON syntax without a word: say what happened and what to do.
        guard options.format == .auto, path.lowercased().hasSuffix(".json"),
            let first = data.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }),
            first == UInt8(ascii: "[") || first == UInt8(ascii: "{"), case .record(var record) = item
        else { return item }
        record.warnings.append(
            Diagnostic(
                location: location, severity: .warning,
                message: "read as one text: records go one a line in a .jsonl file (or give --input-format jsonl)",
                recordID: id))
        return .record(record)
    }
}

/// Turning bytes into a text record, shared by files and text on stdin.
enum TextRecords {
    static func record(bytes: [UInt8], id: String, location: SourceLocation, options: InputOptions) -> InputReader.Item
    {
        if let reason = binaryReason(bytes) {
            return .reject(Diagnostic(location: location, severity: .error, message: reason, recordID: id))
        }
        do {
            let decoded = try TextDecoder.decode(bytes, strict: options.strictUTF8)
            return .record(
                Record(id: id, text: decoded.text, location: location, warnings: warnings(decoded, location, id)))
        } catch {
            return .reject(Diagnostic(location: location, severity: .error, message: error.description, recordID: id))
        }
    }

    /// Why bytes look like a binary file rather than text, or `nil`.
    ///
    /// Judged on the first 8 KB: UTF-16 (its byte order mark), control bytes, or, from 512 bytes
    /// on, bytes that are mostly not UTF-8 (a fifth or more: random bytes are about half, while a
    /// Latin-1 French text, repaired with a warning, has a few in a hundred; a short one, "Été à
    /// Zürich", can have more, hence the floor).
    static func binaryReason(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(8192)
        guard !sample.isEmpty else { return nil }
        if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) {
            return "UTF-16 text (its byte order mark): convert it to UTF-8 (iconv -f UTF-16 -t UTF-8): skipped"
        }
        let nul = sample.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        let control = sample.reduce(0) { $0 + ($1 < 0x09 || ($1 > 0x0D && $1 < 0x20) ? 1 : 0) }
        if nul * 100 > sample.count || control * 10 > sample.count {
            return "binary file (control bytes in the first \(sample.count) bytes): skipped"
        }
        guard sample.count >= 512 else { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = sample.makeIterator()
        var invalid = 0
        decoding: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .error(let length): invalid += length
            case .emptyInput: break decoding
            }
        }
        if invalid * 5 >= sample.count {
            return "binary file (\(invalid) of the first \(sample.count) bytes are not UTF-8): skipped"
        }
        return nil
    }

    static func warnings(_ decoded: DecodedText, _ location: SourceLocation, _ id: String) -> [Diagnostic] {
        guard let first = decoded.invalidByteOffsets.first else { return [] }
        let count = decoded.invalidByteOffsets.count
        return [
            Diagnostic(
                location: location, severity: .warning,
                message:
                    "invalid UTF-8 at byte \(first)\(count > 1 ? " and \(count - 1) more" : ""), replaced with U+FFFD",
                recordID: id)
        ]
    }
}
