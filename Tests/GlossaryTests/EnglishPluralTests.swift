import Foundation
import Testing

@testable import Glossary

@Suite("English plurals of the glosses of French plurals (Lexicons/fr-en/english-uncountables.txt)")
struct EnglishPluralTests {
    static let plural: EnglishPlural? = try? EnglishPlural.load(
        directory: GlossaryTestSupport.root.appendingPathComponent("Lexicons/fr-en").path)

    @Test(
        "a plain noun phrase takes the plural on its head; names, participles, clauses and mass nouns keep their number",
        arguments: [
            ("air strike", "air strikes"),
            ("prisoner of war", "prisoners of war"),
            ("search", "searches"),
            ("burglary", "burglaries"),
            ("embargo", "embargoes"),
            ("naval rifleman", "naval riflemen"),
            ("court-appointed lawyer", "court-appointed lawyers"),
            ("prosecutor general", "prosecutors general"),
            ("money laundering offence", "money laundering offences"),
            ("crisis", "crises"),
            ("police custody", nil),
            ("domestic violence", nil),
            ("foreign interference", nil),
            ("modus operandi", nil),
            ("arrested", nil),
            ("held incommunicado", nil),
            ("harbouring a criminal", nil),
            ("person holding public authority", nil),
            ("ambassador extraordinary and plenipotentiary", nil),
            ("National Gendarmerie", nil),
            ("negotiations", nil),
            ("stay (of proceedings)", nil),
            ("turn back", nil),
            ("admissible in evidence", nil),
            ("decision not to prosecute", nil),
        ] as [(String, String?)])
    func plurals(_ english: String, _ expected: String?) throws {
        let plural = try #require(Self.plural)
        #expect(plural.plural(of: english) == expected)
    }

    @Test("a French form is plural when its first word takes -s, -x or -aux; an invariable one never is")
    func frenchPlurals() {
        #expect(EnglishPlural.isFrenchPlural("frappes aériennes", of: "frappe aérienne"))
        #expect(EnglishPlural.isFrenchPlural("Perquisitions", of: "perquisition"))
        #expect(EnglishPlural.isFrenchPlural("généraux", of: "général"))
        #expect(EnglishPlural.isFrenchPlural("réseaux", of: "réseau"))
        #expect(!EnglishPlural.isFrenchPlural("frappe aérienne", of: "frappe aérienne"))
        #expect(!EnglishPlural.isFrenchPlural("procès", of: "procès"))
        #expect(!EnglishPlural.isFrenchPlural("mis en examen", of: "mis en examen"))
    }

    @Test("glosses of a real article agree in number with the French they follow")
    func glossedArticle() throws {
        let builder = try GlossaryTestSupport.repositoryBuilder()
        let matcher = builder.matcher
        let text = """
            Les gendarmes ont mené onze perquisitions mardi ; les frappes aériennes ont repris au nord, \
            et deux passeurs ont été placés en garde à vue pour violences conjugales.
            """
        let glossary = builder.glossary(id: "a", title: nil, text: text)
        let glossed = InlineGlossRenderer(entries: matcher.entries, plural: try #require(Self.plural))
            .render(glossary).text
        #expect(glossed.contains("onze perquisitions [searches]"))
        #expect(glossed.contains("frappes aériennes [air strikes]"))
        #expect(glossed.contains("passeurs [people smugglers]"))
        // A mass noun keeps its number; a singular French form keeps the lexicon's singular.
        #expect(glossed.contains("garde à vue [police custody]"))
        #expect(glossed.contains("violences conjugales [domestic violence]"))
        // The plural of a word English shares is the French as written: an explanation or nothing.
        #expect(glossed.contains("Les gendarmes [police officer (gendarmerie)] ont mené"))
        // Without the plural rules, the lexicon's singular is kept.
        let singular = InlineGlossRenderer(entries: matcher.entries).render(glossary).text
        #expect(singular.contains("onze perquisitions [search]"))
    }
}
