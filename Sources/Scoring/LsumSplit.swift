/// How a text is cut into sentences for ROUGE-Lsum.
public enum LsumSplit: String, Sendable, CaseIterable {
    /// At line breaks when the text has any, otherwise with Précis' French segmenter.
    case auto
    /// At `\n` only, like rouge-score (a text without newlines is one sentence: Lsum = L).
    case newline
    /// With Précis' French segmenter, whatever the line breaks.
    case segmenter
}
