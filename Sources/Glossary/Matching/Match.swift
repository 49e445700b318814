/// One occurrence of a lexicon entry in a text.
public struct Match: Sendable, Equatable, Hashable {
    /// The entry's index in the matcher's ``CompiledMatcher/entries``.
    public var entry: Int
    /// Which of the entry's ``LexiconEntry/forms`` matched (0 = the canonical term); -1 when the
    /// match comes from an acronym the text defines ("… nationale (DGSN)").
    public var form: Int
    /// UTF-16 offsets into the original text, end exclusive.
    public var range: Range<Int>

    public init(entry: Int, form: Int, range: Range<Int>) {
        self.entry = entry
        self.form = form
        self.range = range
    }
}
