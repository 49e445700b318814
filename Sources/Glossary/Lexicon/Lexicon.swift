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

extension Lexicon {
    /// The lexicon as the glossary uses it: the problems between rows (``LexiconChecker``) added
    /// to its issues, and the rows they make unusable skipped.
    ///
    /// A row with an error is a duplicate id or a French form rendered differently in the same
    /// country: keeping it would list one concept twice in an article, or give the matcher two
    /// renderings to choose from, so it is skipped like a malformed row and the earlier row wins.
    public func checked() -> Lexicon {
        let findings = LexiconChecker.findings(entries)
        let unusable = Set(findings.filter { $0.issue.severity == .error }.map(\.entry))
        var result = self
        result.entries = entries.indices.filter { !unusable.contains($0) }.map { entries[$0] }
        result.issues += findings.map(\.issue)
        return result
    }
}
