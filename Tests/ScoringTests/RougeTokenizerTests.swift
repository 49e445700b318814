import Scoring
import Testing

@Suite("Tokenizer profiles: French right where rouge-score is wrong")
struct RougeTokenizerTests {
    /// (text, french tokens, rouge-score tokens)
    static let cases: [(String, [String], [String])] = [
        ("Un arrêté préfectoral", ["un", "arrêté", "préfectoral"], ["un", "arr", "t", "pr", "fectoral"]),
        ("L'élu a démissionné.", ["l'", "élu", "a", "démissionné"], ["l", "lu", "a", "d", "missionn"]),
        ("le cessez-le-feu", ["le", "cessez-le-feu"], ["le", "cessez", "le", "feu"]),
        ("L’OTAN et l'ONU", ["l'", "otan", "et", "l'", "onu"], ["l", "otan", "et", "l", "onu"]),
        ("2,5 millions d’euros", ["2,5", "millions", "d'", "euros"], ["2", "5", "millions", "d", "euros"]),
        ("ŒUVRE Ça", ["œuvre", "ça"], ["uvre", "a"]),
        ("İstanbul, 5 K", ["i̇stanbul", "5", "k"], ["i", "stanbul", "5", "k"]),
    ]

    @Test("french profile tokens", arguments: cases)
    func french(_ text: String, _ expected: [String], _ ignored: [String]) throws {
        #expect(try TestSupport.tokens(text, .french).flatMap { $0 } == expected)
    }

    @Test("rouge-score profile tokens (what rouge-score 0.1.2 gives)", arguments: cases)
    func rougeScore(_ text: String, _ ignored: [String], _ expected: [String]) throws {
        #expect(try TestSupport.tokens(text, .rougeScore).flatMap { $0 } == expected)
    }

    @Test("'élu' never matches 'lu' in the french profile; it does in rouge-score")
    func eluLu() throws {
        let french = try TestSupport.scorer(.french).score(reference: "Il a lu le rapport.", candidate: "Il est élu.")
        let ascii = try TestSupport.scorer(.rougeScore).score(
            reference: "Il a lu le rapport.", candidate: "Il est élu.")
        #expect(french.rouge1.precision == 1.0 / 3.0)  // "il" only
        #expect(ascii.rouge1.precision == 2.0 / 3.0)  // "il" and the "lu" of "élu"
    }

    @Test("decomposed accents (NFD) and typographic apostrophes give the same tokens")
    func normalization() throws {
        let composed = try TestSupport.tokens("L’élu a pris l'arrêté", .french)
        let decomposed = try TestSupport.tokens("L'e\u{301}lu a pris l’arre\u{302}te\u{301}", .french)
        #expect(composed == decomposed)
        #expect(composed.flatMap { $0 } == ["l'", "élu", "a", "pris", "l'", "arrêté"])
    }

    @Test("stems and stop words in the french profile")
    func stemsAndStopWords() throws {
        #expect(
            try TestSupport.tokens("Les cyberattaques sécuritaires", .french, stem: true).flatMap { $0 } == [
                "le", "cyberattaqu", "sécuritair",
            ])
        #expect(
            try TestSupport.tokens("L'élu et la ministre de l'Intérieur", .french, stopWords: true).flatMap { $0 } == [
                "élu", "ministre", "intérieur",
            ])
    }

    @Test("Lsum sentences: the French segmenter without newlines, lines otherwise")
    func lsumSentences() throws {
        #expect(
            try TestSupport.tokens("M. Dupont est arrivé. Il parle.", .french) == [
                ["m", "dupont", "est", "arrivé"], ["il", "parle"],
            ])
        #expect(
            try TestSupport.tokens("Une ligne. Encore\nautre", .french) == [["une", "ligne", "encore"], ["autre"]])
        #expect(
            try TestSupport.tokens("M. Dupont est arrivé. Il parle.", .rougeScore) == [
                ["m", "dupont", "est", "arriv", "il", "parle"]
            ])
        #expect(try TestSupport.tokens("a b\n\nc", .rougeScore) == [["a", "b"], ["c"]])
    }
}
