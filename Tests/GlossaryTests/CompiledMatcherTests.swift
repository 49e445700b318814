import Foundation
import FrenchText
import Testing

@testable import Glossary

@Suite("CompiledMatcher: French terms in real sentences")
struct CompiledMatcherTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let expected: [String]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // Elisions, with straight and curly apostrophes.
        Case(text: "Les ministres de l'OTAN se réunissent à Bruxelles.", expected: ["OTAN → otan"]),
        Case(text: "Une notice rouge d'Interpol a été émise.", expected: ["Interpol → interpol"]),
        Case(text: "Le ministère de l’Intérieur a confirmé.", expected: ["ministère de l’Intérieur → min-int"]),
        Case(text: "Les alliés de lʼOTAN et l‘OTAN.", expected: ["OTAN → otan", "OTAN → otan"]),
        // Plural and feminine.
        Case(text: "Les cyberattaques se multiplient.", expected: ["cyberattaques → cyberattaque"]),
        Case(text: "Une relation bilatérale apaisée.", expected: ["relation bilatérale → relations-bilat"]),
        Case(text: "Des frappes aériennes ont visé le port.", expected: ["frappes aériennes → frappe-aerienne"]),
        Case(text: "Les forces armées maliennes.", expected: ["forces armées → force-armee"]),
        // Hyphen and accent variants.
        Case(text: "Une cyber-attaque massive.", expected: ["cyber-attaque → cyberattaque"]),
        Case(text: "L'ETAT D'URGENCE est décrété.", expected: ["ETAT D'URGENCE → etat-urgence"]),
        Case(text: "Un cessez-le-feu fragile.", expected: ["cessez-le-feu → cessez-le-feu"]),
        // Case-sensitive acronyms.
        Case(text: "La RDC et la DR du Congo.", expected: ["RDC → rdc", "DR → dr"]),
        Case(text: "Le dr Martin a soigné les blessés.", expected: []),
        Case(text: "La maison blanche du village.", expected: []),
        Case(text: "La Maison Blanche a réagi.", expected: ["Maison Blanche → maison-blanche"]),
        // Longest match wins, leftmost first.
        Case(
            text: "La sécurité publique et la sécurité.",
            expected: ["sécurité publique → securite-publique", "sécurité → securite"]),
        Case(
            text: "La Direction générale de la sûreté nationale algérienne enquête.",
            expected: ["Direction générale de la sûreté nationale algérienne → dgsn-dz"]),
        Case(text: "Le Conseil de sécurité publique.", expected: ["Conseil de sécurité → conseil-securite"]),
        // A nationality adjective inside a name.
        Case(text: "Le ministère qatari de l'Intérieur.", expected: ["ministère qatari de l'Intérieur → min-int"]),
        Case(text: "Le ministère de la Santé et l'Intérieur.", expected: ["Intérieur → interieur"]),
        // Hyphenated pair of acronyms.
        Case(text: "Le pôle DGSN-DGST.", expected: ["DGSN → dgsn-ma"]),
        Case(text: "Placé en garde à vue.", expected: ["garde à vue → garde-a-vue"]),
        // A term does not run over a sentence's end or a blank line.
        Case(text: "Il a monté la garde. À vue de nez, rien ne bouge.", expected: []),
        Case(
            text: "Il faut renforcer la sécurité. Publique ou privée, la question demeure.",
            expected: ["sécurité → securite"]),
        Case(text: "Les effectifs de la sécurité\n\npublique restent stables.", expected: ["sécurité → securite"]),
        Case(text: "Placé en garde\nà vue, il a nié.", expected: ["garde\nà vue → garde-a-vue"]),
    ]

    @Test("matches", arguments: cases)
    func matches(_ testCase: Case) {
        #expect(GlossaryTestSupport.found(testCase.text) == testCase.expected)
    }

    @Test("an acronym defined in the text links to its long form, even against the lexicon")
    func acronymDefinition() {
        let text =
            "La Direction générale de la sécurité extérieure (DGSE) recrute. La DGSE dément. "
            + "La Direction générale de la sûreté nationale algérienne (DGSN) a arrêté deux hommes. La DGSN dément."
        #expect(
            GlossaryTestSupport.found(text) == [
                "Direction générale de la sécurité extérieure → dgse", "DGSE → dgse", "DGSE → dgse",
                "Direction générale de la sûreté nationale algérienne → dgsn-dz", "DGSN → dgsn-dz", "DGSN → dgsn-dz",
            ])
    }

    /// Lexicon acronyms of other names than the ones the texts below spell out.
    static let acronymMatcher: CompiledMatcher? = try? CompiledMatcher(
        entries: [
            GlossaryTestSupport.entry(
                "amf", "Autorité des marchés financiers", ["AMF"], en: "Financial Markets Authority"),
            GlossaryTestSupport.entry(
                "itt", "incapacité totale de travail", ["ITT", "interruption totale de travail"],
                en: "total incapacity for work"),
            GlossaryTestSupport.entry(
                "dea", "agence américaine de lutte contre la drogue", ["DEA"], en: "Drug Enforcement Administration"),
            GlossaryTestSupport.entry("raid", "RAID", en: "RAID (police tactical unit)"),
            GlossaryTestSupport.entry(
                "anr", "Agence nationale de renseignements", ["ANR"], en: "National Intelligence Agency"),
            GlossaryTestSupport.entry(
                "dgsi", "Direction générale de la sécurité intérieure", ["DGSI"],
                en: "General Directorate for Internal Security"),
        ], resources: GlossaryTestSupport.resources)

    @Test(
        "an acronym the text spells out as another name is not the lexicon's",
        arguments: [
            // Another body: its initials spell the acronym, none of its words is the entry's.
            ("L'Association des maires de France (AMF) s'inquiète. L'AMF demande des moyens.", [String]()),
            ("L'Autorité de protection des données (APD) et l'AMF.", ["AMF → amf"]),
            // Another body whose name shares only words that many names share.
            ("L'Agence nationale de la recherche (ANR) finance le projet. L'ANR le confirme.", [String]()),
            // The lexicon's own name, a name sharing half of its words, or its English name.
            (
                "L'Autorité des marchés financiers (AMF) enquête. L'AMF a saisi le parquet.",
                ["Autorité des marchés financiers → amf", "AMF → amf", "AMF → amf"]
            ),
            ("Une interruption temporaire de travail (ITT) de huit jours.", ["ITT → itt"]),
            ("Une note de la Drug Enforcement Administration (DEA).", ["DEA → dea"]),
            ("La Direction générale de la sûreté intérieure (DGSI) enquête.", ["DGSI → dgsi"]),
            // No definition, or an entry with no long form to compare.
            ("L'AMF a sanctionné la banque.", ["AMF → amf"]),
            ("Les hommes du Recherche, assistance, intervention, dissuasion (RAID) sont intervenus.", ["RAID → raid"]),
        ])
    func redefinedAcronym(_ text: String, _ expected: [String]) throws {
        let matcher = try #require(Self.acronymMatcher)
        #expect(GlossaryTestSupport.found(text, matcher: matcher) == expected)
    }

    /// Titles, ranks and bodies that compounds with a hyphen take in.
    static let compoundMatcher: CompiledMatcher? = try? CompiledMatcher(
        entries: [
            GlossaryTestSupport.entry("premier-ministre", "Premier ministre", en: "Prime Minister", kind: "title"),
            GlossaryTestSupport.entry("prefet", "préfet", en: "prefect", kind: "title"),
            GlossaryTestSupport.entry("lieutenant", "lieutenant", en: "Lieutenant", kind: "military"),
            GlossaryTestSupport.entry("kremlin", "Kremlin", en: "Kremlin", kind: "institution"),
            GlossaryTestSupport.entry("depute", "député", en: "member of parliament", kind: "title"),
            GlossaryTestSupport.entry("temoin", "témoin", en: "witness", kind: "legal"),
            GlossaryTestSupport.entry("dgsn", "DGSN", en: "DGSN", kind: "institution", caseRule: .sensitive),
            GlossaryTestSupport.entry("dgst", "DGST", en: "DGST", kind: "institution", caseRule: .sensitive),
        ], resources: GlossaryTestSupport.resources)

    @Test(
        "a term glued by a hyphen to another word is part of another compound, unless the word leaves it its meaning",
        arguments: [
            ("Le vice-Premier ministre italien a démissionné.", [String]()),
            ("Le sous-préfet et le lieutenant-général sont arrivés au Kremlin-Bicêtre.", []),
            ("L'ex-député a cité un témoin-clé.", ["député → depute", "témoin → temoin"]),
            (
                "Les services DGSN-DGST ont arrêté le lieutenant.",
                ["DGSN → dgsn", "DGST → dgst", "lieutenant → lieutenant"]
            ),
            (
                "Le Premier ministre a reçu le préfet au Kremlin.",
                ["Premier ministre → premier-ministre", "préfet → prefet", "Kremlin → kremlin"]
            ),
        ])
    func hyphenCompounds(_ text: String, _ expected: [String]) throws {
        let matcher = try #require(Self.compoundMatcher)
        #expect(GlossaryTestSupport.found(text, matcher: matcher) == expected)
    }

    /// Nouns of things and events, a title, a participle used as a noun, an abbreviation.
    static let inflectionMatcher: CompiledMatcher? = try? CompiledMatcher(
        entries: [
            GlossaryTestSupport.entry("tranchee", "tranchée", en: "trench", kind: "military"),
            GlossaryTestSupport.entry("tirs", "tirs", en: "gunfire", kind: "police"),
            GlossaryTestSupport.entry("plainte", "plainte", en: "complaint", kind: "legal"),
            GlossaryTestSupport.entry("depute", "député", en: "member of parliament", kind: "title"),
            GlossaryTestSupport.entry("procureur", "procureur", en: "prosecutor", kind: "title"),
            GlossaryTestSupport.entry("accuse", "accusé", en: "accused", kind: "legal"),
            GlossaryTestSupport.entry("colonel", "colonel", ["col."], en: "Colonel", kind: "military"),
            GlossaryTestSupport.entry("drogue", "drogue", en: "drugs", kind: "police"),
            GlossaryTestSupport.entry("relaxe", "relaxe", ["relaxé"], en: "acquittal", kind: "legal"),
            GlossaryTestSupport.entry("ecoutes", "écoutes", en: "wiretapping", kind: "concept"),
            GlossaryTestSupport.entry("menottes", "menottes", ["menotté"], en: "handcuffs", kind: "police"),
            GlossaryTestSupport.entry("emploi-fictif", "emploi fictif", en: "fictitious job", kind: "legal"),
            GlossaryTestSupport.entry("dealer", "dealer", en: "drug dealer", kind: "police"),
            GlossaryTestSupport.entry("detenu", "détenu", en: "detainee", kind: "legal"),
        ], resources: GlossaryTestSupport.resources)

    @Test(
        "feminines only for persons; a final é is not a final e; an abbreviation only with its period",
        arguments: [
            // A noun of a thing takes its plural, not the verb its feminine or masculine would be.
            ("Les soldats tiennent les tranchées.", ["tranchées → tranchee"]),
            ("Le juge a tranché : la question est close.", [String]()),
            ("Des tirs ont retenti, puis un tir isolé.", ["tirs → tirs", "tir → tirs"]),
            ("Il a tiré deux fois et en tire une leçon.", []),
            ("Elle a porté plainte ; il se plaint.", ["plainte → plainte"]),
            // A title's and a participle's feminines and plurals.
            (
                "La députée et la procureure ont parlé aux députés.",
                [
                    "députée → depute", "procureure → procureur", "députés → depute",
                ]
            ),
            ("L'accusée et les accusés ont nié.", ["accusée → accuse", "accusés → accuse"]),
            ("Le col. Martin a franchi le col du Tourmalet.", ["col → colonel"]),
            // The plural of a word is not its abbreviation: these are mountain passes.
            ("Les randonneurs ont franchi plusieurs cols. Le col. Martin suivait.", ["col → colonel"]),
            // A participle's é and a verb's or a noun's plain e are different words.
            ("Il accuse le ministre ; l'accusé nie.", ["accusé → accuse"]),
            ("Il a été drogué ; la drogue a été saisie.", ["drogue → drogue"]),
            // The feminine "ée" is a participle's, not a plain e's ("l'accusée" above).
            ("Elle a été droguée ; les droguées ; la drogue.", ["drogue → drogue"]),
            // Unless the entry lists both.
            ("Il a été relaxé ; la relaxe est définitive.", ["relaxé → relaxe", "relaxe → relaxe"]),
            ("L'accuse\u{301} nie.", ["accuse\u{301} → accuse"]),
            // A plural's s aside: a plural noun is not its participle, in the singular or plural.
            (
                "Les écoutes ont duré ; il a écouté, ils ont été écoutés, on l'écoute.",
                ["écoutes → ecoutes", "écoute → ecoutes"]
            ),
            ("Les drogués ; les drogues saisies.", ["drogues → drogue"]),
            ("Il accuses ; les accusés nient.", ["accusés → accuse"]),
            // Unless the entry lists both.
            ("Il a été menotté, les menottes aux poignets.", ["menotté → menottes", "menottes → menottes"]),
            // A regular plural that Snowball stems apart from its singular ("emplois", "dealers", "détenus").
            (
                "Des emplois fictifs, des dealers et deux détenus ; un dealer.",
                ["emplois fictifs → emploi-fictif", "dealers → dealer", "détenus → detenu", "dealer → dealer"]
            ),
        ])
    func inflections(_ text: String, _ expected: [String]) throws {
        let matcher = try #require(Self.inflectionMatcher)
        #expect(GlossaryTestSupport.found(text, matcher: matcher) == expected)
    }

    @Test("offsets point into the original text, with NBSP, ’ and characters outside the BMP")
    func offsets() {
        let text = "🚨\u{00A0}Alerte\u{202F}: le ministère de l’Intérieur et l’OTAN."
        let units = Array(text.utf16)
        let matches = GlossaryTestSupport.matcher.matches(in: text)
        #expect(matches.count == 2)
        #expect(String(decoding: units[matches[0].range], as: UTF16.self) == "ministère de l’Intérieur")
        #expect(String(decoding: units[matches[1].range], as: UTF16.self) == "OTAN")
        #expect(matches[0].range.lowerBound == 15)
    }

    @Test("decomposed accents (not NFC) still match, offsets mapped back to the original")
    func decomposed() {
        let text = "La se\u{301}curite\u{301} publique."
        let matcher = GlossaryTestSupport.matcher
        let buffer = FrenchTextSupport.utf16(text)
        var scratch = MatchScratch()
        let matches = matcher.matches(in: buffer, scratch: &scratch)
        #expect(matches.count == 1)
        #expect(matches.first?.range == 3..<22)
    }

    @Test("the same text gives the same matches, whatever the scratch buffers held before")
    func deterministic() {
        var scratch = MatchScratch()
        let first = GlossaryTestSupport.matcher.matches(
            in: FrenchTextSupport.utf16("Les frappes aériennes de l’OTAN."), scratch: &scratch)
        _ = GlossaryTestSupport.matcher.matches(
            in: FrenchTextSupport.utf16(String(repeating: "sécurité publique ", count: 200)), scratch: &scratch)
        let again = GlossaryTestSupport.matcher.matches(
            in: FrenchTextSupport.utf16("Les frappes aériennes de l’OTAN."), scratch: &scratch)
        #expect(first == again)
    }

    @Test("an entry the text's checks refuse gives way to another that ends the same match")
    func refusedEntryGivesWay() throws {
        // Plural and singular share their stem's node; the case-sensitive plural makes no singular.
        let entries = [
            GlossaryTestSupport.entry(
                "requisitions", "réquisitions", en: "sentencing demands", kind: "legal", caseRule: .sensitive),
            GlossaryTestSupport.entry("requisition", "réquisition", en: "requisition", kind: "legal"),
        ]
        let matcher = try CompiledMatcher(entries: entries, resources: GlossaryTestSupport.resources)
        #expect(
            GlossaryTestSupport.found("La réquisition des hôtels ; les réquisitions du parquet.", matcher: matcher)
                == ["réquisition → requisition", "réquisitions → requisitions"])
    }

    @Test("ties: the entry whose canonical term it is wins, then status, then row order")
    func ties() throws {
        let entries = [
            GlossaryTestSupport.entry("a", "pôle", ["brigade"], en: "hub", line: 1),
            GlossaryTestSupport.entry("b", "brigade", en: "squad", status: .admitted, line: 2),
            GlossaryTestSupport.entry("c", "brigade", en: "team", line: 3),
        ]
        let matcher = try CompiledMatcher(entries: entries, resources: GlossaryTestSupport.resources)
        #expect(GlossaryTestSupport.found("La brigade est là.", matcher: matcher) == ["brigade → c"])
    }
}

