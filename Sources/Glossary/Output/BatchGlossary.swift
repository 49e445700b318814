/// The glossary of a whole batch: every entry found, with its total count and its articles.
///
/// The merge is deterministic and associative: glossaries of shards merged in shard order give
/// exactly the glossary of the single run (articles keep batch order; terms are sorted by
/// French term, then id), which is what `precis glossary merge` relies on.
public struct BatchGlossary: Sendable, Equatable {
    /// One entry of the batch glossary.
    public struct Term: Sendable, Equatable {
        public var entry: LexiconEntry
        /// Occurrences in the whole batch (titles included).
        public var count: Int
        /// Ids of the articles it occurs in, in batch order.
        public var articles: [String]

        public init(entry: LexiconEntry, count: Int, articles: [String]) {
            self.entry = entry
            self.count = count
            self.articles = articles
        }
    }

    var byID: [String: Term] = [:]

    public init() {}

    /// Adds one article's glossary (articles must be added in batch order).
    public mutating func add(_ article: ArticleGlossary, entries: [LexiconEntry]) {
        for term in article.terms {
            let entry = entries[term.entry]
            add(Term(entry: entry, count: term.count, articles: [article.id]))
        }
    }

    /// Adds a term (from an article or from another batch glossary).
    public mutating func add(_ term: Term) {
        if var existing = byID[term.entry.id] {
            existing.count += term.count
            existing.articles += term.articles
            byID[term.entry.id] = existing
        } else {
            byID[term.entry.id] = term
        }
    }

    /// Merges another batch glossary, whose articles come after this one's.
    public mutating func merge(_ other: BatchGlossary) {
        for term in other.terms { add(term) }
    }

    /// The terms, sorted by French term (case- and accent-insensitive), then id.
    public var terms: [Term] {
        byID.values.map { (KeyBuilder.folded($0.entry.fr), $0) }
            .sorted { a, b in
                a.0 != b.0
                    ? a.0.lexicographicallyPrecedes(b.0)
                    : a.1.entry.id.utf8.lexicographicallyPrecedes(b.1.entry.id.utf8)
            }
            .map(\.1)
    }

    public var isEmpty: Bool { byID.isEmpty }
}
