import Foundation
import FrenchText
import Testing

@testable import Glossary

/// Acronyms of one country's bodies, kept only where the article names that country.
@Suite("Country cues: a foreign body's acronym needs its country in the article")
struct CountryCuesTests {
    /// Bodies of China, DR Congo and the United States, with the repository's cue list.
    static let matcher: CompiledMatcher? = {
        let entries = [
            GlossaryTestSupport.entry(
                "cn-apl", "Armée populaire de libération", ["APL"], en: "People's Liberation Army", country: "CN",
                caseRule: .sensitive),
            GlossaryTestSupport.entry(
                "cd-pnc", "Police nationale congolaise", ["PNC"], en: "Congolese National Police", country: "CD",
                caseRule: .sensitive),
            GlossaryTestSupport.entry(
                "us-fbi", "Federal Bureau of Investigation", ["FBI"], en: "Federal Bureau of Investigation",
                country: "US", caseRule: .sensitive),
            GlossaryTestSupport.entry("garde-a-vue", "garde à vue", en: "police custody"),
        ]
        return try? CompiledMatcher(entries: entries, resources: GlossaryTestSupport.resources)
    }()

    @Test(
        "the acronym stays when the title or the body names its country, a city of it, or the body in full",
        arguments: [
            // Housing benefit and cabin crews in French articles: not the army, not the police.
            (nil, "La baisse des APL a pesé sur les étudiants, selon le syndicat.", [String]()),
            (nil, "Les PNC d'Air France seront en grève ; un steward a été placé en garde à vue.", ["garde-a-vue"]),
            // The country, a city, a demonym, in the body or the title.
            (nil, "En mer de Chine, l'APL multiplie les manœuvres.", ["cn-apl"]),
            ("Pékin montre ses forces", "L'APL a mené des exercices près de l'île.", ["cn-apl"]),
            (nil, "À Goma, la PNC a dispersé la foule.", ["cd-pnc"]),
            (nil, "Deux agents de la PNC congolaise ont été blessés.", ["cd-pnc"]),
            // The body's full name, then its acronym.
            (nil, "La Police nationale congolaise (PNC) a arrêté deux hommes. La PNC dément.", ["cd-pnc"]),
            // A world-known acronym is its own country's cue.
            (nil, "Le FBI a ouvert une enquête sur la fuite.", ["us-fbi"]),
        ] as [(String?, String, [String])])
    func cues(_ title: String?, _ text: String, _ expected: [String]) throws {
        let builder = ArticleGlossaryBuilder(matcher: try #require(Self.matcher), segmenter: nil)
        let glossary = builder.glossary(id: "a", title: title, text: text)
        #expect(glossary.terms.map { builder.matcher.entries[$0.entry].id } == expected)
    }

    @Test("every country of a lexicon acronym, France and international bodies aside, has cues")
    func everyCountryHasCues() throws {
        let directory = GlossaryTestSupport.root.appendingPathComponent("Lexicons/fr-en").path
        let lexicon = LexiconLoader.load(files: try LexiconLoader.files(in: directory))
        let cues = CountryCues(GlossaryTestSupport.resources.countryCues)
        let uncovered = Set(
            lexicon.entries.filter { entry in
                !["", "FR", "INT"].contains(entry.country) && entry.forms.contains(where: LexiconEntry.isShortAcronym)
            }.map(\.country)
        ).filter { !cues.covers($0) }
        #expect(uncovered.isEmpty, "countries without cues in Lexicons/fr/country-cues.tsv: \(uncovered.sorted())")
    }

    @Test("country-cues.tsv: a code that is not two capitals, or a cue without a letter, is refused with its line")
    func malformed() throws {
        let path = GlossaryTestSupport.temporaryPath("precis-country-cues")
        defer { try? FileManager.default.removeItem(atPath: path) }
        for (rows, line, message) in [
            ("MA\tMaroc\nMaroc\tRabat\n", 4, "expected a country code like MA, found 'Maroc'"),
            ("MA\tMaroc\nCD\t--\n", 4, "expected a word or a phrase, found '--'"),
        ] {
            try ("# test\ncode\tcue\n" + rows).write(toFile: path, atomically: true, encoding: .utf8)
            #expect(throws: DataFileError.self) { try MatcherResources.countryCues(path) }
            do {
                _ = try MatcherResources.countryCues(path)
            } catch {
                #expect(error.line == line)
                #expect(error.message == message)
            }
        }
    }
}
