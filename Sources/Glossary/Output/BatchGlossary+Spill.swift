import Batch

/// The lists of a batch glossary's articles written to a temporary file once they pass a limit.
///
/// Articles are added in batch order, so a term's list is its runs in the file, in the order
/// they were written, then what is in memory: nothing needs sorting. A run is the term's
/// postings, each the article id's length (4 bytes, little-endian), its UTF-8 bytes and, for a
/// shard, its input position (8 bytes).
extension BatchGlossary {
    /// One run of a term's articles in the spill file.
    struct Segment: Sendable, Equatable {
        var offset: Int64
        var length: Int
        var count: Int
        /// The input position of its last article, when its articles have them.
        var lastOrdinal: Int?
    }

    /// The spill file, opened at the first spill, and the limit that triggers one.
    final class Spill {
        let limit: Int
        let directory: String?
        var file: SpillFile?
        /// Set when the file could not be created or written: the lists stay in memory.
        var failed = false

        init(limit: Int, directory: String?) {
            self.limit = limit
            self.directory = directory
        }
    }

    /// About what a term's lists hold in memory: a string's 16 bytes (and its bytes, past the 15
    /// kept inline), and 8 for an input position.
    static func cost(of term: Term) -> Int {
        term.articles.reduce(0) { $0 + 16 + ($1.utf8.count > 15 ? $1.utf8.count + 32 : 0) }
            + 8 * term.ordinals.count
    }

    /// Counts the lists `term` added, and spills them all past the limit.
    mutating func grow(by term: Term) {
        buffered += Self.cost(of: term)
        guard let spill, !spill.failed, buffered > spill.limit else { return }
        do throws(SpillFile.SpillError) {
            let file: SpillFile
            if let opened = spill.file {
                file = opened
            } else {
                file = try SpillFile(directory: spill.directory)
                spill.file = file
            }
            for id in byID.keys.sorted() {
                guard var listed = byID[id], !listed.articles.isEmpty else { continue }
                let hasOrdinals = listed.ordinals.count == listed.articles.count
                var bytes: [UInt8] = []
                for (index, article) in listed.articles.enumerated() {
                    Self.append(UInt64(article.utf8.count), bytes: 4, to: &bytes)
                    bytes += article.utf8
                    if hasOrdinals {
                        Self.append(UInt64(bitPattern: Int64(listed.ordinals[index])), bytes: 8, to: &bytes)
                    }
                }
                let offset = try file.append(bytes)
                spilled[id, default: []].append(
                    Segment(
                        offset: offset, length: bytes.count, count: listed.articles.count,
                        lastOrdinal: hasOrdinals ? listed.ordinals.last : nil))
                listed.articles = []
                listed.ordinals = []
                byID[id] = listed
            }
            buffered = 0
        } catch {
            // The output is still right with the lists in memory; the command says why memory grew.
            spill.failed = true
            spillFailure = error.message
        }
    }

    /// `term` with the articles of its runs in the spill file before its own.
    func load(_ term: Term) throws(SpillFile.SpillError) -> Term {
        guard let segments = spilled[term.entry.id], let file = spill?.file else { return term }
        let total = segments.reduce(term.articles.count) { $0 + $1.count }
        // Positions are kept only when every run and the memory's list have them.
        let keepsOrdinals = segments.allSatisfy { $0.lastOrdinal != nil } && term.ordinals.count == term.articles.count
        var articles: [String] = []
        var ordinals: [Int] = []
        articles.reserveCapacity(total)
        for segment in segments {
            let bytes = try file.read(at: segment.offset, count: segment.length)
            var position = 0
            func number(_ width: Int) throws(SpillFile.SpillError) -> UInt64 {
                guard position + width <= bytes.count else {
                    throw SpillFile.SpillError(message: "a temporary file holds a cut list of articles")
                }
                var value: UInt64 = 0
                for shift in 0..<width { value |= UInt64(bytes[position + shift]) << (8 * shift) }
                position += width
                return value
            }
            while position < bytes.count {
                let length = Int(try number(4))
                guard position + length <= bytes.count else {
                    throw SpillFile.SpillError(message: "a temporary file holds a cut list of articles")
                }
                articles.append(String(decoding: bytes[position..<(position + length)], as: UTF8.self))
                position += length
                if segment.lastOrdinal != nil { ordinals.append(Int(Int64(bitPattern: try number(8)))) }
            }
        }
        return Term(
            entry: term.entry, count: term.count, articles: articles + term.articles,
            ordinals: keepsOrdinals ? ordinals + term.ordinals : [])
    }

    static func append(_ value: UInt64, bytes width: Int, to bytes: inout [UInt8]) {
        for shift in 0..<width { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * shift))) }
    }
}
