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
            forEachDataLine(bytes) { number, range in
                spans.append((line: number, start: range.lowerBound, end: range.upperBound))
                return true
            }
            return spans
        }
        let utf8 = text.utf8
        return spans.map { span in
            let start = utf8.index(utf8.startIndex, offsetBy: span.start)
            return (span.line, text[start..<utf8.index(start, offsetBy: span.end - span.start)])
        }
    }

    /// Calls `body` with the number and byte range of each line that is neither blank nor a `#`
    /// comment, until it returns false. Lines end at LF; a CR before it is left out of the range.
    static func forEachDataLine(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Range<Int>) -> Bool) {
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
            if !isBlank, line.first != UInt8(ascii: "#"), !body(number, start..<end) { return }
            start = newline + 1
        }
    }

    /// Calls `body` with every data row of a TSV text whose first data line is a header equal to
    /// `header`, as spans of its UTF-8 bytes: a table of tens of thousands of rows is read
    /// without a String or an array per cell.
    ///
    /// - Throws: ``DataFileError`` for a missing or different header, or a row whose number of
    ///   cells differs from the header's; and whatever `body` throws.
    public static func forEachRow(
        ofTSV text: String, path: String, header: [String], _ body: (TSVRow) throws(DataFileError) -> Void
    ) throws(DataFileError) {
        var text = text
        var failure: DataFileError?
        text.withUTF8 { bytes in
            var bounds: [Range<Int>] = []
            var sawHeader = false
            forEachDataLine(bytes) { number, range in
                bounds.removeAll(keepingCapacity: true)
                var cellStart = range.lowerBound
                for index in range where bytes[index] == UInt8(ascii: "\t") {
                    bounds.append(cellStart..<index)
                    cellStart = index + 1
                }
                bounds.append(cellStart..<range.upperBound)
                let row = TSVRow(line: number, bytes: bytes, bounds: bounds)
                if !sawHeader {
                    sawHeader = true
                    let found = (0..<row.count).map(row.string)
                    if found != header {
                        failure = DataFileError(
                            path: path, line: number,
                            message:
                                "expected header \(header.joined(separator: "<TAB>")), found \(found.joined(separator: "<TAB>"))"
                        )
                        return false
                    }
                    return true
                }
                guard row.count == header.count else {
                    failure = DataFileError(
                        path: path, line: number, message: "expected \(header.count) columns, found \(row.count)")
                    return false
                }
                do throws(DataFileError) {
                    try body(row)
                } catch {
                    failure = error
                    return false
                }
                return true
            }
            if !sawHeader {
                failure = DataFileError(
                    path: path, line: 0, message: "empty file: expected header \(header.joined(separator: "<TAB>"))")
            }
        }
        if let failure { throw failure }
    }

    /// Parses a TSV text whose first data line is a header equal to `header`.
    ///
    /// - Throws: ``DataFileError`` for a missing or different header, or a row whose number of
    ///   cells differs from the header's.
    public static func rows(ofTSV text: String, path: String, header: [String]) throws(DataFileError) -> [DataRow] {
        var rows: [DataRow] = []
        try forEachRow(ofTSV: text, path: path, header: header) { row in
            rows.append(DataRow(line: row.line, cells: (0..<row.count).map(row.string)))
        }
        return rows
    }
}

/// One data row of a TSV file, as spans of the file's UTF-8 bytes; valid only inside the
/// ``DataFile/forEachRow(ofTSV:path:header:_:)`` callback that receives it.
public struct TSVRow {
    /// The 1-based line number in the file.
    public let line: Int
    let bytes: UnsafeBufferPointer<UInt8>
    let bounds: [Range<Int>]

    /// The number of cells.
    public var count: Int { bounds.count }

    /// The bytes of a cell.
    public func cell(_ index: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[bounds[index]]) }

    /// A cell as a String.
    public func string(_ index: Int) -> String { String(decoding: cell(index), as: UTF8.self) }

    /// A cell of ASCII digits only (at most 18) as an integer; nil for anything else.
    public func integer(_ index: Int) -> Int? {
        let digits = cell(index)
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
