import Foundation
import SharedTestSupport
import Testing

@testable import Glossary

@Suite("LexiconLoader and LexiconChecker: every problem with file:line")
struct LexiconLoaderTests {
    static let header = LexiconEntry.columns.joined(separator: "\t")

    static func row(_ cells: [String]) -> String { cells.joined(separator: "\t") }

    @Test("good rows become entries; malformed rows are issues at their line, and loading goes on")
    func malformedRows() {
        let text = [
            "# a comment", Self.header,
            Self.row([
                "a", "garde à vue", "GAV", "police custody", "custody", "legal", "justice", "preferred", "FR", "ci", "",
                "tests",
            ]),
            Self.row(["b", "perquisition", "", "search", "", "legal", "justice", "preferred", "", "ci", ""]),
            Self.row(["c", "", "", "x", "", "legal", "justice", "preferred", "", "ci", "", "tests"]),
            Self.row(["d", "mandat", "", "warrant", "", "legal", "justice", "favourite", "", "cs", "", "tests"]),
            Self.row([
                "e", "parquet", "", "prosecution", "|", "legal", "justice", "preferred", "France", "ci", "", "tests",
            ]),
        ].joined(separator: "\n")
        let (entries, issues) = LexiconLoader.parse(text: text, path: "x.tsv")
        #expect(entries.map(\.id) == ["a", "e"])
        #expect(entries.first?.variants == ["GAV"])
        #expect(
            issues.map(\.description) == [
                "x.tsv:4: error: expected 12 columns, found 11",
                "x.tsv:5: error: empty 'fr'",
                "x.tsv:6: error: status 'favourite' is not preferred, admitted or deprecated",
                "x.tsv:7: warning: country 'France' is not an ISO 3166 code or INT",
                "x.tsv:7: warning: empty item in 'alternatives'",
                "x.tsv:7: warning: empty item in 'alternatives'",
            ])
    }

    @Test("a wrong header, an empty file, an empty lexicon, invalid UTF-8: clear errors")
    func badFiles() throws {
        #expect(
            LexiconLoader.parse(text: "id\tfr\n", path: "h.tsv").1.first?.description.hasPrefix(
                "h.tsv:1: error: expected header") == true)
        #expect(
            LexiconLoader.parse(text: "# only a comment\n", path: "e.tsv").1.map(\.description) == [
                "e.tsv: error: empty file: no header"
            ])
        let directory = ScratchFolder.root.appendingPathComponent(
            "precis-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let empty = directory.appendingPathComponent("empty.tsv")
        try Data((Self.header + "\n").utf8).write(to: empty)
        let bad = directory.appendingPathComponent("bad.tsv")
        try Data(Array((Self.header + "\n").utf8) + [0x61, 0xFF, 0x0A]).write(to: bad)
        let lexicon = LexiconLoader.load(files: [empty.path, bad.path])
        #expect(lexicon.entries.isEmpty)
        #expect(lexicon.issues.map(\.description).contains("\(bad.path):2: error: invalid UTF-8 at byte 76"))
        #expect(lexicon.issues.last?.message == "the lexicon has no usable entry")
    }

    @Test("a row with invalid UTF-8 is one malformed row: reported at file:line, the rest of the file loads")
    func invalidUTF8Row() {
        func row(_ cells: [String]) -> [UInt8] { Array((Self.row(cells) + "\n").utf8) }
        var bytes = Array((Self.header + "\n").utf8)
        bytes += row(["prefet", "préfet", "", "prefect", "", "title", "policing", "preferred", "FR", "ci", "", "tests"])
        let latin1Start = bytes.count
        // "café" typed in Latin-1: é is the lone byte 0xE9.
        bytes += Array("cafe\tcaf".utf8) + [0xE9] + Array("\t\tcoffee\t\tterm\tx\tpreferred\t\tci\t\ttests\n".utf8)
        bytes += row([
            "gav", "garde à vue", "GAV", "police custody", "", "legal", "justice", "favourite", "FR", "ci", "", "tests",
        ])
        bytes += row([
            "parquet", "parquet", "", "prosecution", "", "legal", "justice", "preferred", "FR", "ci", "", "tests",
        ])
        let (entries, issues) = LexiconLoader.parse(bytes: bytes, path: "x.tsv")
        #expect(entries.map(\.id) == ["prefet", "parquet"])
        #expect(
            issues.map(\.description) == [
                "x.tsv:3: error: invalid UTF-8 at byte \(latin1Start + 8)",
                "x.tsv:4: error: status 'favourite' is not preferred, admitted or deprecated",
            ])
        // An unreadable header leaves nothing to read the rows with.
        let header = LexiconLoader.parse(bytes: [0x69, 0xE9, 0x0A] + row(["a"]), path: "h.tsv").1
        #expect(header.map(\.description) == ["h.tsv:1: error: invalid UTF-8 at byte 1"])
    }

    @Test("checked(): duplicate ids and conflicting renderings are reported and their rows skipped")
    func checkedLexicon() {
        typealias T = GlossaryTestSupport
        let lexicon = Lexicon(entries: [
            T.entry("prefet", "préfet", en: "prefect", country: "FR", line: 2),
            T.entry("police", "police", en: "police", country: "FR", line: 3),
            T.entry("prefet", "préfecture", en: "prefecture", country: "FR", line: 4),
            T.entry("flics", "police", en: "cops", country: "FR", line: 5),
            T.entry("gav", "garde à vue", en: "police custody", country: "FR", line: 6),
        ])
        let checked = lexicon.checked()
        #expect(checked.entries.map(\.fr) == ["préfet", "police", "garde à vue"])
        #expect(
            checked.issues.map(\.description) == [
                "tests.tsv:4: error: duplicate id 'prefet' (first at tests.tsv:2)",
                "tests.tsv:5: error: 'police' (fr of 'flics') is also the fr of 'police' at tests.tsv:3, rendered 'cops' here and 'police' there (country FR)",
            ])
    }

    @Test("the checker: duplicate ids, conflicting renderings, colliding variants, across countries")
    func checker() {
        typealias T = GlossaryTestSupport
        let entries = [
            T.entry("a", "préfet", en: "prefect", country: "FR", line: 1),
            T.entry("a", "wali", en: "governor", country: "MA", line: 2),
            T.entry("b", "Préfet", en: "governor", country: "FR", line: 3),
            T.entry("c", "gouverneur", ["wali"], en: "governor", country: "DZ", line: 4),
            T.entry("d", "cyber-attaque", en: "cyberattack", line: 5),
            T.entry("e", "cyberattaque", en: "cyberattack", line: 6),
        ]
        let issues = LexiconChecker.check(entries).map(\.description)
        #expect(
            issues == [
                "tests.tsv:2: error: duplicate id 'a' (first at tests.tsv:1)",
                "tests.tsv:3: error: 'Préfet' (fr of 'b') is also the fr of 'a' at tests.tsv:1, rendered 'governor' here and 'prefect' there (country FR)",
                "tests.tsv:4: warning: 'wali' (variant of 'c') is also the fr of 'a' at tests.tsv:2 (countries 'DZ' and 'MA'): the earlier row wins unless the text defines it",
                "tests.tsv:6: warning: 'cyberattaque' (fr of 'e') is also the fr of 'd' at tests.tsv:5: same concept twice?",
            ])
    }

    @Test("short ALL-CAPS forms are case-sensitive whatever the row says")
    func acronyms() {
        #expect(LexiconEntry.isShortAcronym("DR"))
        #expect(LexiconEntry.isShortAcronym("G7"))
        #expect(!LexiconEntry.isShortAcronym("Dr"))
        #expect(!LexiconEntry.isShortAcronym("INTERPOL"))
        #expect(GlossaryTestSupport.entry("x", "ONU", en: "UN").isCaseSensitive("ONU"))
    }
}
