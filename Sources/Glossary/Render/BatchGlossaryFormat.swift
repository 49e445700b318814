/// The formats a batch glossary is written in.
public enum BatchGlossaryFormat: String, Sendable, CaseIterable {
    /// Two TAB-separated columns, French then English, no header: DeepL's glossary TSV.
    case tsv
    /// Two comma-separated columns, no header: Google Cloud Translation's unidirectional glossary.
    case csv
    /// TBX-Basic (ISO 30042, TBX v3), one concept entry per term.
    case tbx
    /// A Markdown table with counts and articles.
    case md
    /// One JSON object per term, with every field: what `precis glossary merge` reads.
    case jsonl

    /// The format a file name's extension implies.
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".markdown") {
            self = .md
            return
        }
        guard let dot = lower.lastIndex(of: ".") else { return nil }
        self.init(rawValue: String(lower[lower.index(after: dot)...]))
    }

    /// Whether the format prints each term's articles (TBX in a note and Markdown in a column,
    /// the first ``listedArticles``; JSONL all of them); DeepL's TSV and Google's CSV print the
    /// two terms only.
    public var listsArticles: Bool {
        switch self {
        case .tsv, .csv: return false
        case .tbx, .md, .jsonl: return true
        }
    }

    /// How many of a term's articles TBX and Markdown name: a termbase or a reader wants a few
    /// examples, not every article of a batch (a frequent term's list ran to 260,000 characters
    /// on 100,000 articles); the JSONL lists them all.
    public static let listedArticles = 20

    /// A term's first articles, then how many more there are ("a1, a2 and 3 more").
    public static func articleList(_ articles: [String]) -> String {
        guard articles.count > listedArticles else { return articles.joined(separator: ", ") }
        return articles.prefix(listedArticles).joined(separator: ", ") + " and \(articles.count - listedArticles) more"
    }

    /// The glossary in this format.
    public func render(_ glossary: some BatchGlossaryTerms) throws -> String {
        var output = ""
        try write(glossary) { output += $0 }
        return output
    }

    /// The glossary in this format, handed to `sink` a term at a time, so that the whole text
    /// is never held (a batch glossary's JSONL grows with the batch: 11 MB for 100,000 articles).
    /// Throws what `sink` throws, or a spill file's read failure.
    public func write(_ glossary: some BatchGlossaryTerms, to sink: (String) throws -> Void) throws {
        switch self {
        case .tsv: try DeepLTSVRenderer.write(glossary, to: sink)
        case .csv: try GoogleCSVRenderer.write(glossary, to: sink)
        case .tbx: try TBXRenderer.write(glossary, to: sink)
        case .md: try MarkdownRenderer.write(glossary, to: sink)
        case .jsonl: try BatchJSONLRenderer.write(glossary, to: sink)
        }
    }
}
