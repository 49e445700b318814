import Foundation
import FrenchText

/// Reads lexicon files (`Lexicons/fr-en/*.tsv`): bad rows become issues, good rows entries.
///
/// A malformed row never stops the load: it is reported with `file:line` and skipped, so a
/// typo in one file does not take the whole glossary down. A file that cannot be read, or has
/// the wrong header, is one issue at line 0 or at the header's line.
public enum LexiconLoader {
    /// The lexicon files of a folder: every `*.tsv` directly in it, sorted by name (sub-folders
    /// such as `tools/` are ignored).
    public static func files(in directory: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        return names.filter { $0.hasSuffix(".tsv") && !$0.hasPrefix(".") }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { directory + "/" + $0 }
    }

    /// Loads files in order.
    public static func load(files: [String]) -> Lexicon {
        var lexicon = Lexicon(entries: [], issues: [], files: files)
        for path in files {
            do {
                let (entries, issues) = parse(bytes: try DataFile.readBytes(path), path: path)
                lexicon.entries += entries
                lexicon.issues += issues
            } catch {
                lexicon.issues.append(
                    LexiconIssue(LexiconLocation(path: error.path, line: error.line), .error, error.message))
            }
        }
        if lexicon.entries.isEmpty {
            lexicon.issues.append(
                LexiconIssue(
                    LexiconLocation(path: files.first ?? "<lexicon>", line: 0), .error,
                    files.isEmpty ? "no lexicon file" : "the lexicon has no usable entry"))
        }
        return lexicon
    }

    /// Parses the bytes of one lexicon file (a leading BOM is removed).
    ///
    /// A line with invalid UTF-8 is one malformed row, reported with the byte offset (into the
    /// file) of its first bad sequence and skipped: an editor's Latin-1 paste must not take the
    /// rest of the file down with it. A bad header still makes the whole file unusable.
    public static func parse(bytes: [UInt8], path: String) -> ([LexiconEntry], [LexiconIssue]) {
        // Decoding replaces each bad sequence with U+FFFD and never swallows a LF (it is not a
        // continuation byte), so the decoded text has the file's line numbers.
        let decoded: DecodedText
        do {
            decoded = try TextDecoder.decode(bytes)
        } catch {
            // Not strict: decoding replaces bad sequences and does not throw.
            return ([], [LexiconIssue(LexiconLocation(path: path, line: 0), .error, error.description)])
        }
        var invalid: [Int: Int] = [:]
        if !decoded.invalidByteOffsets.isEmpty {
            var line = 1
            var position = 0
            for offset in decoded.invalidByteOffsets {
                while position < offset {
                    if bytes[position] == 0x0A { line += 1 }
                    position += 1
                }
                if invalid[line] == nil { invalid[line] = offset }
            }
        }
        return parse(text: decoded.text, path: path, invalidLines: invalid)
    }

    /// Parses the text of one lexicon file.
    ///
    /// Lines and cells are cut on the UTF-8 bytes of LF and TAB (about ten times faster than
    /// splitting `Character`s); `#` comments and blank lines are skipped, as in every data file.
    /// `invalidLines` maps the lines that held invalid UTF-8 to the byte offset of the first bad
    /// sequence: each is reported and skipped.
    public static func parse(text: String, path: String, invalidLines: [Int: Int] = [:]) -> (
        [LexiconEntry], [LexiconIssue]
    ) {
        var entries: [LexiconEntry] = []
        var issues: [LexiconIssue] = []
        var header: [String]?
        var text = text
        text.withUTF8 { bytes in
            var lineNumber = 0
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                lineNumber += 1
                var lineEnd = end
                if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                defer { start = end + 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || line.first == 0x23 { continue }
                if let offset = invalidLines[lineNumber] {
                    issues.append(
                        LexiconIssue(
                            LexiconLocation(path: path, line: lineNumber), .error, "invalid UTF-8 at byte \(offset)"))
                    // Without a readable header, no row of the file can be read.
                    guard header != nil else {
                        header = []
                        return
                    }
                    continue
                }
                var cells: [String] = []
                cells.reserveCapacity(12)
                var cellStart = 0
                for index in 0...line.count where index == line.count || line[index] == 0x09 {
                    cells.append(
                        String(decoding: UnsafeBufferPointer(rebasing: line[cellStart..<index]), as: UTF8.self))
                    cellStart = index + 1
                }
                let location = LexiconLocation(path: path, line: lineNumber)
                guard header != nil else {
                    header = cells
                    if cells != LexiconEntry.columns {
                        issues.append(
                            LexiconIssue(
                                location, .error,
                                "expected header \(LexiconEntry.columns.joined(separator: "<TAB>")), found \(cells.joined(separator: "<TAB>"))"
                            ))
                        return
                    }
                    continue
                }
                let (entry, problems) = LexiconRowParser.parse(cells, at: location)
                issues += problems
                if let entry { entries.append(entry) }
            }
        }
        if header == nil {
            issues.append(LexiconIssue(LexiconLocation(path: path, line: 0), .error, "empty file: no header"))
        }
        if header != nil, header != LexiconEntry.columns { return ([], issues) }
        return (entries, issues)
    }
}