@Suite("CompiledMatcher: names are not terms")
struct NameTests {
    @Test(
        "a lowercase one-word term does not match a capitalised word inside a sentence; case-sensitive lowercase forms keep their case"
    )
    func names() throws {
        let entries = [
            GlossaryTestSupport.entry("cheikh", "cheikh", en: "sheikh"),
            GlossaryTestSupport.entry("khalifa", "khalifa", en: "khalifa (deputy administrator)", caseRule: .sensitive),
        ]
        let matcher = try CompiledMatcher(entries: entries, resources: GlossaryTestSupport.resources)
        #expect(
            GlossaryTestSupport.found(
                "Le cheikh Khalid bin Khalifa al-Thani. Cheikh Tamim a parlé au khalifa.", matcher: matcher)
                == ["cheikh → cheikh", "Cheikh → cheikh", "khalifa → khalifa"])
        #expect(GlossaryTestSupport.found("Selon Cheikh Diop, rien.", matcher: matcher) == [])
    }

    @Test("a capitalised institution or title after an article and before a lowercase word is a term")
    func capitalOfRespect() throws {
        let entries = [
            GlossaryTestSupport.entry("douane", "douane", en: "customs"),
            GlossaryTestSupport.entry("batonnier", "bâtonnier", en: "President of the Bar", kind: "title"),
            GlossaryTestSupport.entry("ambassade", "ambassade", en: "embassy"),
            GlossaryTestSupport.entry("general", "général", en: "general", kind: "military"),
        ]
        let matcher = try CompiledMatcher(entries: entries, resources: GlossaryTestSupport.resources)
        #expect(
            GlossaryTestSupport.found(
                "Kidira : la Douane saisit 312 kg de cocaïne. Depuis, le Bâtonnier a saisi le parquet, et l’Ambassade rappelle les règles.",
                matcher: matcher) == ["Douane → douane", "Bâtonnier → batonnier", "Ambassade → ambassade"])
        // A scraper's ‘ and ʼ elide the article as ' and ’ do.
        #expect(
            GlossaryTestSupport.found("Depuis, l‘Ambassade rappelle et lʼAmbassade répète.", matcher: matcher)
                == ["Ambassade → ambassade", "Ambassade → ambassade"])
        // A street's or a ship's name, a headline in capitals, a menu line, a title after a
        // capital article inside a sentence: none is the term.
        #expect(
            GlossaryTestSupport.found(
                "Il habite avenue du Général Leclerc depuis 2019. UNE SAISIE DE LA DOUANE DE DAKAR ÉTONNE.",
                matcher: matcher) == [])
        #expect(GlossaryTestSupport.found("Accueil\nL'Ambassade\nVisas", matcher: matcher) == [])
        #expect(GlossaryTestSupport.found("Selon Le Général lundi, tout va bien.", matcher: matcher) == [])
    }
}

