import Foundation

/// The batch glossary as a Markdown table: French, English, alternatives, kind, domain,
/// country, count and articles, for people to read.
public enum MarkdownRenderer {
    /// Hands the glossary to `sink` a row at a time.
    public static func write(_ glossary: BatchGlossary, to sink: (String) -> Void) {
        let terms = glossary.terms
        sink(
            "# Glossary fr → en\n\n"
                + "\(terms.count) term\(terms.count == 1 ? "" : "s"), \(terms.reduce(0) { $0 + $1.count }) occurrences.\n\n"
                + "| French | English | Alternatives | Kind | Domain | Country | Count | Articles |\n"
                + "|---|---|---|---|---|---|---:|---|\n")
        for term in terms {
            let entry = term.entry
            let cells = [
                entry.fr, entry.en, entry.alternatives.joined(separator: "; "), entry.kind, entry.domain, entry.country,
                String(term.count), term.articles.joined(separator: ", "),
            ]
            sink("| " + cells.map(escape).joined(separator: " | ") + " |\n")
        }
    }

    /// Pipes and line breaks would break the table.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\n", with: " ")
    }
}
