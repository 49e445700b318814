import Batch

/// Renders an HTML page: each article with its chosen sentences highlighted and every
/// sentence's score drawn as a bar, noise struck through with its kind (and, on hover, the
/// rule that set it aside).
public enum SummaryHTMLRenderer {
    /// The page's title when none is given.
    public static let defaultTitle = "Précis — summaries"

    /// The page up to its first article. A page is self-contained (inline CSS, no scripts) and
    /// written as the batch goes: ``header(title:)``, then ``article(_:)`` for each summary, then
    /// ``footer``.
    public static func header(title: String = defaultTitle) -> String {
        """
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>\(escape(title))</title>
        <style>
        body{font:16px/1.5 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
        h1{font:600 1.4rem system-ui,sans-serif}h2{font:600 1.15rem system-ui,sans-serif;margin-top:2.5rem}
        .summary{background:#f3f7ff;border-left:4px solid #2456c4;padding:.6rem 1rem}
        .s{display:grid;grid-template-columns:4.5rem 1fr;gap:.6rem;margin:.25rem 0}
        .bar{height:.7rem;margin-top:.45rem;background:#2456c4;border-radius:2px}
        .selected{background:#fff4b3}.noise{color:#999;text-decoration:line-through}
        .tag{font:.75rem system-ui,sans-serif;color:#666;margin-left:.4rem}
        </style></head><body>
        <h1>\(escape(title))</h1>

        """
    }

    /// The end of the page.
    public static let footer = "</body></html>\n"

    /// One article's section.
    public static func article(_ summary: Summary) -> String {
        let maxScore = max(summary.sentences.map(\.score).max() ?? 1, 1e-9)
        var html = "<section><h2>\(escape(summary.title ?? summary.id))</h2>\n"
        html += "<p class=\"summary\">\(escape(summary.selected.isEmpty ? "—" : summary.text))</p>\n"
        for sentence in summary.sentences {
            let width = sentence.features.isEmpty ? 0 : Int((max(sentence.score, 0) / maxScore * 100).rounded())
            let css: String
            switch sentence.status {
            case .selected: css = "selected"
            case .noise, .title: css = "noise"
            case .notSelected: css = ""
            }
            html += "<div class=\"s\"><div><div class=\"bar\" style=\"width:\(width)%\" title=\"score "
            html +=
                "\(JSONWriter.format(sentence.score, digits: 4))\"></div></div><div class=\"\(css)\">\(escape(sentence.text))"
            // The rule that set a sentence aside, or took it as the standfirst, shows on hover
            // ("cleanup.tsv:37", "context:standfirst").
            let rule = sentence.rule.map { " title=\"\(escape($0.code))\"" } ?? ""
            html += "<span class=\"tag\"\(rule)>\(escape(sentence.status.code))</span></div></div>\n"
        }
        return html + "</section>\n"
    }

    /// Escapes text for HTML element content and attribute values.
    static func escape(_ text: String) -> String { MarkupEscaping.escape(text) }
}
