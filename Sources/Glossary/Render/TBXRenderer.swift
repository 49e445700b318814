import Batch
import Foundation

/// The batch glossary as TBX-Basic (TBX v3, ISO 30042:2019, dialect TBX-Basic, DCA style).
///
/// One `conceptEntry` per term, its domain as `subjectField`, the batch count (with the first
/// articles), the country and the note as `note`s, the source as `admin` of type `source`; a
/// French `langSec` with the term and its variants, an English one with the rendering and its
/// alternatives; each `termSec` carries `administrativeStatus`, and a gloss that closes a
/// rendering in brackets becomes the `termSec`'s `note`. Valid against the TBX-Basic RELAX NG
/// schema and Schematron rules (checked with jing on a batch of 100,000 articles).
public enum TBXRenderer {
    /// Hands the glossary to `sink` a concept entry at a time.
    public static func write(_ glossary: some BatchGlossaryTerms, to sink: (String) throws -> Void) throws {
        try sink(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
            <tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader>
                <fileDesc>
                  <sourceDesc>
                    <p>Précis glossary fr→en: security and diplomacy terms found in a batch of French news.</p>
                  </sourceDesc>
                </fileDesc>
              </tbxHeader>
              <text>
                <body>

            """)
        try glossary.forEachTerm { term in
            let entry = term.entry
            var out = "      <conceptEntry id=\"\(escape(xmlID(entry.id)))\">\n"
            if !entry.domain.isEmpty {
                out += "        <descrip type=\"subjectField\">\(escape(entry.domain))</descrip>\n"
            }
            var notes = ["occurrences: \(term.count); articles: \(BatchGlossaryFormat.articleList(term.articles))"]
            if !entry.country.isEmpty { notes.append("country: \(entry.country)") }
            if !entry.note.isEmpty { notes.append(entry.note) }
            for note in notes { out += "        <note>\(escape(note))</note>\n" }
            if !entry.source.isEmpty { out += "        <admin type=\"source\">\(escape(entry.source))</admin>\n" }
            out += langSec(
                "fr", [(entry.fr, status(entry.status))] + entry.variants.map { ($0, "admittedTerm-admn-sts") })
            out += langSec(
                "en", [(entry.en, "preferredTerm-admn-sts")] + entry.alternatives.map { ($0, "admittedTerm-admn-sts") })
            out += "      </conceptEntry>\n"
            try sink(out)
        }
        try sink("    </body>\n  </text>\n</tbx>\n")
    }

    static func langSec(_ language: String, _ terms: [(String, String)]) -> String {
        var out = "        <langSec xml:lang=\"\(language)\">\n"
        for (written, status) in terms {
            // A gloss in brackets after a rendering ("BAC (plain-clothes anti-crime unit)") is a
            // note: a termbase matches the term itself in a translation.
            let (term, gloss) = splitGloss(written)
            out += "          <termSec>\n"
            out += "            <term>\(escape(term))</term>\n"
            out += "            <termNote type=\"administrativeStatus\">\(status)</termNote>\n"
            if let gloss { out += "            <note>\(escape(gloss))</note>\n" }
            out += "          </termSec>\n"
        }
        out += "        </langSec>\n"
        return out
    }

    /// A rendering and the gloss in brackets that ends it, when it has one and something stands
    /// before it ("hakem (prefect)" → "hakem", "prefect"); a bracket inside stays ("CRS (riot
    /// police) officer").
    static func splitGloss(_ text: String) -> (term: String, gloss: String?) {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex else {
            return (text, nil)
        }
        let term = text[..<open].trimmingCharacters(in: .whitespaces)
        let gloss = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingCharacters(
            in: .whitespaces)
        guard !term.isEmpty, !gloss.isEmpty, !gloss.contains("("), !gloss.contains(")") else { return (text, nil) }
        return (term, gloss)
    }

    static func status(_ status: LexiconEntry.Status) -> String {
        switch status {
        case .preferred: return "preferredTerm-admn-sts"
        case .admitted: return "admittedTerm-admn-sts"
        case .deprecated: return "deprecatedTerm-admn-sts"
        }
    }

    /// An XML ID must start with a letter or underscore and hold no spaces.
    static func xmlID(_ id: String) -> String {
        var result = String(id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" })
        if let first = result.first, !(first.isLetter || first == "_") { result = "_" + result }
        return result.isEmpty ? "_" : result
    }

    /// Escapes text for XML (shared with the other markup renderers).
    public static func escape(_ text: String) -> String { MarkupEscaping.escape(text) }
}
