import FrenchText
import Testing

@Suite("ICU regular expressions on UTF-16 text")
struct RegularExpressionTests {
    func units(_ text: String) -> [UInt16] { Array(text.utf16) }

    @Test("whole matches, prefix matches in UTF-16 units, Unicode classes and (?i)")
    func matching() throws {
        let byline = try RegularExpression("Par \\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,3}")
        #expect(units("Par Hajar Kharroubi").withUnsafeBufferPointer { byline.matchesWhole($0) })
        #expect(units("Par Élodie Lévêque-Ménard").withUnsafeBufferPointer { byline.matchesWhole($0) })
        // Not the whole sentence: a byline rule must not eat prose.
        #expect(!units("Par ailleurs, la DGSN a démenti.").withUnsafeBufferPointer { byline.matchesWhole($0) })
        let readAlso = try RegularExpression("(?i)(?:À|A) lire aussi\\s?:?.*")
        #expect(units("À LIRE AUSSI : Rabat et Madrid").withUnsafeBufferPointer { readAlso.matchesWhole($0) })
        let label = try RegularExpression("(?:Diaporama|Vidéo)(?=\\p{Lu}\\p{Ll})")
        // The length is in UTF-16 units: "Vidéo" is five.
        #expect(units("VidéoÉmeute à Nador").withUnsafeBufferPointer { label.prefixMatch($0) } == 5)
        #expect(units("Vidéos de l'attaque").withUnsafeBufferPointer { label.prefixMatch($0) } == nil)
        #expect([UInt16]().withUnsafeBufferPointer { label.prefixMatch($0) } == nil)
    }

    @Test("copies of a compiled pattern match as it does, each with its own match state, on several threads")
    func compiledPatternCopies() async throws {
        let template = try CompiledPattern(
            "(?:Par )?\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3} ?/ ?(?:AFP|SIPA)")
        #expect(template.pattern.hasPrefix("(?:Par )?"))
        let lines = [
            "CAMILLE VERNET / AFP", "A. Reynaud / SIPA", "Le ministre a démenti / AFP", "Julien Ferrandi / Le Figaro",
        ]
        let expected = [true, true, false, false]
        // Two copies used in turn: the text one was given does not leak into the other.
        let first = try template.instance()
        let second = try template.instance()
        for (line, verdict) in zip(lines, expected) {
            #expect(units(line).withUnsafeBufferPointer { first.matchesWhole($0) } == verdict)
            #expect(units(line).withUnsafeBufferPointer { second.matchesWhole($0) } == verdict)
        }
        // Copies taken concurrently from one template, as workers do.
        let results = try await withThrowingTaskGroup(of: [Bool].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let copy = try template.instance()
                    return lines.map { line in Array(line.utf16).withUnsafeBufferPointer { copy.matchesWhole($0) } }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results == Array(repeating: expected, count: 8))
    }

    @Test("a first unit rules a pattern out only when no text that starts with it can match")
    func firstUnit() throws {
        func starts(_ pattern: String, _ first: Character) throws -> Bool {
            try RegularExpression(pattern).mayMatch(startingWith: first.utf16.first ?? 0)
        }
        let byline = "(?:[Pp]ar|Avec)(?: :)? \\p{Lu}[\\p{L}'’.-]*"
        #expect(try starts(byline, "P") && starts(byline, "p") && starts(byline, "A"))
        #expect(try !starts(byline, "L") && !starts(byline, "a") && !starts(byline, " "))
        // An optional opening: both the words and what may follow them can come first.
        let dateline = "(?:(?i:Publié le )|Le )?\\d{1,2}/\\d{1,2}/\\d{4}"
        #expect(try starts(dateline, "P") && starts(dateline, "p") && starts(dateline, "L") && starts(dateline, "2"))
        #expect(try !starts(dateline, "l") && !starts(dateline, "M"))
        // (?i) and a set of capitals.
        #expect(try starts("(?i)(?:Photo|Crédit)\\s?:.{1,80}", "c") && !starts("(?i)(?:Photo|Crédit)\\s?:.{1,80}", "x"))
        #expect(try starts("\\p{Lu}[\\p{L}.-]* ?/ ?AFP", "É") && !starts("\\p{Lu}[\\p{L}.-]* ?/ ?AFP", "é"))
        // A pattern that matches one unit alone, and one that takes anything but a line break.
        #expect(try starts("DR", "D") && starts("[^\\n]{0,79}[^\\n.!?]", "x") && !starts("[^\\n]{0,79}[^\\n.!?]", "\n"))
        // A look-ahead decides on the first unit too.
        #expect(try starts("(?=\\p{Lu})\\p{L}+", "Q") && !starts("(?=\\p{Lu})\\p{L}+", "q"))
    }

