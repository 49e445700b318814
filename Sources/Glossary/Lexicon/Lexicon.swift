/// A loaded lexicon: its usable entries, in file order, and the problems found on the way.
public struct Lexicon: Sendable {
    /// The entries, in the order of the files given, then of lines.
    public var entries: [LexiconEntry]
    /// Rows that could not be used, and other problems found while reading.
    public var issues: [LexiconIssue]
    /// The files read, in order.
    public var files: [String]

    public init(entries: [LexiconEntry], issues: [LexiconIssue] = [], files: [String] = []) {
        self.entries = entries
        self.issues = issues
        self.files = files
    }
}
