import FrenchText
import Testing

/// The prefilter of the cleanup rules: a text whose bits lack a run's bits cannot hold the run.
@Suite("Unit and pair bits of a text")
struct UnitBitsTests {
    static let sentences = [
        "Le ministre de l’Intérieur a réservé sa réponse aux députés, a-t-on appris jeudi à Rabat.",
        "« Nous ne céderons rien », a déclaré le procureur de la République près le tribunal de Créteil.",
        "© 2024 RTNH – Radio Télévision Nationale d'Haïti. Tous droits réservés.",
        "Accueil   La Police   Actualités   Communiqués",
    ]

    static func bits(_ text: String) -> UnitBits { UnitBits(Array(text.utf16)) }

    @Test("a text holds every run it contains: the bits never refuse a text that holds the run")
    func neverRefusesAHeldRun() {
        for sentence in Self.sentences {
            let units = Array(sentence.utf16)
            let whole = UnitBits(units)
            for start in units.indices {
                for end in (start + 1)...min(units.count, start + 24) {
                    #expect(whole.holdsAll(of: UnitBits(Array(units[start..<end]))), "\(sentence) [\(start)..<\(end)]")
                }
            }
        }
    }

    @Test("a text with every unit of a run but not its adjacent pairs is refused")
    func pairsRefuseScatteredLetters() {
        let sentence = Self.sentences[0]
        for run in ["droits réservés", "sous réserve", "entre nous", "répondre", "intérim"] {
            // Every unit of the run is in the sentence, so the units alone would let it through.
            #expect(run.unicodeScalars.allSatisfy { sentence.unicodeScalars.contains($0) })
            #expect(!sentence.contains(run))
            #expect(!Self.bits(sentence).holdsAll(of: Self.bits(run)), "\(run)")
        }
        #expect(Self.bits(Self.sentences[2]).holdsAll(of: Self.bits("droits réservés")))
    }

    @Test("a unit or a pair the text lacks refuses it; the empty run is held by any text")
    func unitsAndEmptyRun() {
        #expect(!Self.bits(Self.sentences[1]).holdsAll(of: Self.bits("|")))
        #expect(Self.bits(Self.sentences[3]).holdsAll(of: Self.bits("   ")))
        #expect(!Self.bits(Self.sentences[0]).holdsAll(of: Self.bits("  ")))
        #expect(Self.bits("").holdsAll(of: Self.bits("")))
        #expect(Self.bits(Self.sentences[0]).holdsAll(of: UnitBits([])))
    }
}
