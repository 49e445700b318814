/// The glossary of a whole batch: every entry found, with its total count and its articles.
///
/// The merge is deterministic and associative: glossaries of contiguous parts merged in order
/// give exactly the glossary of the single run (articles keep batch order; terms are sorted by
/// French term, then id), which is what `precis glossary merge` relies on. A `--shard i/N` run
/// takes every N-th record by hash, not a contiguous part: its glossary keeps each article's
/// input position (`ordinals`), and the merge puts the articles back in input order.
public struct BatchGlossary: Sendable, Equatable {
    /// One entry of the batch glossary.
    public struct Term: Sendable, Equatable {
        public var entry: LexiconEntry
        /// Occurrences in the whole batch (titles included).
        public var count: Int
        /// Ids of the articles it occurs in, in batch order.
        public var articles: [String]
        /// The input positions of ``articles`` (1-based) when the run was a shard, else empty.
        public var ordinals: [Int]

        public init(entry: LexiconEntry, count: Int, articles: [String], ordinals: [Int] = []) {
            self.entry = entry
            self.count = count
            self.articles = articles
            self.ordinals = ordinals.count == articles.count ? ordinals : []
        }

        /// Puts other articles among these by their input positions, both lists being in input
        /// order (``BatchGlossaryReader`` refuses a shard's line that is not). An article of a
        /// running shard comes after every one before it and is appended; a shard's glossary
        /// merged into another is interleaved in one pass.
        mutating func interleave(articles others: [String], ordinals otherOrdinals: [Int]) {
            let others = Array(zip(otherOrdinals, others))
            if let last = ordinals.last, let first = others.first?.0, last < first {
                ordinals += others.map(\.0)
                articles += others.map(\.1)
                return
            }
            var mergedOrdinals: [Int] = []
            var mergedArticles: [String] = []
            mergedOrdinals.reserveCapacity(ordinals.count + others.count)
            mergedArticles.reserveCapacity(ordinals.count + others.count)
            var mine = 0
            var theirs = 0
            while mine < ordinals.count || theirs < others.count {
                if theirs == others.count || (mine < ordinals.count && ordinals[mine] <= others[theirs].0) {
                    mergedOrdinals.append(ordinals[mine])
                    mergedArticles.append(articles[mine])
                    mine += 1
                } else {
                    mergedOrdinals.append(others[theirs].0)
                    mergedArticles.append(others[theirs].1)
                    theirs += 1
                }
            }
            ordinals = mergedOrdinals
            articles = mergedArticles
        }
    }

    var byID: [String: Term] = [:]

    /// Whether each term keeps the list of its articles. The formats that do not print them
    /// (DeepL's TSV, Google's CSV) need only counts, and without the lists a batch glossary's
    /// memory no longer grows with the batch.
    public private(set) var keepsArticles: Bool

    public init(keepingArticles: Bool = true) {
        keepsArticles = keepingArticles
    }

    /// Stops keeping articles and forgets those kept so far (for a run whose formats do not
    /// print them, resumed from a partial output that listed them).
    public mutating func forgetArticles() {
        keepsArticles = false
        for id in byID.keys {
            byID[id]?.articles = []
            byID[id]?.ordinals = []
        }
    }

    /// Adds one article's glossary (articles must be added in batch order), with its input
    /// position when the run is a shard.
    public mutating func add(_ article: ArticleGlossary, entries: [LexiconEntry], ordinal: Int? = nil) {
        for term in article.terms {
            let entry = entries[term.entry]
            add(Term(entry: entry, count: term.count, articles: [article.id], ordinals: ordinal.map { [$0] } ?? []))
        }
    }

    /// Adds a term (from an article or from another batch glossary): its articles go after
    /// those already there, or, when both sides know their input positions, in input order.
    public mutating func add(_ term: Term) {
        // Taken out of the dictionary, so that its lists are not shared with it and grow in place
        // (a copy of a frequent term's list at every article made a batch quadratic).
        guard var existing = byID.removeValue(forKey: term.entry.id) else {
            byID[term.entry.id] = keepsArticles ? term : Term(entry: term.entry, count: term.count, articles: [])
            return
        }
        existing.count += term.count
        if !keepsArticles {
            // Counts only: no list to grow.
        } else if !existing.ordinals.isEmpty, !term.ordinals.isEmpty {
            existing.interleave(articles: term.articles, ordinals: term.ordinals)
        } else {
            existing.articles += term.articles
            existing.ordinals = []
        }
        byID[term.entry.id] = existing
    }

    /// Merges another batch glossary, whose articles come after this one's (or fall in place by
    /// their input positions, for shards).
    public mutating func merge(_ other: BatchGlossary) {
        for term in other.terms { add(term) }
    }

    /// An article that both glossaries list under the same term: the same shard (or part) given
    /// twice, whose counts a merge would add up. Nil when there is none.
    public func sharedArticle(with other: BatchGlossary) -> (term: String, article: String)? {
        for term in other.terms {
            guard let existing = byID[term.entry.id] else { continue }
            let known = Set(existing.articles)
            if let article = term.articles.first(where: known.contains) { return (term.entry.id, article) }
        }
        return nil
    }

    /// The same glossary without input positions: what a single run writes.
    public var withoutOrdinals: BatchGlossary {
        var copy = self
        for id in copy.byID.keys { copy.byID[id]?.ordinals = [] }
        return copy
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
