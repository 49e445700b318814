import Batch
import Foundation

/// Reads a batch glossary written as JSONL (``BatchJSONLRenderer``), a line at a time for
/// ``BatchGlossaryMerger``, and the per-article lines of a partial output for `--resume`.
public enum BatchGlossaryReader {
    /// A line that is not a batch-glossary term.
    public struct ReadError: Error, Sendable, CustomStringConvertible {
        public let path: String
        public let line: Int
        public let message: String
        public var description: String { "\(path):\(line): error: \(message)" }
    }

    /// Parses the JSONL text of one batch glossary.
    public static func read(_ data: Data, path: String) throws(ReadError) -> BatchGlossary {
        var glossary = BatchGlossary()
        var number = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            if let term = try term(line, path: path, line: number) { glossary.add(term) }
        }
        return glossary
    }

    /// The term of one line of a batch glossary's JSONL; nil for a blank line.
    static func term(_ line: some Collection<UInt8>, path: String, line number: Int) throws(ReadError) -> BatchGlossary
        .Term?
    {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { return nil }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            throw ReadError(path: path, line: number, message: "not a JSON object")
        }
        func string(_ key: String) -> String { object[key] as? String ?? "" }
        func strings(_ key: String) -> [String] { object[key] as? [String] ?? [] }
        guard let id = object["id"] as? String, !id.isEmpty, let fr = object["fr"] as? String,
            let en = object["en"] as? String, let count = object["count"] as? Int
        else {
            throw ReadError(path: path, line: number, message: "expected id, fr, en and count")
        }
        let entry = LexiconEntry(
            id: id, fr: fr, variants: strings("variants"), en: en, alternatives: strings("alternatives"),
            kind: string("kind"), domain: string("domain"),
            status: LexiconEntry.Status(rawValue: string("status")) ?? .preferred, country: string("country"),
            caseRule: LexiconEntry.CaseRule(rawValue: string("case")) ?? .insensitive, note: string("note"),
            source: string("source"), location: LexiconLocation(path: path, line: number))
        let articles = strings("articles")
        let ordinals = object["ordinals"] as? [Int] ?? []
        guard ordinals.isEmpty || ordinals.count == articles.count else {
            throw ReadError(
                path: path, line: number, message: "\(ordinals.count) ordinals for \(articles.count) articles")
        }
        // A shard writes its articles in input order; merging relies on it.
        guard zip(ordinals, ordinals.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw ReadError(path: path, line: number, message: "ordinals not in increasing input order")
        }
        return BatchGlossary.Term(entry: entry, count: count, articles: articles, ordinals: ordinals)
    }

    /// Adds to `glossary` the articles of per-article lines already written (`precis glossary`
    /// or `precis digest` JSONL: `{"id", "terms": [{"id", "count", …}], …}`), in their order,
    /// read from `path` a line at a time, up to its last complete line.
    ///
    /// A resumed run adds the articles it writes after these, so its batch glossary is the one
    /// an uninterrupted run writes: each line holds the article's id and every term's id and
    /// count, which is all ``BatchGlossary/add(_:entries:ordinal:)`` takes from an article. A
    /// resumed shard gives the ordinals it kept: the first lines, one an ordinal, are read, each
    /// article with its input position; the lines after them are written again by the engine.
    public static func readArticles(
        path: String, into glossary: inout BatchGlossary, entries: [LexiconEntry],
        ordinals: [Int]? = nil
    ) throws(ReadError) {
        var byID: [String: LexiconEntry] = [:]
        for entry in entries where byID[entry.id] == nil { byID[entry.id] = entry }
        let lines: FileLines
        do {
            lines = try FileLines(path: path)
        } catch {
            throw ReadError(path: path, line: 0, message: error.message)
        }
        var articles = 0
        while true {
            let read: ArraySlice<UInt8>?
            do {
                read = try lines.next()
            } catch {
                throw ReadError(path: path, line: lines.lineNumber + 1, message: error.message)
            }
            // Only whole lines count: the last one of an interrupted run may be cut.
            guard let line = read, lines.lastLineTerminated else { return }
            let number = lines.lineNumber
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            if let ordinals, articles == ordinals.count { return }
            let ordinal = ordinals.map { $0[articles] }
            articles += 1
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let article = object["id"] as? String, let terms = object["terms"] as? [[String: Any]]
            else {
                throw ReadError(path: path, line: number, message: "expected an article's id and terms")
            }
            for term in terms {
                guard let id = term["id"] as? String, let count = term["count"] as? Int else {
                    throw ReadError(path: path, line: number, message: "a term lacks its id or count")
                }
                guard let entry = byID[id] else {
                    throw ReadError(path: path, line: number, message: "term '\(id)' is not in the lexicon")
                }
                glossary.add(
                    BatchGlossary.Term(
                        entry: entry, count: count, articles: [article], ordinals: ordinal.map { [$0] } ?? []))
            }
        }
    }
}
