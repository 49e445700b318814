import Foundation

/// Imports terms from CSV (RFC 4180) or TSV: a header naming lexicon columns (at least `fr` and
/// `en`, any order), or two columns French, English without header.
public enum DelimitedImporter {
    /// Imports a CSV (`.csv`) or TSV file's bytes.
    public static func importTerms(_ data: Data, path: String, defaults: ImportDefaults) -> ImportResult {
        var result = ImportResult()
        guard let text = String(data: data, encoding: .utf8) else {
            result.issues.append(LexiconIssue(LexiconLocation(path: path, line: 0), .error, "not UTF-8"))
            return result
        }
        let separator: Character = path.lowercased().hasSuffix(".csv") ? "," : "\t"
        let rows = separator == "," ? csvRows(text) : tsvRows(text)
        guard let first = rows.first else {
            result.issues.append(LexiconIssue(LexiconLocation(path: path, line: 0), .error, "empty file"))
            return result
        }
        let names = first.cells.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var columns: [String: Int] = [:]
        let body: ArraySlice<(line: Int, cells: [String])>
        if names.contains("fr") && names.contains("en") {
            for (index, name) in names.enumerated() where LexiconEntry.columns.contains(name) { columns[name] = index }
            body = rows.dropFirst()
        } else {
            columns = ["fr": 0, "en": 1]
            body = rows[...]
        }
        for (line, cells) in body {
            func cell(_ name: String) -> String {
                guard let index = columns[name], index < cells.count else { return "" }
                return cells[index]
            }
            let fr = cell("fr").trimmingCharacters(in: .whitespaces)
            var lexiconCells = LexiconEntry.columns.map { cell($0) }
            func fill(_ name: String, _ value: String) {
                guard let index = LexiconEntry.columns.firstIndex(of: name) else { return }
                if lexiconCells[index].trimmingCharacters(in: .whitespaces).isEmpty { lexiconCells[index] = value }
            }
            fill("id", fr.isEmpty ? "" : defaults.id(for: fr))
            fill("kind", defaults.kind)
            fill("domain", "general")
            fill("status", "preferred")
            fill("case", LexiconEntry.isShortAcronym(fr) ? "cs" : "ci")
            fill("source", defaults.source)
            let (entry, issues) = LexiconRowParser.parse(
                lexiconCells.map { $0.replacingOccurrences(of: "\t", with: " ") },
                at: LexiconLocation(path: path, line: line))
            result.issues += issues
            if let entry { result.entries.append(entry) }
        }
        return result
    }

    /// TSV rows: '#' comments and blank lines skipped.
    static func tsvRows(_ text: String) -> [(line: Int, cells: [String])] {
        var rows: [(Int, [String])] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            rows.append((index + 1, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
        }
        return rows
    }

    /// CSV rows per RFC 4180: quoted fields may hold commas, quotes ("") and line breaks.
    static func csvRows(_ text: String) -> [(line: Int, cells: [String])] {
        var rows: [(Int, [String])] = []
        var cells: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var rowLine = 1
        var characters = text.makeIterator()
        var pending: Character? = nil
        func endRow() {
            cells.append(field)
            field = ""
            if !(cells.count == 1 && cells[0].isEmpty) { rows.append((rowLine, cells)) }
            cells = []
        }
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = characters.next() {
                        if next == "\"" {
                            field.append("\"")
                        } else {
                            quoted = false
                            pending = next
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty: quoted = true
            case ",":
                cells.append(field)
                field = ""
            case "\n", "\r\n":
                endRow()
                line += 1
                rowLine = line
            default: field.append(character)
            }
        }
        if !field.isEmpty || !cells.isEmpty { endRow() }
        return rows
    }

    /// Entries as a lexicon file: a comment, the header, one row each (tabs and breaks in cells
    /// become spaces).
    public static func lexiconTSV(_ entries: [LexiconEntry], comment: String) -> String {
        var output = "# " + comment + "\n"
        output += LexiconEntry.columns.joined(separator: "\t") + "\n"
        for entry in entries {
            let cells = entry.cells.map {
                $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\r", with: " ")
                    .replacingOccurrences(of: "\n", with: " ")
            }
            output += cells.joined(separator: "\t") + "\n"
        }
        return output
    }
}
