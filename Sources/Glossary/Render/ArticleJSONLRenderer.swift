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
        let text = Located(glossary.text)
        let title = glossary.title.map { Located($0) }
        for term in glossary.terms {
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
            writeOccurrences("occurrences", term.occurrences, in: text, into: &json)
            if let title, !term.titleOccurrences.isEmpty {
                writeOccurrences("title_occurrences", term.titleOccurrences, in: title, into: &json)
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

    func writeOccurrences(_ key: String, _ matches: [Match], in text: Located, into json: inout JSONWriter) {
        let bounds = matches.flatMap { [$0.range.lowerBound, $0.range.upperBound] }
        let reported = text.converter.convert(bounds, to: unit)
        let utf8 = unit == .utf8 ? reported : text.converter.convert(bounds, to: .utf8)
        json.key(key)
        json.beginArray()
        for index in matches.indices {
            json.beginObject()
            json.field("start", reported[2 * index])
            json.field("end", reported[2 * index + 1])
            json.field("surface", String(decoding: text.bytes[utf8[2 * index]..<utf8[2 * index + 1]], as: UTF8.self))
            json.endObject()
        }
        json.endArray()
    }

    /// A text with what is needed to convert offsets and cut surfaces.
    struct Located {
        let bytes: [UInt8]
        let converter: OffsetConverter

        init(_ text: String) {
            bytes = Array(text.utf8)
            converter = OffsetConverter(UTF16Text(text))
        }
    }
}
