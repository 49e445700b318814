/// Turns the 12 cells of a lexicon row into an entry, or says why it cannot.
///
/// Shared by the loader and the importers, so that an imported row obeys exactly the rules of
/// a hand-written one.
public enum LexiconRowParser {
    /// Parses cells; returns the entry (nil when the row is unusable) and the problems found.
    public static func parse(_ cells: [String], at location: LexiconLocation) -> (LexiconEntry?, [LexiconIssue]) {
        var issues: [LexiconIssue] = []
        func problem(_ severity: LexiconIssue.Severity, _ message: String) {
            issues.append(LexiconIssue(location, severity, message))
        }
        let columns = LexiconEntry.columns
        guard cells.count == columns.count else {
            problem(.error, "expected \(columns.count) columns, found \(cells.count)")
            return (nil, issues)
        }
        var trimmed: [String] = []
        for (index, cell) in cells.enumerated() {
            let clean = trim(cell)
            if clean != cell { problem(.warning, "column '\(columns[index])' has spaces at either end") }
            trimmed.append(clean)
        }
        for name in ["id", "fr", "en", "source"] where trimmed[columns.firstIndex(of: name) ?? 0].isEmpty {
            problem(.error, "empty '\(name)'")
        }
        let status = LexiconEntry.Status(rawValue: trimmed[7])
        if status == nil {
            problem(.error, "status '\(trimmed[7])' is not preferred, admitted or deprecated")
        }
        let caseRule = LexiconEntry.CaseRule(rawValue: trimmed[9])
        if caseRule == nil { problem(.error, "case '\(trimmed[9])' is not cs or ci") }
        let country = trimmed[8]
        if !country.isEmpty, !(country == "INT" || (country.utf8.count == 2 && country.allSatisfy { $0.isUppercase })) {
            problem(.warning, "country '\(country)' is not an ISO 3166 code or INT")
        }
        for name in ["kind", "domain"] where trimmed[columns.firstIndex(of: name) ?? 0].isEmpty {
            problem(.warning, "empty '\(name)'")
        }
        let variants = list(trimmed[2], column: "variants", problem: problem)
        let alternatives = list(trimmed[4], column: "alternatives", problem: problem)
        for form in [trimmed[1]] + variants where form.contains(where: { $0 == "\"" || $0 == "\n" }) {
            problem(.error, "French form '\(form)' contains a quote or a line break")
        }
        guard issues.allSatisfy({ $0.severity != .error }), let status, let caseRule else { return (nil, issues) }
        let entry = LexiconEntry(
            id: trimmed[0], fr: trimmed[1], variants: variants, en: trimmed[3], alternatives: alternatives,
            kind: trimmed[5], domain: trimmed[6], status: status, country: country, caseRule: caseRule,
            note: trimmed[10], source: trimmed[11], location: location)
        return (entry, issues)
    }

    /// A `|`-separated list, empty items reported and dropped.
    static func list(_ cell: String, column: String, problem: (LexiconIssue.Severity, String) -> Void) -> [String] {
        guard !cell.isEmpty else { return [] }
        var result: [String] = []
        for item in cell.split(separator: "|", omittingEmptySubsequences: false) {
            let clean = trim(String(item))
            if clean.isEmpty {
                problem(.warning, "empty item in '\(column)'")
            } else {
                result.append(clean)
            }
        }
        return result
    }

    /// Removes spaces (including no-break spaces) at both ends.
    static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        guard first.properties.isWhitespace || last.properties.isWhitespace else { return text }
        var slice = Substring(text)
        while let character = slice.first, character.isWhitespace { slice.removeFirst() }
        while let character = slice.last, character.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