@Suite("CompiledMatcher: a noun that is also a participle is the verb after an auxiliary")
struct ParticipleNounTests {
    static let matcher: CompiledMatcher? = try? CompiledMatcher(
        entries: [
            GlossaryTestSupport.entry("accuse", "accusé", en: "accused", kind: "legal"),
            GlossaryTestSupport.entry("insurge", "insurgé", en: "insurgent", kind: "military"),
            GlossaryTestSupport.entry("detenu", "détenu", en: "detainee", kind: "legal"),
            GlossaryTestSupport.entry("evade", "évadé", en: "escaped prisoner", kind: "police"),
            // Not in participle-nouns.txt: its verb means what its English says.
            GlossaryTestSupport.entry("poignarde", "poignardé", en: "stabbed", kind: "police"),
        ], resources: GlossaryTestSupport.resources)

    @Test(
        "after avoir, or être after a reflexive, with adverbs between; the noun, a passive and unlisted entries still match",
        arguments: [
            ("Il a accusé le ministre ; l'accusé nie.", ["accusé → accuse"]),
            ("Elle l'avait publiquement accusée, puis les accusées ont parlé.", ["accusées → accuse"]),
            ("L'opposition s'est aussitôt insurgée contre les insurgés.", ["insurgés → insurge"]),
            ("Ils se sont insurgés ; un insurgé a été tué.", ["insurgé → insurge"]),
            ("Pour avoir détenu des armes, le détenu a été jugé.", ["détenu → detenu"]),
            ("Il n'a jamais détenu de passeport. Il est détenu à Fresnes.", ["détenu → detenu"]),
            ("Le détenu s'était déjà évadé ; l'évadé court toujours.", ["détenu → detenu", "évadé → evade"]),
            ("Il a été accusé de vol. Il y a un accusé.", ["accusé → accuse", "accusé → accuse"]),
            ("Il a poignardé un passant.", ["poignardé → poignarde"]),
            ("Il a\nAccusé : Jean Dupont.", ["Accusé → accuse"]),
        ])
    func verbs(_ text: String, _ expected: [String]) throws {
        let matcher = try #require(Self.matcher)
        #expect(GlossaryTestSupport.found(text, matcher: matcher) == expected)
    }

