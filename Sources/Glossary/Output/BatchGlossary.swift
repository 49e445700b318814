import Batch

/// The glossary of a whole batch: every entry found, with its total count and its articles.
///
/// The merge is deterministic and associative: glossaries of contiguous parts merged in order
/// give exactly the glossary of the single run (articles keep batch order; terms are sorted by
/// French term, then id), which is what `precis glossary merge` relies on. A `--shard i/N` run
/// takes every N-th record by hash, not a contiguous part: its glossary keeps each article's
/// input position (`ordinals`), and the merge puts the articles back in input order.
///
/// Its memory does not grow with the batch: the terms are the lexicon's, and the lists of their
/// articles, which do grow, go to an anonymous temporary file (``SpillFile``) once they pass a
/// limit, and are read back one term at a time when the glossary is written
/// (``forEachTerm(_:)``). A copy shares that file, which is only ever appended to.
public struct BatchGlossary: BatchGlossaryTerms {
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

        /// Adds another part's count and articles: put among these by their input positions when
        /// both sides know them, else appended, the positions dropped.
        mutating func absorb(_ other: Term) {
            count += other.count
            if !ordinals.isEmpty, !other.ordinals.isEmpty {
                interleave(articles: other.articles, ordinals: other.ordinals)
            } else {
                articles += other.articles
                ordinals = []
            }
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
    /// The articles of each term already in the spill file, in batch order, before those of
    /// its ``Term`` in `byID`.
    var spilled: [String: [Segment]] = [:]
    /// Where the lists go past the limit; nil keeps them in memory.
    let spill: Spill?
    /// About how many bytes the article lists in `byID` hold.
    var buffered = 0
    /// Why some articles could not be read back from the spill file, if that happened.
    var lostArticles: String?

    /// Whether each term keeps the list of its articles. The formats that do not print them
    /// (DeepL's TSV, Google's CSV) need only counts, and without the lists a batch glossary's
    /// memory no longer grows with the batch.
    public private(set) var keepsArticles: Bool

    /// Why the lists stayed in memory although a limit was set (the temporary file could not be
    /// created or written); nil when nothing went wrong.
    public internal(set) var spillFailure: String?

    /// A batch glossary, its article lists kept in memory, or written to a temporary file in
    /// `spillDirectory` (the system's temporary folder by default) whenever they hold more than
    /// `spillingAbove` bytes.
    public init(keepingArticles: Bool = true, spillingAbove limit: Int? = nil, spillDirectory: String? = nil) {
        keepsArticles = keepingArticles
        spill = limit.map { Spill(limit: max($0, 1), directory: spillDirectory) }
    }

    /// Stops keeping articles and forgets those kept so far (for a run whose formats do not
    /// print them, resumed from a partial output that listed them).
    public mutating func forgetArticles() {
        keepsArticles = false
        for id in byID.keys {
            byID[id]?.articles = []
            byID[id]?.ordinals = []
        }
        spilled = [:]
        buffered = 0
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
            if keepsArticles { grow(by: term) }
            return
        }
        existing.count += term.count
        if keepsArticles {
            let segments = spilled[term.entry.id] ?? []
            // The input position of the last article kept, in memory or in the spill file.
            let last = existing.articles.isEmpty ? segments.last?.lastOrdinal : existing.ordinals.last
            let bothOrdered = last != nil && !term.ordinals.isEmpty
            if bothOrdered, let last, let first = term.ordinals.first, last < first {
                // A running shard: its articles come in input order, after every one before.
                existing.articles += term.articles
                existing.ordinals += term.ordinals
            } else if bothOrdered {
                // Interleaved (an in-memory merge of shards, a rare case): the articles in the
                // spill file come back first.
                if !segments.isEmpty {
                    do {
                        existing = try load(existing)
                        spilled[term.entry.id] = nil
                        buffered += Self.cost(of: existing)
                    } catch {
                        // The glossary is no longer whole: writing it fails (``forEachTerm(_:)``).
                        lostArticles = error.message
                    }
                }
                existing.interleave(articles: term.articles, ordinals: term.ordinals)
            } else {
                // One side without positions: appended, and the positions dropped (those of the
                // runs in the spill file too, when it is read back).
                existing.articles += term.articles
                existing.ordinals = []
            }
        }
        byID[term.entry.id] = existing
        if keepsArticles { grow(by: term) }
    }

    /// Merges another batch glossary, whose articles come after this one's (or fall in place by
    /// their input positions, for shards).
    public mutating func merge(_ other: BatchGlossary) throws {
        try other.forEachTerm { term in add(term) }
    }

    /// The same glossary without input positions: what a single run writes.
    public var withoutOrdinals: BatchGlossary {
        get throws {
            var copy = BatchGlossary(keepingArticles: keepsArticles)
            try forEachTerm { term in
                copy.add(Term(entry: term.entry, count: term.count, articles: term.articles))
            }
            return copy
        }
    }

    /// How many terms the glossary holds.
    public var termCount: Int { byID.count }

    /// Their occurrences in the whole batch.
    public var occurrences: Int { byID.values.reduce(0) { $0 + $1.count } }

    /// Hands every term to `body`, sorted by French term (case- and accent-insensitive), then id,
    /// each with all its articles (those in the spill file read back, one term at a time).
    public func forEachTerm(_ body: (Term) throws -> Void) throws {
        if let lostArticles { throw SpillFile.SpillError(message: lostArticles) }
        for id in Self.sorted(byID.values.map(\.entry)) {
            guard let term = byID[id] else { continue }
            try body(spilled[id] == nil ? term : load(term))
        }
    }

    /// Every term with all its articles, in the glossary's order (``forEachTerm(_:)``).
    public func allTerms() throws -> [Term] {
        var terms: [Term] = []
        try forEachTerm { terms.append($0) }
        return terms
    }

    public var isEmpty: Bool { byID.isEmpty }

    /// Where a term stands in the glossary's order: its French term folded (case and accents),
    /// then its id.
    struct SortKey: Comparable {
        let folded: [UInt16]
        let id: String

        init(_ entry: LexiconEntry) {
            folded = KeyBuilder.folded(entry.fr)
            id = entry.id
        }

        static func < (a: SortKey, b: SortKey) -> Bool {
            a.folded != b.folded
                ? a.folded.lexicographicallyPrecedes(b.folded) : a.id.utf8.lexicographicallyPrecedes(b.id.utf8)
        }

        static func == (a: SortKey, b: SortKey) -> Bool { a.folded == b.folded && a.id == b.id }
    }

    /// The ids of terms sorted in the glossary's order (``SortKey``).
    static func sorted(_ entries: [LexiconEntry]) -> [String] {
        entries.map(SortKey.init).sorted().map(\.id)
    }
}
