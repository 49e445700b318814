/// Renders summaries as plain text or Markdown, one article after another.
public enum SummaryTextRenderer {
    /// The summary text alone, one article a paragraph.
    public static func text(_ summary: Summary) -> String {
        (summary.selected.isEmpty ? "[\(summary.id): \(summary.warnings.joined(separator: ", "))]" : summary.text)
            + "\n\n"
    }

    /// A Markdown section: the title (or id) as a heading, then the summary.
    public static func markdown(_ summary: Summary) -> String {
        let heading = summary.title.map { "\($0) (\(summary.id))" } ?? summary.id
        let body =
            summary.selected.isEmpty
            ? "_No summary: \(summary.warnings.joined(separator: ", "))._" : summary.text
        return "## \(escapeMarkdown(heading))\n\n\(escapeMarkdown(body))\n\n"
    }

    /// Escapes the characters that would start Markdown syntax inside running text.
    static func escapeMarkdown(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
