#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One data line of a TSV file, with its 1-based line number.
public struct DataRow: Sendable, Equatable {
    /// The line number in the file.
    public let line: Int
    /// The TAB-separated cells.
    public let cells: [String]
}

/// Reads the data files of `Lexicons/`: UTF-8 text, `#` comment lines, blank lines ignored.
///
/// This module may not import Foundation (see ``ICU``), so files are read with POSIX calls.
public enum DataFile {
    /// Reads a whole file as bytes.
    public static func readBytes(_ path: String) throws(DataFileError) -> [UInt8] {
        guard let handle = fopen(path, "rb") else {
            throw DataFileError(path: path, line: 0, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let read = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
            if read > 0 { bytes.append(contentsOf: chunk[0..<read]) }
            if read < chunk.count {
                if ferror(handle) != 0 {
                    throw DataFileError(path: path, line: 0, message: "read error")
                }
                break
            }
        }
        return bytes
    }

    /// Reads a UTF-8 text file, refusing invalid UTF-8 with the line where it occurs.
    public static func readText(_ path: String) throws(DataFileError) -> String {
        let bytes = try readBytes(path)
        do {
            return try TextDecoder.decode(bytes, strict: true).text
        } catch {
            let line = bytes[..<error.byteOffset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw DataFileError(path: path, line: line, message: "invalid UTF-8 at byte \(error.byteOffset)")
        }
    }

    /// The non-comment, non-blank lines of a text, with their line numbers.
    ///
    /// Lines end at LF, and a CR before it is dropped. The scan runs on the UTF-8 bytes: both
    /// are ASCII, so every cut is on a character boundary, and a Character-by-Character split
    /// would cost most of the start-up on the larger tables (and sees CR LF as one Character).
    public static func lines(of text: String) -> [(line: Int, text: Substring)] {
        var text = text
        let spans: [(line: Int, start: Int, end: Int)] = text.withUTF8 { bytes in
            // Labelled like the result, so no element-by-element cast follows.
            var spans: [(line: Int, start: Int, end: Int)] = []
            var number = 0
            var start = 0
            while start < bytes.count {
                var newline = start
                while newline < bytes.count, bytes[newline] != UInt8(ascii: "\n") { newline += 1 }
                number += 1
                var end = newline
                if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let isBlank = line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
                if !isBlank, line.first != UInt8(ascii: "#") { spans.append((line: number, start: start, end: end)) }
                start = newline + 1
            }
            return spans
        }
        let utf8 = text.utf8
        return spans.map { span in
            let start = utf8.index(utf8.startIndex, offsetBy: span.start)
            return (span.line, text[start..<utf8.index(start, offsetBy: span.end - span.start)])
        }
    }

    /// The TAB-separated cells of a line, cut on its UTF-8 bytes (a TAB is ASCII).
    static func cells(of line: Substring) -> [String] {
        var line = line
        return line.withUTF8 { bytes in
            // Counted first: one allocation a row, not one per doubling.
            var tabs = 0
            for byte in bytes where byte == UInt8(ascii: "\t") { tabs += 1 }
            var cells: [String] = []
            cells.reserveCapacity(tabs + 1)
            var start = 0
            var index = 0
            while index <= bytes.count {
                if index == bytes.count || bytes[index] == UInt8(ascii: "\t") {
                    cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    start = index + 1
                }
                index += 1
            }
            return cells
        }
    }

    /// Parses a TSV text whose first data line is a header equal to `header`.
    ///
    /// - Throws: ``DataFileError`` for a missing or different header, or a row whose number of
    ///   cells differs from the header's.
    public static func rows(ofTSV text: String, path: String, header: [String]) throws(DataFileError) -> [DataRow] {
        let lines = lines(of: text)
        guard let first = lines.first else {
            throw DataFileError(
                path: path, line: 0, message: "empty file: expected header \(header.joined(separator: "<TAB>"))")
        }
        let found = DataFile.cells(of: first.text)
        guard found == header else {
            throw DataFileError(
                path: path, line: first.line,
                message:
                    "expected header \(header.joined(separator: "<TAB>")), found \(found.joined(separator: "<TAB>"))")
        }
        var rows: [DataRow] = []
        for (line, text) in lines.dropFirst() {
            let cells = DataFile.cells(of: text)
            guard cells.count == header.count else {
                throw DataFileError(
                    path: path, line: line, message: "expected \(header.count) columns, found \(cells.count)")
            }
            rows.append(DataRow(line: line, cells: cells))
        }
        return rows
    }
}
