import Batch

/// The batch glossary as TBX-Basic (TBX v3, ISO 30042:2019, dialect TBX-Basic, DCA style).
///
/// One `conceptEntry` per term, its domain as `subjectField`, the note and batch count as
/// `note`s; a French `langSec` with the term and its variants, an English one with the
/// rendering and its alternatives; each `termSec` carries `administrativeStatus`.
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
            var notes = ["occurrences: \(term.count); articles: \(term.articles.joined(separator: ", "))"]
            if !entry.country.isEmpty { notes.append("country: \(entry.country)") }
            if !entry.note.isEmpty { notes.append(entry.note) }
            if !entry.source.isEmpty { notes.append("source: \(entry.source)") }
            for note in notes { out += "        <note>\(escape(note))</note>\n" }
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
        for (term, status) in terms {
            out += "          <termSec>\n"
            out += "            <term>\(escape(term))</term>\n"
            out += "            <termNote type=\"administrativeStatus\">\(status)</termNote>\n"
            out += "          </termSec>\n"
        }
        out += "        </langSec>\n"
        return out
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