    @Test("compound-tenses.tsv: an unknown role or a duplicate word is refused with its line")
    func malformed() throws {
        let path = GlossaryTestSupport.temporaryPath("precis-compound-tenses")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "# test\nword\trole\na\tavoir\nest\tauxiliary\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: DataFileError.self) { try CompoundTenses.load(path: path) }
        do {
            _ = try CompoundTenses.load(path: path)
        } catch {
            #expect(error.line == 4)
            #expect(error.message.contains("unknown role 'auxiliary'"))
        }
        try "word\trole\na\tavoir\na\tavoir\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: DataFileError.self) { try CompoundTenses.load(path: path) }
    }

    @Test("hyphen-compounds.tsv: a side other than before or after, or a word with a space, is refused with its line")
    func malformedCompounds() throws {
        let path = GlossaryTestSupport.temporaryPath("precis-hyphen-compounds")
        defer { try? FileManager.default.removeItem(atPath: path) }
        for (rows, message) in [
            ("ex\tbefore\nclé\taprès\n", "unknown side 'après' (expected before or after)"),
            ("ex\tbefore\nvice premier\tbefore\n", "expected one word, found 'vice premier'"),
        ] {
            try ("word\tside\n" + rows).write(toFile: path, atomically: true, encoding: .utf8)
            #expect(throws: DataFileError.self) { try MatcherResources.hyphenCompounds(path) }
            do {
                _ = try MatcherResources.hyphenCompounds(path)
            } catch {
                #expect(error.line == 3)
                #expect(error.message == message)
            }
        }
    }
}
