import Foundation

/// Reads a batch glossary written as JSONL (``BatchJSONLRenderer``), for `precis glossary merge`.
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
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
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
            glossary.add(BatchGlossary.Term(entry: entry, count: count, articles: strings("articles")))
        }
        return glossary
    }
}
