import Batch

/// The batch glossary as JSONL, one term a line with every field of its entry, its count and
/// its articles: the lossless form, read back by ``BatchGlossaryReader`` for sharded runs.
public enum BatchJSONLRenderer {
    /// Hands the glossary to `sink` a line at a time.
    public static func write(_ glossary: some BatchGlossaryTerms, to sink: (String) throws -> Void) throws {
        try glossary.forEachTerm { term in
            var json = JSONWriter(capacity: 1024 + 32 * term.articles.count)
            let entry = term.entry
            json.beginObject()
            json.field("id", entry.id)
            json.field("fr", entry.fr)
            strings("variants", entry.variants, &json)
            json.field("en", entry.en)
            strings("alternatives", entry.alternatives, &json)
            json.field("kind", entry.kind)
            json.field("domain", entry.domain)
            json.field("status", entry.status.rawValue)
            json.field("country", entry.country)
            json.field("case", entry.caseRule.rawValue)
            json.field("note", entry.note)
            json.field("source", entry.source)
            json.field("count", term.count)
            strings("articles", term.articles, &json)
            // A shard's glossary only: where each article stands in the input, for the merge.
            if !term.ordinals.isEmpty {
                json.key("ordinals")
                json.beginArray()
                for ordinal in term.ordinals { json.int(ordinal) }
                json.endArray()
            }
            json.endObject()
            json.newline()
            try sink(String(decoding: json.bytes, as: UTF8.self))
        }
    }

    static func strings(_ key: String, _ values: [String], _ json: inout JSONWriter) {
        json.key(key)
        json.beginArray()
        for value in values { json.string(value) }
        json.endArray()
    }
}
