/// One sentence found in a text: where it is and which paragraph holds it.
public struct Sentence: Sendable, Equatable, Hashable {
    /// UTF-16 offsets of the sentence in the original text, whitespace trimmed from both ends.
    public var range: Range<Int>
    /// The 0-based index of the paragraph (blank-line separated block) that holds it.
    public var paragraph: Int

    public init(range: Range<Int>, paragraph: Int) {
        self.range = range
        self.paragraph = paragraph
    }
}