    @Test("two opening units rule out what the first allows: \"Pe\" cannot open \"Par\", nor \"Le\" capitals")
    func openingUnits() throws {
        func opens(_ pattern: String, _ opening: String) throws -> Bool {
            try RegularExpression(pattern).mayMatch(startingWith: Array(opening.utf16))
        }
        let byline = "(?:[Pp]ar|Avec)(?: :)? \\p{Lu}[\\p{L}'’.-]*"
        #expect(try opens(byline, "Pa") && opens(byline, "pa") && opens(byline, "Av"))
        #expect(try !opens(byline, "Pe") && !opens(byline, "Au"))
        let capitals = "\\p{Lu}{4,}(?:[ -]\\p{Lu}{2,}){0,2}\\."
        #expect(try opens(capitals, "LE") && !opens(capitals, "Le"))
        // A whole text that matches, and one cut short, are both openings that may match.
        #expect(try opens("DR", "DR") && opens("Crédit photo", "Cr") && !opens("Crédit photo", "Ca"))
    }

    @Test(
        "a literal prefix is read up to the first metacharacter, without a quantified unit, escaped marks as themselves, past ^ and \\b, and not under a top-level |",
        arguments: [
            ("Les commentaires (?:sont|ont été) fermés", "Les commentaires "),
            ("Vous avez (?:lu|encore) \\d{1,2} articles?", "Vous avez "),
            ("Photos? (?:fournie|transmise) par .{1,80}", "Photo"),
            ("Archives* \\p{Lu}", "Archive"),
            ("Droits d['’]auteur .{1,80}", "Droits d"),
            ("Il y a \\d{1,2} heures(?=\\p{Lu})", "Il y a "),
            ("Le(?i) fil info", "Le"),
            ("(?i)Publicité", ""),
            ("Ce site utilise des cookies|En poursuivant", ""),
            ("Dans (?:la|le) [|] rubrique", "Dans "),
            ("\\(AFP\\) -", "(AFP) -"),
            ("\\( [\\p{L}]{2,40} \\)\\.?$", "( "),
            ("pic\\.twitter\\.com/\\S", "pic.twitter.com/"),
            ("Photos?\\.", "Photo"),
            ("\\d{4} ", ""),
            ("[•◦] +(?=\\S)", ""),
            ("^Écrivez à la rédaction", "Écrivez à la rédaction"),
            ("\\babonnez-vous\\b", "abonnez-vous"),
            ("^\\p{Lu}[\\p{L}]+ est", ""),
        ])
    func literalPrefixes(pattern: String, prefix: String) throws {
        #expect(try RegularExpression(pattern).literalPrefix == Array(prefix.utf16))
    }

    @Test(
        "the required literal is the longest run of literal units outside groups and brackets that every match holds, the prefix when none is longer",
        arguments: [
            // Pattern, required literal, a text it matches in full.
            ("\\p{Lu}[\\p{L}'’. -]{1,30} vous recommande\\s?:?", " vous recommande", "Le Figaro vous recommande :"),
            ("[^\\n]{10,250} \\| ?(?:Ph\\.|©) ?[^\\n|]{1,60}", " |", "Des soldats en patrouille | © Jean Dupont"),
            ("Par \\p{Lu}\\p{L}+, envoyé spécial", ", envoyé spécial", "Par Marc, envoyé spécial"),
            // A unit under ? or {…} is not required; one under + is, once.
            ("Photos? de \\p{Lu}\\p{L}+ publiées", " publiées", "Photo de Paris publiées"),
            ("\\d+ ans? de prison", " de prison", "5 an de prison"),
            ("Lu+ne", "Lu", "Luuune"),
            // Escaped marks are units; \\b is no unit and does not break the run.
            ("\\(AFP\\) - \\p{Lu}", "(AFP) - ", "(AFP) - L"),
            ("\\babonnez-vous\\b", "abonnez-vous", "abonnez-vous"),
            // Nothing is required under a top-level |, after a flag group, or inside \\Q…\\E.
            ("[^\\n]{1,40} recommande|Lire", "", "Lire"),
            ("\\p{Lu}\\p{L}+(?i) vous recommande", "", "Le VOUS RECOMMANDE"),
            ("\\p{Lu}\\Q (?:x)\\E", "", "L (?:x)"),
            // Groups, scoped flags and classes end a run.
            ("Le (?i:Fil) info du jour", " info du jour", "Le FIL info du jour"),
        ])
    func requiredLiterals(pattern: String, required: String, text: String) throws {
        let regex = try RegularExpression(pattern)
        let expected = required.isEmpty ? regex.literalPrefix : Array(required.utf16)
        #expect(regex.requiredLiteral == expected)
        expectMatch(of: regex, in: text, holdingOneOf: expected.isEmpty ? [] : [expected])
    }

