import Foundation

/// The batch glossary as a Markdown table: French, English, alternatives, kind, domain,
/// country, count and the first articles, for people to read.
public enum MarkdownRenderer {
    /// Hands the glossary to `sink` a row at a time.
    public static func write(_ glossary: some BatchGlossaryTerms, to sink: (String) throws -> Void) throws {
        let count = glossary.termCount
        try sink(
            "# Glossary fr → en\n\n"
                + "\(count) term\(count == 1 ? "" : "s"), \(glossary.occurrences) occurrences.\n\n"
                + "| French | English | Alternatives | Kind | Domain | Country | Count | Articles |\n"
                + "|---|---|---|---|---|---|---:|---|\n")
        try glossary.forEachTerm { term in
            let entry = term.entry
            let cells = [
                entry.fr, entry.en, entry.alternatives.joined(separator: "; "), entry.kind, entry.domain, entry.country,
                String(term.count), BatchGlossaryFormat.articleList(term.articles),
            ]
            try sink("| " + cells.map(escape).joined(separator: " | ") + " |\n")
        }
    }

    /// Pipes and line breaks would break the table.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\n", with: " ")
    }
}
