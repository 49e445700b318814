import Batch

/// The batch glossary of several shards' glossaries, merged from their JSONL files a term at a
/// time: what `precis glossary merge` writes.
///
/// Each file is read twice: once to check it (every line a term, in the glossary's order, with
/// its articles in input order) and count its terms, then once for each format written, all
/// files side by side, the lines of one term merged as they come. Memory holds one term's lines
/// at a time, whatever the batch. The glossaries of `--shard i/N` runs keep each article's input
/// position and their articles are put back in input order; those of contiguous parts (no
/// positions) are concatenated in the order given. The result has no positions: it is the
/// single run's glossary.
public struct BatchGlossaryMerger: BatchGlossaryTerms {
    /// A merge that would not give the single run's glossary.
    public struct MergeError: Error, Sendable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// The glossaries merged: those that passed the check, in the order given.
    public let paths: [String]
    public let termCount: Int
    public let occurrences: Int

    /// Checks every glossary; those that fail are handed to `refused` and left out.
    public init(shards: [String], refused: (BatchGlossaryReader.ReadError) -> Void) {
        var accepted: [String] = []
        var ids = Set<String>()
        var occurrences = 0
        for path in shards {
            do {
                let checked = try Self.check(path)
                accepted.append(path)
                ids.formUnion(checked.ids)
                occurrences += checked.occurrences
            } catch {
                refused(error)
            }
        }
        paths = accepted
        termCount = ids.count
        self.occurrences = occurrences
    }

    /// The term ids and the occurrences of one glossary, its lines checked.
    static func check(_ path: String) throws(BatchGlossaryReader.ReadError) -> (ids: Set<String>, occurrences: Int) {
        let reader = try Reader(path: path)
        var ids = Set<String>()
        var occurrences = 0
        var previous: BatchGlossary.SortKey?
        while let (term, key) = try reader.next() {
            if let previous, !(previous < key) {
                throw BatchGlossaryReader.ReadError(
                    path: path, line: reader.lines.lineNumber,
                    message: "term '\(term.entry.id)' out of the glossary's order (by French term, then id)")
            }
            previous = key
            ids.insert(term.entry.id)
            occurrences += term.count
        }
        return (ids, occurrences)
    }

    public func forEachTerm(_ body: (BatchGlossary.Term) throws -> Void) throws {
        let readers = try paths.map { path throws(BatchGlossaryReader.ReadError) in try Reader(path: path) }
        var heads = try readers.map { reader throws(BatchGlossaryReader.ReadError) in try reader.next() }
        // Where each term came from: the same id under two French terms would come out twice.
        var written: [String: String] = [:]
        while let smallest = heads.compactMap({ $0?.key }).min() {
            var parts: [(term: BatchGlossary.Term, path: String)] = []
            for index in heads.indices {
                guard let head = heads[index], head.key == smallest else { continue }
                parts.append((head.term, paths[index]))
                heads[index] = try readers[index].next()
            }
            let merged = try Self.merge(parts)
            if let earlier = written.updateValue(parts[0].path, forKey: merged.entry.id) {
                throw MergeError(
                    message:
                        "\(parts[0].path): error: term '\(merged.entry.id)' has another French term in \(earlier): "
                        + "glossaries of different lexicons? (nothing merged)")
            }
            try body(merged)
        }
    }

    /// One term's lines of several glossaries as one, without input positions; an article
    /// listed by two of them (a glossary given twice) is refused.
    static func merge(_ parts: [(term: BatchGlossary.Term, path: String)]) throws(MergeError) -> BatchGlossary.Term {
        guard var merged = parts.first?.term else {
            throw MergeError(message: "nothing to merge")
        }
        var seen: Set<String>?
        for (index, part) in parts.enumerated().dropFirst() {
            let term = part.term
            var shared: String?
            if !merged.ordinals.isEmpty, !term.ordinals.isEmpty {
                // Both in input order: one pass finds a position they share.
                var mine = 0
                var theirs = 0
                while mine < merged.ordinals.count, theirs < term.ordinals.count, shared == nil {
                    if merged.ordinals[mine] == term.ordinals[theirs] {
                        shared = term.articles[theirs]
                    } else if merged.ordinals[mine] < term.ordinals[theirs] {
                        mine += 1
                    } else {
                        theirs += 1
                    }
                }
            } else {
                if seen == nil { seen = Set(merged.articles) }
                shared = term.articles.first { seen?.contains($0) == true }
            }
            if let shared {
                let earlier = parts[..<index].first { $0.term.articles.contains(shared) }?.path ?? parts[0].path
                throw MergeError(
                    message: "\(part.path): error: article '\(shared)' is already under '\(term.entry.id)' in "
                        + "\(earlier): a shard given twice? (nothing merged)")
            }
            merged.absorb(term)
            if merged.ordinals.isEmpty { seen?.formUnion(term.articles) }
        }
        return BatchGlossary.Term(entry: merged.entry, count: merged.count, articles: merged.articles)
    }

    /// The terms of one glossary file, a line at a time.
    final class Reader {
        let lines: FileLines
        let path: String

        init(path: String) throws(BatchGlossaryReader.ReadError) {
            self.path = path
            do {
                lines = try FileLines(path: path)
            } catch {
                throw BatchGlossaryReader.ReadError(path: path, line: 0, message: error.message)
            }
        }

        /// The next term and its place in the order, or nil at the end of the file.
        func next() throws(BatchGlossaryReader.ReadError) -> (term: BatchGlossary.Term, key: BatchGlossary.SortKey)? {
            while true {
                let line: ArraySlice<UInt8>?
                do {
                    line = try lines.next()
                } catch {
                    throw BatchGlossaryReader.ReadError(path: path, line: lines.lineNumber + 1, message: error.message)
                }
                guard let line else { return nil }
                if let term = try BatchGlossaryReader.term(line, path: path, line: lines.lineNumber) {
                    return (term, BatchGlossary.SortKey(term.entry))
                }
            }
        }
    }
}
