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

    /// Whether the format prints each term's articles (TBX in a note, Markdown in a column,
    /// JSONL as a list); DeepL's TSV and Google's CSV print the two terms only.
    public var listsArticles: Bool {
        switch self {
        case .tsv, .csv: return false
        case .tbx, .md, .jsonl: return true
        }
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
