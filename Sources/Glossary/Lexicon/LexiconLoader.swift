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
    public static func parse(text: String, path: String) -> ([LexiconEntry], [LexiconIssue]) {
        let lines = DataFile.lines(of: text)
        guard let header = lines.first else {
            return ([], [LexiconIssue(LexiconLocation(path: path, line: 0), .error, "empty file: no header")])
        }
        let found = header.text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard found == LexiconEntry.columns else {
            return (
                [],
                [
                    LexiconIssue(
                        LexiconLocation(path: path, line: header.line), .error,
                        "expected header \(LexiconEntry.columns.joined(separator: "<TAB>")), found \(found.joined(separator: "<TAB>"))"
                    )
                ]
            )
        }
        var entries: [LexiconEntry] = []
        var issues: [LexiconIssue] = []
        for (line, row) in lines.dropFirst() {
            let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let (entry, problems) = LexiconRowParser.parse(cells, at: LexiconLocation(path: path, line: line))
            issues += problems
            if let entry { entries.append(entry) }
        }
        return (entries, issues)
    }
}