    @Test("the required bits hold every required run's units and pairs, not only the longest run's")
    func requiredBitsOfEveryRun() throws {
        let regex = try RegularExpression(
            "\\p{Lu}[\\p{L} -]{0,40}, \\d{1,2} \\p{Ll}+ \\d{4} \\[[^\\]\\n]{2,30}\\] ?-{1,3} ?(?=\\p{Lu})")
        let dateline = units("NDIM, 24 mars 2025 [RJDH] --- Quatre personnes ont été tuées.")
        #expect(dateline.withUnsafeBufferPointer { regex.prefixMatch($0) } != nil)
        #expect(UnitBits(dateline).holdsAll(of: regex.requiredLiteralBits))
        // The comma and space are there, " [" is not: refused before ICU, as ICU would refuse it.
        let prose = units("Selon la police, 24 personnes ont été interpellées en mars 2025 à Paris.")
        #expect(!UnitBits(prose).holdsAll(of: regex.requiredLiteralBits))
        #expect(prose.withUnsafeBufferPointer { regex.prefixMatch($0) } == nil)
    }

    /// Expects a text to match a pattern in full and to hold one of the runs read from it
    /// (when there are any): the reading is not stricter than ICU.
    func expectMatch(of regex: RegularExpression, in text: String, holdingOneOf runs: [[UInt16]]) {
        let units = Array(text.utf16)
        #expect(units.withUnsafeBufferPointer { regex.matchesWhole($0) })
        #expect(runs.isEmpty || runs.contains { text.contains(String(decoding: $0, as: UTF16.self)) })
    }

    @Test(
        "the required alternatives are runs of which every match holds one, read through groups, alternations and classes",
        arguments: [
            // Pattern, the runs joined by "|" (empty: none beyond the required literal), a text it matches in full.
            (
                "[^\\n]{10,200}[.!?»](?:KEYSTONE|AFP|REUTERS)(?: ?/ ?\\p{Lu}[\\p{L} .'’-]{1,40})?",
                "KEYSTONE|AFP|REUTERS", "Des policiers en patrouille.AFP / Jean Dupont"
            ),
            (
                "[^\\n]{10,250} [–—-] (?:Légifrance|EUR-Lex)", "Légifrance|EUR-Lex",
                "Code de la sécurité intérieure - Légifrance"
            ),
            // A class of plain units is one run a unit; a quoted mark is itself.
            ("[^\\n]{0,79}[^\\n.!?…\\p{Zs}]\\p{Zs}?[»\"”]", "»|\"|”", "Les « pièces de vélo »"),
            ("\\p{Lu}\\p{L}+ [(\\[]\\p{Lu}+[)\\]]", "(|[", "Lomé [AFP]"),
            // A group that must occur, repeated or not; the most telling part of a sequence wins
            // (the first, between equals).
            ("\\p{Lu}\\p{L}+(?: ?/ ?\\p{Lu}\\p{L}+){1,3}", "/", "Reuters / Belga"),
            ("(?:PDF|[Pp]df)[^\\n]{0,30}?\\d+ ?(?:Ko|Mo)\\b", "PDF|df", "PDF 250 Ko"),
            ("(?:Par |De )?(?:La rédaction|Rédaction)", "La rédaction|Rédaction", "Par La rédaction"),
            // A hyphen last in a class is itself; a range is no plain unit.
            ("\\d+ ?[–—-] ?\\p{Lu}", "–|—|-", "12 - L"),
            ("\\d+ [a-z]+", "", "12 ans"),
            // Nothing under a quantifier that allows zero, a negated class, a look-around or a
            // scoped flag group; spaces alone tell nothing.
            ("\\p{Lu}+(?:AFP|Reuters)? \\d+", "", "PARIS 12"),
            ("\\p{Lu}+[^()] \\d+", "", "PARIS 12"),
            ("\\p{Lu}+(?=AFP|Reuters)\\p{Lu}+", "", "PARISAFP"),
            ("\\p{Lu}+ (?i:afp|reuters)", "", "PARIS AFP"),
            ("\\p{Lu}+ +\\d+", "", "PARIS  12"),
            // A unit repeated at least n times is n units in a row: two spaces tell a menu's gap.
            ("\\p{Lu}\\p{L}+(?: {2,}|[•·] )\\p{Lu}\\p{L}+", "  |•|·", "Accueil   Police"),
            ("\\p{Lu}+ {2,}\\d+", "  ", "PARIS  12"),
            // An alternative that requires nothing makes the group require nothing.
            ("\\p{Lu}+ (?:AFP|\\d+)", "", "PARIS 12"),
            // A flag group, \\Q…\\E or an escape this reading does not know: nothing.
            ("(?i)(?:AFP|Reuters)", "", "afp"),
            ("\\p{Lu}\\Q (?:x)\\E", "", "L (?:x)"),
            ("\\x{41}(?:FP|P)", "", "AFP"),
        ])
    func requiredAlternatives(pattern: String, runs: String, text: String) throws {
        let regex = try RegularExpression(pattern)
        let expected = runs.isEmpty ? [] : runs.split(separator: "|").map { Array($0.utf16) }
        #expect(regex.requiredAlternatives == expected)
        expectMatch(of: regex, in: text, holdingOneOf: expected)
    }

    @Test("a pattern that does not compile is an error, not a crash")
    func syntaxError() {
        #expect(throws: ICUError.self) { try RegularExpression("(?:Par [A-Z") }
        #expect(throws: ICUError.self) { try CompiledPattern("(?:Par [A-Z") }
    }
}
