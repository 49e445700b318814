/// What an importer fills in when a source row lacks it.
public struct ImportDefaults: Sendable {
    /// The `source` of every imported row that names none (an import must say where it comes from).
    public var source: String
    /// Ids are made from this prefix and the French term.
    public var idPrefix: String
    public var kind: String

    public init(source: String, idPrefix: String = "imported-", kind: String = "term") {
        self.source = source
        self.idPrefix = idPrefix
        self.kind = kind
    }

    /// An id from the prefix and the French term: "imported-etat-d-urgence".
    public func id(for fr: String) -> String {
        var slug = ""
        for unit in KeyBuilder.folded(fr) {
            let character = Character(Unicode.Scalar(unit) ?? "-")
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return idPrefix + slug
    }
}

/// The entries an importer produced, and the problems of the rows it skipped.
public struct ImportResult: Sendable {
    public var entries: [LexiconEntry]
    public var issues: [LexiconIssue]

    public init(entries: [LexiconEntry] = [], issues: [LexiconIssue] = []) {
        self.entries = entries
        self.issues = issues
    }
}
