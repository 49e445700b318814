import Foundation
import Testing

@testable import FrenchText

/// The language check: French function words first, Compact Language Detector 2 for the rest.
@Suite("Language check")
struct LanguageCheckTests {
    static func check() throws -> LanguageCheck {
        try LanguageCheck(markersAt: TestSupport.frenchLexicons + "/french-markers.txt")
    }

    /// The share of marker words the count finds in a text (settled or whole).
    static func share(_ text: String, _ check: LanguageCheck) -> Double {
        var text = text
        let count = text.withUTF8 { check.markerCount($0) }
        return Double(count.markers) / Double(max(count.words, 1))
    }

    @Test("the bundled example articles and the 1,514 outlet pages are French by their function words alone")
    func frenchArticles() throws {
        let check = try Self.check()
        var texts: [String] = []
        for file in ["Examples/articles.jsonl", "Evaluation/summarization/outlets/articles.jsonl"] {
            let lines = try String(contentsOf: TestSupport.root.appendingPathComponent(file), encoding: .utf8)
            for line in lines.split(separator: "\n") {
                let record = try JSONDecoder().decode([String: String].self, from: Data(line.utf8))
                texts += [record["text"]].compactMap { $0 }
            }
        }
        #expect(texts.count > 760)
        for text in texts {
            #expect(Self.share(text, check) >= LanguageCheck.frenchShare, "\(text.prefix(80))")
            #expect(check.otherLanguage(of: text) == nil, "\(text.prefix(80))")
        }
    }

    @Test(
        "a page in another language is named with its language",
        arguments: [
            (
                """
                Police arrest three suspects after attack on Yaoundé checkpoint

                Cameroonian police have arrested three men suspected of taking part in Sunday's attack on a \
                checkpoint on the outskirts of Yaoundé, the Minister of Territorial Administration said on \
                Tuesday. Two gendarmes were wounded in the attack, which the authorities blamed on separatist \
                fighters from the North-West region.
                """, "en", "English"
            ),
            (
                """
                La policía detuvo el martes a tres hombres sospechosos de haber participado en el ataque contra \
                un puesto de control a las afueras de la capital. Según el ministerio del Interior, los detenidos \
                serán puestos a disposición judicial en los próximos días.
                """, "es", "Spanish"
            ),
            (
                """
                Die Polizei hat am Dienstag drei Männer festgenommen, die an dem Angriff auf einen \
                Kontrollposten am Stadtrand beteiligt gewesen sein sollen. Zwei Gendarmen wurden bei dem \
                Angriff verletzt, den die Behörden separatistischen Kämpfern zuschreiben.
                """, "de", "German"
            ),
            (
                """
                ألقت الشرطة القبض يوم الثلاثاء على ثلاثة رجال يشتبه في مشاركتهم في الهجوم على نقطة تفتيش قرب \
                العاصمة، وفق ما أعلنته وزارة الداخلية. وأصيب دركيان في الهجوم الذي نسبته السلطات إلى مسلحين \
                انفصاليين.
                """, "ar", "Arabic"
            ),
        ])
    func otherLanguages(text: String, code: String, name: String) throws {
        let check = try Self.check()
        #expect(Self.share(text, check) < 0.03)
        let language = try #require(check.otherLanguage(of: text))
        #expect(language.code == code)
        #expect(language.name == name)
        #expect(language.percent >= 90)
        #expect(language.description == "\(name) (\(code), \(language.percent)% of the text)")
    }

    @Test("a French list with few function words is French by CLD2; a sentence or a headline is too short to tell")
    func fewFunctionWords() throws {
        let check = try Self.check()
        var list = """
            Programme de la visite ministérielle : accueil à la préfecture, réunion de sécurité à la \
            gendarmerie, inauguration d’un commissariat de police, rencontre avec des policiers municipaux \
            à la mairie, déjeuner de travail, conférence de presse, visite d’une caserne de pompiers, \
            hommage aux victimes de l’incendie, départ en hélicoptère à 17 heures.
            """
        #expect(Self.share(list, check) < LanguageCheck.frenchShare)
        let guess = list.withUTF8 { LanguageCheck.detect($0) }
        #expect(guess.language.code == "fr" && guess.reliable)
        #expect(check.otherLanguage(of: list) == nil)
        // CLD2 reads this French sentence as English, and calls it reliable: 81 letters are too few.
        let sentence = "Elle charge la cour d'appel de Paris de réexaminer la question de son annulation."
        let misread = sentence.utf8.withContiguousStorageIfAvailable { LanguageCheck.detect($0) }
        #expect(misread?.language.code == "en" && misread?.reliable == true)
        #expect(check.otherLanguage(of: sentence) == nil)
        #expect(check.otherLanguage(of: "Police arrest three suspects after attack on Yaoundé checkpoint") == nil)
        #expect(check.otherLanguage(of: "Attaque à Yaoundé") == nil)
        #expect(check.otherLanguage(of: "") == nil)
    }

    @Test("elided forms with ’ or ', capitals and accented capitals count as markers")
    func markerForms() throws {
        let check = try Self.check()
        var text = "Qu’il ÉTAIT là, C'EST sûr ; aujourd’hui, 12 GENDARMES."
        let count = text.withUTF8 { check.markerCount($0) }
        // qu' il était là c' est sûr aujourd' hui gendarmes: "qu'", "était", "c'" and "est" are markers.
        #expect(count.words == 10)
        #expect(count.letters == 37)
        #expect(count.markers == 4)
    }

    @Test("counting stops once 100 words settle the share")
    func settles() throws {
        let check = try Self.check()
        let sentence = "Les gendarmes sont intervenus dans la nuit pour interpeller les suspects avec leurs collègues. "
        var text = String(repeating: sentence, count: 40)
        let count = text.withUTF8 { check.markerCount($0) }
        #expect(count.words >= LanguageCheck.settledAfter)
        #expect(count.words < LanguageCheck.settledAfter + 15)
    }

    @Test("a marker line that is not one lowercase word is an error naming its line")
    func malformedList() throws {
        let directory = FileManagerSupport.temporaryDirectory()
        let path = directory + "/french-markers.txt"
        try "# markers\nles\ndeux mots\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: DataFileError.self) { try LanguageCheck(markersAt: path) }
        do {
            _ = try LanguageCheck(markersAt: path)
        } catch {
            #expect(error.line == 3)
            #expect(error.description.hasPrefix(path + ":3: expected one lowercase word"))
        }
        try "# nothing\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: DataFileError.self) { try LanguageCheck(markersAt: path) }
    }
}
