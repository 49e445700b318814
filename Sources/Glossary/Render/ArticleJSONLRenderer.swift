import Batch
import FrenchText

/// One JSONL line per article: `{"id", "terms": [{"fr", "en", "alternatives", "kind", "domain",
/// "count", "occurrences": [{"start", "end", "surface"}], "first_sentence", "source", …}]}`.
///
/// Offsets point into the article's `text` (title occurrences, when any, are listed apart in
/// `title_occurrences`, offsets into the title), end exclusive, in the unit asked for.
public struct ArticleJSONLRenderer: Sendable {
    public var unit: OffsetUnit
    public let entries: [LexiconEntry]

    public init(entries: [LexiconEntry], unit: OffsetUnit = .scalar) {
        self.entries = entries
        self.unit = unit
    }

    /// The JSON object of an article (no newline), written into `json`.
    public func write(_ glossary: ArticleGlossary, warnings: [String] = [], into json: inout JSONWriter) {
        json.beginObject()
        json.field("id", glossary.id)
        json.key("terms")
        writeTerms(glossary, into: &json)
        if !warnings.isEmpty { Self.strings("warnings", warnings, into: &json) }
        json.endObject()
    }

    /// The `terms` array alone (for documents that embed a glossary, such as `precis digest`).
    public func writeTerms(_ glossary: ArticleGlossary, into json: inout JSONWriter) {
        json.beginArray()
        let text = Located(glossary.text, occurrences: glossary.terms.map(\.occurrences), unit: unit)
        let title = glossary.title.map {
            Located($0, occurrences: glossary.terms.map(\.titleOccurrences), unit: unit)
        }
        for (index, term) in glossary.terms.enumerated() {
            let entry = entries[term.entry]
            json.beginObject()
            json.field("id", entry.id)
            json.field("fr", entry.fr)
            json.field("en", entry.en)
            Self.strings("alternatives", entry.alternatives, into: &json)
            json.field("kind", entry.kind)
            json.field("domain", entry.domain)
            json.field("country", entry.country)
            json.field("count", term.count)
            writeOccurrences("occurrences", of: index, in: text, into: &json)
            if let title, !term.titleOccurrences.isEmpty {
                writeOccurrences("title_occurrences", of: index, in: title, into: &json)
            }
            json.field("first_sentence", term.firstSentence)
            json.field("source", entry.source)
            if !entry.note.isEmpty { json.field("note", entry.note) }
            json.endObject()
        }
        json.endArray()
    }

    /// The JSONL line of an article.
    public func line(_ glossary: ArticleGlossary, warnings: [String] = []) -> [UInt8] {
        var json = JSONWriter(capacity: 512 + glossary.terms.count * 256)
        write(glossary, warnings: warnings, into: &json)
        json.newline()
        return json.bytes
    }

    static func strings(_ key: String, _ values: [String], into json: inout JSONWriter) {
        json.key(key)
        json.beginArray()
        for value in values { json.string(value) }
        json.endArray()
    }

    /// The occurrences of the `term`-th term, with offsets and surfaces from `text`.
    func writeOccurrences(_ key: String, of term: Int, in text: Located, into json: inout JSONWriter) {
        let bounds = text.bounds[term]
        json.key(key)
        json.beginArray()
        for index in stride(from: bounds.lowerBound, to: bounds.upperBound, by: 2) {
            json.beginObject()
            json.field("start", text.reported[index])
            json.field("end", text.reported[index + 1])
            json.field(
                "surface", String(decoding: text.bytes[text.utf8[index]..<text.utf8[index + 1]], as: UTF8.self))
            json.endObject()
        }
        json.endArray()
    }

    /// A text with the offsets of every term's occurrences converted, and its bytes to cut
    /// surfaces from.
    ///
    /// The offsets of all the terms are converted together, in one pass over the text: term by
    /// term, each conversion walked the text from its start again, which made a long article
    /// (2 MB, a thousand terms) cost ten times more per byte than short ones.
    struct Located {
        let bytes: [UInt8]
        /// Start and end of each occurrence, term after term, in the unit reported.
        let reported: [Int]
        /// The same in UTF-8, to cut the surfaces.
        let utf8: [Int]
        /// For each term, its range in `reported` and `utf8`.
        let bounds: [Range<Int>]

        init(_ text: String, occurrences: [[Match]], unit: OffsetUnit) {
            bytes = Array(text.utf8)
            var offsets: [Int] = []
            offsets.reserveCapacity(2 * occurrences.reduce(0) { $0 + $1.count })
            var bounds: [Range<Int>] = []
            bounds.reserveCapacity(occurrences.count)
            for matches in occurrences {
                let start = offsets.count
                for match in matches {
                    offsets.append(match.range.lowerBound)
                    offsets.append(match.range.upperBound)
                }
                bounds.append(start..<offsets.count)
            }
            let converter = OffsetConverter(UTF16Text(text))
            reported = converter.convert(offsets, to: unit)
            utf8 = unit == .utf8 ? reported : converter.convert(offsets, to: .utf8)
            self.bounds = bounds
        }
    }
}
