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
                let text = try DataFile.readText(path)
                let (entries, issues) = parse(text: text, path: path)
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

    /// Parses the text of one lexicon file.
    ///
    /// Lines and cells are cut on the UTF-8 bytes of LF and TAB (about ten times faster than
    /// splitting `Character`s); `#` comments and blank lines are skipped, as in every data file.
    public static func parse(text: String, path: String) -> ([LexiconEntry], [LexiconIssue]) {
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
