import Foundation

/// The batch glossary as Google Cloud Translation's unidirectional glossary CSV: two columns,
/// French then English, no header (the API reads the first row as data), RFC 4180 quoting.
public enum GoogleCSVRenderer {
    /// Hands the glossary to `sink` a row at a time.
    public static func write(_ glossary: some BatchGlossaryTerms, to sink: (String) throws -> Void) throws {
        var seen = Set<String>()
        try glossary.forEachTerm { term in
            let fr = DeepLTSVRenderer.clean(term.entry.fr)
            guard seen.insert(fr).inserted else { return }
            try sink(field(fr) + "," + field(DeepLTSVRenderer.clean(term.entry.en)) + "\r\n")
        }
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
