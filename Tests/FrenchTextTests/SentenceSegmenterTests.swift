import Foundation
import FrenchText
import Testing

@Suite("Sentence segmenter behaviour beyond the golden table")
struct SentenceSegmenterTests {
    @Test("the raw ICU engine shows the faults the French rules fix")
    func rawICU() throws {
        let segmenter = try SentenceSegmenter(rules: TestSupport.rules())
        let text = UTF16Text("Il a dit : « Nous sommes prêts. » Puis il est parti… Ensuite, rien.")
        let icu = segmenter.sentences(in: text, engine: .icu).map { text.substring($0.range) }
        let precis = segmenter.sentences(in: text).map { text.substring($0.range) }
        #expect(icu.contains("» Puis il est parti… Ensuite, rien."))
        #expect(precis == ["Il a dit : « Nous sommes prêts. »", "Puis il est parti…", "Ensuite, rien."])
    }

    @Test("empty, blank and punctuation-free inputs")
    func degenerate() throws {
        let segmenter = try SentenceSegmenter(rules: TestSupport.rules())
        #expect(segmenter.sentences(in: UTF16Text("")).isEmpty)
        #expect(segmenter.sentences(in: UTF16Text(" \n\n \t")).isEmpty)
        let words = String(repeating: "mot ", count: 50_000)
        let sentences = segmenter.sentences(in: UTF16Text(words))
        #expect(sentences.count == 1)
        #expect(sentences.first?.range == 0..<(words.utf16.count - 1))
    }

    @Test("offsets convert to scalars and UTF-8 with astral characters before them")
    func offsets() throws {
        let segmenter = try SentenceSegmenter(rules: TestSupport.rules())
        let text = UTF16Text("Alerte 🚨 à Rabat. La DGSN enquête.")
        let sentences = segmenter.sentences(in: text)
        #expect(sentences.count == 2)
        let converter = OffsetConverter(text)
        let start = sentences[1].range.lowerBound
        #expect(converter.convert([start], to: .scalar) == [18])
        #expect(converter.convert([start], to: .utf8) == [22])
        #expect(converter.convert([start], to: .utf16) == [19])
        #expect(converter.convert([start, 3, start], to: .utf8) == [22, 3, 22])
        #expect(sentences.map { text.substring($0.range) } == ["Alerte 🚨 à Rabat.", "La DGSN enquête."])
    }

    @Test("a malformed lexicon is refused with file and line")
    func malformedLexicon() throws {
        let directory = FileManagerSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "abbreviation\tclass\tnote\nM.\tnever\tMonsieur\ncf\tnever\tno period\n".write(
            toFile: directory + "/abbreviations.tsv", atomically: true, encoding: .utf8)
        #expect(
            throws: DataFileError(
                path: directory + "/abbreviations.tsv", line: 3, message: "'cf' must end with its period")
        ) {
            try SegmentationRules.load(directory: directory)
        }
        try "abbreviation\tclass\tnote\nM.\tjamais\tMonsieur\n".write(
            toFile: directory + "/abbreviations.tsv", atomically: true, encoding: .utf8)
        #expect(
            throws: DataFileError(
                path: directory + "/abbreviations.tsv", line: 2,
                message: "unknown class 'jamais' (expected never, lowercase or starter)")
        ) {
            try SegmentationRules.load(directory: directory)
        }
        #expect(throws: DataFileError.self) { try SegmentationRules.load(directory: directory + "/missing") }
    }

    @Test("a section heading with stray spacing or listed twice is refused with its line")
    func malformedSectionHeadings() throws {
        let directory = FileManagerSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for name in ["abbreviations.tsv", "sentence-starters.txt", "name-particles.txt", "title-words.txt"] {
            try FileManager.default.copyItem(
                atPath: TestSupport.frenchLexicons + "/" + name, toPath: directory + "/" + name)
        }
        let path = directory + "/" + SegmentationRules.sectionHeadingsFile
        try "# headings\nRéférences\nLiens  externes\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(
            throws: DataFileError(
                path: path, line: 3, message: "expected words separated by one space, found 'Liens  externes'")
        ) {
            try SegmentationRules.load(directory: directory)
        }
        try "Références\nVoir aussi\nRéférences\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: DataFileError(path: path, line: 3, message: "duplicate heading 'Références'")) {
            try SegmentationRules.load(directory: directory)
        }
        // Without the file, the segmenter cannot run: the lexicon folder is incomplete.
        try FileManager.default.removeItem(atPath: path)
        #expect(throws: DataFileError.self) { try SegmentationRules.load(directory: directory) }
    }
}
