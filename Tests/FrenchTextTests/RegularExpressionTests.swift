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

    @Test("a pattern that does not compile is an error, not a crash")
    func syntaxError() {
        #expect(throws: ICUError.self) { try RegularExpression("(?:Par [A-Z") }
        #expect(throws: ICUError.self) { try CompiledPattern("(?:Par [A-Z") }
    }
}
