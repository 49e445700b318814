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
    public static func lines(of text: String) -> [(line: Int, text: Substring)] {
        var result: [(Int, Substring)] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.last == "\r" ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.first == "#" { continue }
            result.append((number, line))
        }
        return result
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
        let found = first.text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard found == header else {
            throw DataFileError(
                path: path, line: first.line,
                message:
                    "expected header \(header.joined(separator: "<TAB>")), found \(found.joined(separator: "<TAB>"))")
        }
        var rows: [DataRow] = []
        for (line, text) in lines.dropFirst() {
            let cells = text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == header.count else {
                throw DataFileError(
                    path: path, line: line, message: "expected \(header.count) columns, found \(cells.count)")
            }
            rows.append(DataRow(line: line, cells: cells))
        }
        return rows
    }
}
