/// The batch glossary as DeepL's glossary TSV: `French<TAB>English`, one pair a line, no header.
///
/// DeepL refuses duplicate sources, tabs or line breaks inside a term, and surrounding spaces;
/// the first pair for a French term is kept and the rest dropped, whitespace is collapsed.
public enum DeepLTSVRenderer {
    /// Hands the glossary to `sink` a line at a time.
    public static func write(_ glossary: some BatchGlossaryTerms, to sink: (String) throws -> Void) throws {
        var seen = Set<String>()
        try glossary.forEachTerm { term in
            let fr = clean(term.entry.fr)
            let en = clean(term.entry.en)
            guard !fr.isEmpty, !en.isEmpty, seen.insert(fr).inserted else { return }
            try sink(fr + "\t" + en + "\n")
        }
    }

    /// Tabs and line breaks become spaces; runs of spaces one; ends trimmed.
    static func clean(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
