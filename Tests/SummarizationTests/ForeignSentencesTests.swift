import Foundation
import FrenchText
import SharedTestSupport
import Testing

@testable import Summarization

@Suite("English sentences on French pages (english-markers.txt)")
struct ForeignSentencesTests {
    static let check = try? ForeignSentences.load(directory: SummarizationSupport.lexicons)

    @Test(
        "an English abstract, title or post is English; French prose, short lines and names in English are not",
        arguments: [
            (
                "Drawing on fieldwork in two municipal police forces, this article examines how officers use "
                    + "body-worn cameras.", true
            ),
            ("Judging in haste after urban unrest: an ethnography of immediate appearance hearings", true),
            ("Five suspects arrested in a joint investigation with the Shin Bet over espionage.", true),
            // Short, a French marker, or English names inside French prose.
            ("Filming to protect oneself?", false),
            ("Le parquet a ouvert une enquête sur les faits de la nuit dernière.", false),
            ("Selon The Economist, the report of the committee was leaked last week par un élu.", false),
            ("Trois morts, deux blessés graves, quatre interpellations à Marseille.", false),
            ("Qu'il s'agisse de The Voice ou de The Island, les audiences baissent.", false),
        ])
    func english(_ sentence: String, _ expected: Bool) throws {
        let check = try #require(Self.check)
        let units = Array(sentence.utf16)
        #expect(units.withUnsafeBufferPointer { check.isEnglish($0) } == expected)
    }

    @Test("the summary leaves a page's English abstract out and says why")
    func abstractLeftOut() throws {
        let text = """
            Les caméras-piétons dans le travail quotidien des policiers municipaux

            Cet article étudie l'usage des caméras-piétons par les policiers municipaux de deux villes de l'Ouest.

            Drawing on fieldwork in two municipal police forces, this article examines how officers use body-worn cameras to protect themselves.

            Les agents filment surtout pour se protéger des plaintes, selon les entretiens menés en 2024.
            """
        let summary = try SummarizationSupport.summarizer().summarize(
            Article(id: "c", text: text), budget: .sentences(3))
        let english = summary.sentences.filter { $0.text.hasPrefix("Drawing") }
        #expect(english.count == 1 && english.first?.status.code == "noise:foreign")
        #expect(english.first?.rule == .context(.otherLanguage))
        #expect(summary.selected.allSatisfy { !$0.text.hasPrefix("Drawing") })
    }

    @Test("a page in English keeps its sentences: the language check, not the cleanup, names it")
    func englishPage() throws {
        let text = """
            Two gendarmes were wounded in the attack, which the authorities blamed on separatist fighters.

            The prosecutor has opened an investigation into the attack and the weapons that were used.

            Police officers were deployed around the market on Tuesday after the shooting.
            """
        let summary = try SummarizationSupport.summarizer().summarize(
            Article(id: "e", text: text), budget: .sentences(2))
        #expect(summary.sentences.allSatisfy { $0.status.code != "noise:foreign" })
        #expect(summary.selected.count == 2)
    }

    @Test("a marker list with a phrase is refused with its line")
    func malformedList() throws {
        let folder = ScratchFolder.root.appendingPathComponent("foreign-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "les\nest\n".write(
            to: folder.appendingPathComponent(ForeignSentences.frenchFile), atomically: true, encoding: .utf8)
        try "the\nof the\n".write(
            to: folder.appendingPathComponent(ForeignSentences.englishFile), atomically: true, encoding: .utf8)
        let error = #expect(throws: DataFileError.self) { try ForeignSentences.load(directory: folder.path) }
        #expect(error?.line == 2 && error?.path.hasSuffix(ForeignSentences.englishFile) == true)
    }
}
