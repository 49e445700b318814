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

    @Test("a pattern that does not compile is an error, not a crash")
    func syntaxError() {
        #expect(throws: ICUError.self) { try RegularExpression("(?:Par [A-Z") }
    }
}
