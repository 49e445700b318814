import FrenchText
import Testing

@Suite("Normalization with offsets into the original")
struct NormalizerTests {
    func normalize(_ text: String, _ options: NormalizationOptions = NormalizationOptions()) throws -> NormalizedText {
        try Normalizer(options: options).normalize(UTF16Text(text))
    }

    @Test("French typography is made consistent for matching")
    func typography() throws {
        let result = try normalize("l’OTAN a dit\u{00A0}: «Non» ; le cessez\u{00AD}le\u{200B}feu tient\u{202F}!")
        #expect(result.text == "l'OTAN a dit : « Non » ; le cessezlefeu tient !")
    }

    @Test("ligatures œ and æ are kept, even in NFKC; ﬁ becomes fi in NFKC only")
    func ligatures() throws {
        #expect(try normalize("Le cœur de l’æther ﬁnal").text == "Le cœur de l'æther ﬁnal")
        #expect(try normalize("Le cœur de l’æther ﬁnal", .init(form: .nfkc)).text == "Le cœur de l'æther final")
    }

    @Test("NFD input is composed and offsets still point into the original")
    func decomposedInput() throws {
        let original = "La se\u{0301}curite\u{0301} publique"  // "sécurité" decomposed
        let result = try normalize(original)
        #expect(result.text == "La sécurité publique")
        let normalizedUnits = Array(result.text.utf16)
        let word = Array("sécurité".utf16)
        let start =
            (0...(normalizedUnits.count - word.count)).first { Array(normalizedUnits[$0..<($0 + word.count)]) == word }
            ?? -1
        let range = result.originalRange(of: start..<(start + word.count))
        let originalUnits = Array(original.utf16)
        #expect(String(decoding: originalUnits[range], as: UTF16.self) == "se\u{0301}curite\u{0301}")
    }

    @Test("case folding is full Unicode folding and keeps offsets")
    func caseFolding() throws {
        let result = try normalize("La DGSN ET Straße", .init(caseFold: true))
        #expect(result.text == "la dgsn et strasse")
        // "ss" came from the single "ß" at original offset 15.
        #expect(result.originalRange(of: 15..<17) == 15..<16)
    }

    @Test("removed characters leave no gap in the map")
    func removedCharacters() throws {
        let original = "cyber\u{00AD}attaque"
        let result = try normalize(original)
        #expect(result.text == "cyberattaque")
        #expect(result.originalRange(of: 0..<12) == 0..<13)
        #expect(result.originalRange(of: 5..<12) == 6..<13)
    }
}
