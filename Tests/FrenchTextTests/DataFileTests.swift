import Foundation
import FrenchText
import Testing

/// The line and cell reader under every lexicon loader.
@Suite("Lexicon data files")
struct DataFileTests {
    @Test("comments and blank lines are skipped and the others keep their line numbers")
    func lineNumbers() {
        let text = "# source: test\n\nMme\n  \t \nM.\n#MM.\nSt"
        let lines = DataFile.lines(of: text)
        #expect(lines.map(\.line) == [3, 5, 7])
        #expect(lines.map { String($0.text) } == ["Mme", "M.", "St"])
    }

    @Test("CR LF line endings read like LF ones")
    func crlf() throws {
        let lines = DataFile.lines(of: "# note\r\nprocureur\tprosecutor\r\n\r\ngendarme\tgendarme\r\n")
        #expect(lines.map(\.line) == [2, 4])
        #expect(lines.map { String($0.text) } == ["procureur\tprosecutor", "gendarme\tgendarme"])
        let rows = try DataFile.rows(
            ofTSV: "fr\ten\r\npréfet\tprefect\r\n", path: "t.tsv", header: ["fr", "en"])
        #expect(rows.map(\.line) == [2])
        #expect(rows.map(\.cells) == [["préfet", "prefect"]])
    }

    @Test("TSV cells are cut at every TAB, empty ones included, and counted against the header")
    func cells() throws {
        let rows = try DataFile.rows(
            ofTSV: "terme\tnote\tsource\nœuvre\t\tFranceTerme\n", path: "t.tsv", header: ["terme", "note", "source"])
        #expect(rows.first?.cells == ["œuvre", "", "FranceTerme"])
        #expect(throws: DataFileError(path: "t.tsv", line: 3, message: "expected 2 columns, found 3")) {
            try DataFile.rows(ofTSV: "a\tb\n\nx\ty\tz\n", path: "t.tsv", header: ["a", "b"])
        }
        #expect(throws: DataFileError(path: "t.tsv", line: 1, message: "expected header a<TAB>b, found a<TAB>c")) {
            try DataFile.rows(ofTSV: "a\tc\n", path: "t.tsv", header: ["a", "b"])
        }
    }

    @Test("rows read on their bytes: integer cells, an error from the caller keeps its line, an empty file")
    func rowBytes() throws {
        var seen: [String] = []
        try DataFile.forEachRow(
            ofTSV: "# counts\nstem\tn\npréfet\t12\nx\t+3\ny\t\nz\t1a\n", path: "t.tsv", header: ["stem", "n"]
        ) { row in
            seen.append("\(row.line):\(row.string(0)):\(row.integer(1).map(String.init) ?? "nil")")
        }
        #expect(seen == ["3:préfet:12", "4:x:nil", "5:y:nil", "6:z:nil"])
        #expect(throws: DataFileError(path: "t.tsv", line: 3, message: "bad row")) {
            try DataFile.forEachRow(ofTSV: "a\tb\n1\t2\n3\t4\n", path: "t.tsv", header: ["a", "b"]) {
                row throws(DataFileError) in
                if row.integer(0) == 3 { throw DataFileError(path: "t.tsv", line: row.line, message: "bad row") }
            }
        }
        #expect(throws: DataFileError(path: "t.tsv", line: 0, message: "empty file: expected header a<TAB>b")) {
            try DataFile.forEachRow(ofTSV: "# nothing\n\n", path: "t.tsv", header: ["a", "b"]) { _ in }
        }
    }
}
