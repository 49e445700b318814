import Foundation
import Testing

@testable import Glossary

@Suite("Importers: TBX-Basic, CSV, TSV; no external entities")
struct ImporterTests {
    let defaults = ImportDefaults(source: "tests", idPrefix: "t-")

    @Test("a TBX-Basic concept gives a lexicon row")
    func tbx() {
        let tbx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
              <text><body>
                <conceptEntry id="c1">
                  <descrip type="subjectField">justice</descrip>
                  <langSec xml:lang="fr">
                    <termSec><term>garde à vue</term></termSec>
                    <termSec><term>GAV</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
                  </langSec>
                  <langSec xml:lang="en">
                    <termSec><term>custody</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
                    <termSec><term>police custody</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
                  </langSec>
                </conceptEntry>
                <conceptEntry id="c2"><langSec xml:lang="fr"><termSec><term>seul</term></termSec></langSec></conceptEntry>
              </body></text>
            </tbx>
            """
        let result = TBXImporter.importTerms(Data(tbx.utf8), path: "t.tbx", defaults: defaults)
        #expect(result.entries.count == 1)
        let entry = result.entries.first
        #expect(
            entry?.cells == [
                "t-c1", "garde à vue", "GAV", "police custody", "custody", "term", "justice", "preferred", "", "ci", "",
                "tests",
            ])
        #expect(result.issues.map(\.description) == ["t.tbx:15: error: concept 'c2' lacks a French or an English term"])
    }

    @Test("the English term marked preferred is en even after an unmarked one")
    func tbxPreferredAfterUnmarked() {
        let tbx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
            <conceptEntry id="c1"><descrip type="subjectField">defence</descrip>
            <langSec xml:lang="fr"><termSec><term>frappe aérienne</term></termSec><termSec><term>raid aérien</term></termSec></langSec>
            <langSec xml:lang="en"><termSec><term>air strike</term></termSec><termSec><term>airstrike</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec></conceptEntry>
            </body></text></tbx>
            """
        let result = TBXImporter.importTerms(Data(tbx.utf8), path: "ok.tbx", defaults: defaults)
        #expect(result.issues.isEmpty)
        #expect(
            result.entries.first?.cells == [
                "t-c1", "frappe aérienne", "raid aérien", "airstrike", "air strike", "term", "defence", "preferred", "",
                "ci", "", "tests",
            ])
    }

    @Test(
        "XML with external entities or a DTD is refused before parsing (XXE)",
        arguments: [
            """
            <?xml version="1.0"?>
            <!DOCTYPE tbx [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <tbx><text><body><conceptEntry id="x"><langSec xml:lang="fr"><termSec><term>&xxe;</term></termSec></langSec>
            <langSec xml:lang="en"><termSec><term>x</term></termSec></langSec></conceptEntry></body></text></tbx>
            """,
            """
            <?xml version="1.0"?>
            <!doctype tbx SYSTEM "http://example.invalid/tbx.dtd">
            <tbx/>
            """,
        ])
    func xxe(_ xml: String) {
        let result = TBXImporter.importTerms(Data(xml.utf8), path: "evil.tbx", defaults: defaults)
        #expect(result.entries.isEmpty)
        #expect(
            result.issues.map(\.description) == [
                "evil.tbx:2: error: DTD or entity declaration refused (external entities are not allowed in imported XML)"
            ])
    }

    @Test("malformed XML is one error with its line")
    func malformed() {
        let result = TBXImporter.importTerms(Data("<tbx>\n<text>\n</tbx>".utf8), path: "m.tbx", defaults: defaults)
        #expect(result.entries.isEmpty)
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.description.hasPrefix("m.tbx:") == true)
    }

    @Test("CSV with a header in any order, quoted fields; two-column CSV without header; TSV")
    func delimited() {
        let csv = "en,fr,note\n\"search, of premises\",perquisition,\"a \"\"quoted\"\" note\"\nwarrant,,\n"
        let result = DelimitedImporter.importTerms(Data(csv.utf8), path: "t.csv", defaults: defaults)
        #expect(result.entries.map(\.fr) == ["perquisition"])
        #expect(result.entries.first?.en == "search, of premises")
        #expect(result.entries.first?.note == "a \"quoted\" note")
        #expect(result.entries.first?.id == "t-perquisition")
        #expect(
            result.issues.map(\.description)
                == ["t.csv:3: error: empty 'fr'", "t.csv:3: error: empty 'id'"].sorted {
                    $0.contains("'id'") && !$1.contains("'id'")
                })
        let plain = DelimitedImporter.importTerms(
            Data("ONU,UN\nétat d'urgence,state of emergency\n".utf8), path: "p.csv", defaults: defaults)
        #expect(plain.entries.map(\.id) == ["t-onu", "t-etat-d-urgence"])
        #expect(plain.entries.map(\.caseRule) == [.sensitive, .insensitive])
        let tsv = DelimitedImporter.importTerms(
            Data("# c\nfr\ten\tcountry\npréfet\tprefect\tFR\n".utf8), path: "t.tsv", defaults: defaults)
        #expect(tsv.entries.map(\.country) == ["FR"])
    }

    @Test("imported entries written as a lexicon file load back identically")
    func roundTrip() {
        let entries = GlossaryTestSupport.entries
        let text = DelimitedImporter.lexiconTSV(entries, comment: "round trip")
        let (loaded, issues) = LexiconLoader.parse(text: text, path: "r.tsv")
        #expect(issues.isEmpty)
        #expect(loaded.map(\.cells) == entries.map(\.cells))
    }
}
