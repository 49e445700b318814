import Foundation
import Scoring
import Testing

@testable import FrenchText

@Suite("French word tokens and Snowball stems")
struct WordTokenizerTests {
    func tokens(_ text: String) throws -> [String] {
        let tokenizer = try WordTokenizer(lexiconDirectory: TestSupport.frenchLexicons)
        let buffer = UTF16Text(text)
        return tokenizer.tokens(in: buffer).map { buffer.substring($0.range) }
    }

    @Test(
        "elisions are split, compounds kept, numbers whole",
        arguments: [
            ("l'OTAN et d’Interpol", ["l'", "OTAN", "et", "d’", "Interpol"]),
            ("jusqu'à l’Intérieur, qu'il", ["jusqu'", "à", "l’", "Intérieur", "qu'", "il"]),
            ("un cessez-le-feu franco-marocain", ["un", "cessez-le-feu", "franco-marocain"]),
            ("Le 27/05/2022 à 17h53, 2,5 millions", ["Le", "27", "05", "2022", "à", "17h53", "2,5", "millions"]),
            ("aujourd'hui, a-t-il dit", ["aujourd'hui", "a-t-il", "dit"]),
            ("L'État", ["L'", "État"]),
            ("LORSQU'IL PUISQU’ELLE", ["LORSQU'", "IL", "PUISQU’", "ELLE"]),
            ("l‘OTAN et lʼArmée", ["l‘", "OTAN", "et", "lʼ", "Armée"]),
        ])
    func tokenization(text: String, expected: [String]) throws {
        #expect(try tokens(text) == expected)
    }

    @Test("elided forms beyond Latin-1 or seven letters are split too")
    func unusualElisions() throws {
        let tokenizer = try WordTokenizer(elisions: ["l", "oŀ", "quoiquequ"])
        let text = UTF16Text("oŀ'avion quoiquequ'il l'os")
        #expect(
            tokenizer.tokens(in: text).map { text.substring($0.range) } == [
                "oŀ'", "avion", "quoiquequ'", "il", "l'", "os",
            ])
    }

    @Test("lone ASCII marks skipped without asking ICU: the same tokens as ICU's statuses give")
    func loneMarks() throws {
        let fast = try WordTokenizer(lexiconDirectory: TestSupport.frenchLexicons)
        let checked = try WordTokenizer(lexiconDirectory: TestSupport.frenchLexicons)
        checked.asksICUForEveryBreak = true
        let ascii = (1..<0x80).compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
        let texts = [
            ascii.joined(separator: " "), ascii.joined(),
            "Contact : presse@interieur.gouv.fr, 5 % des 2 000 agents (DGSN) ; l'_id_ #OTAN & C++.",
        ]
        for text in texts {
            let units = UTF16Text(text)
            #expect(fast.tokens(in: units) == checked.tokens(in: units), "\(text)")
        }
        #expect(fast.tokens(in: UTF16Text("a @ b")).count == 3)
    }

    @Test(
        "plain words and numbers between spaces (Latin letters or digits, an apostrophe, marks at the edges) are taken without ICU: the same tokens as ICU everywhere, on real articles"
    )
    func plainWordsOnArticles() throws {
        let fast = try WordTokenizer(lexiconDirectory: TestSupport.frenchLexicons)
        let checked = try WordTokenizer(lexiconDirectory: TestSupport.frenchLexicons)
        checked.asksICUForEveryBreak = true
        var texts: [String] = []
        for file in ["Examples/articles.jsonl", "Evaluation/summarization/outlets/articles.jsonl"] {
            let lines = try String(contentsOf: TestSupport.root.appendingPathComponent(file), encoding: .utf8)
            for line in lines.split(separator: "\n") {
                let record = try JSONDecoder().decode([String: String].self, from: Data(line.utf8))
                texts += [record["title"], record["text"]].compactMap { $0 }
            }
        }
        #expect(texts.count > 150)
        var compared = 0
        for text in texts {
            let units = UTF16Text(text)
            let tokens = fast.tokens(in: units)
            #expect(tokens == checked.tokens(in: units), "\(text.prefix(80))")
            compared += tokens.count
        }
        #expect(compared > 40_000)
    }

    @Test("the same tokens as ICU everywhere on random text of letters, marks, spaces, joiners and other scripts")
    func plainWordsOnRandomText() throws {
        let fast = try WordTokenizer(lexiconDirectory: TestSupport.frenchLexicons)
        let checked = try WordTokenizer(lexiconDirectory: TestSupport.frenchLexicons)
        checked.asksICUForEveryBreak = true
        // Pieces chosen for the rules at a chunk's edges: combining marks, the soft hyphen and
        // joiners after a space attach to it (WB4); no-break and other spaces are not
        // separators; apostrophes, periods and commas join letters or digits (WB6–WB12); a
        // quotation mark joins Hebrew letters only (WB7b, WB7c), and brackets nothing.
        let pieces = [
            "a", "é", "Z", "ÿ", "ß", "ª", "l'", "d’", "qu'", "2", "2,5", " ", " ", "  ", "\n", "\r\n", "\t",
            "\u{00A0}", "\u{202F}", "\u{0301}", "\u{00AD}", "\u{200D}", "\u{200B}", "\u{2060}", "'", "’", "-",
            ".", ",", ":", ";", "«", "»", "_", "@", "👍", "👍🏽", "🇫🇷", "ก", "カ", "א", "中", "Ω", "µ",
            "\"", "(", ")", "!", "?", "12", "2024", "2.5",
        ]
        var generator = SplitMix64(seed: 0x5EED_CAFE)
        for _ in 0..<20_000 {
            let count = Int.random(in: 1...24, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let units = UTF16Text(text)
            #expect(
                fast.tokens(in: units) == checked.tokens(in: units),
                "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test(
        "the same tokens as ICU everywhere on OrangeSum articles",
        .enabled(
            if: FileManager.default.fileExists(atPath: orangeSum.path),
            "../shared/data/summarization is absent: skipped"))
    func plainWordsOnOrangeSum() throws {
        let fast = try WordTokenizer(lexiconDirectory: TestSupport.frenchLexicons)
        let checked = try WordTokenizer(lexiconDirectory: TestSupport.frenchLexicons)
        checked.asksICUForEveryBreak = true
        let lines = try String(contentsOf: Self.orangeSum, encoding: .utf8).split(separator: "\n").prefix(1_500)
        #expect(lines.count == 1_500)
        for line in lines {
            let record = try JSONDecoder().decode([String: String].self, from: Data(line.utf8))
            let units = UTF16Text(try #require(record["text"]))
            #expect(fast.tokens(in: units) == checked.tokens(in: units), "\(record["id"] ?? "")")
        }
    }

    static let orangeSum = TestSupport.shared.appendingPathComponent("data/summarization/orangesum-valid.jsonl")

    @Test("token kinds: elision, word, number")
    func kinds() throws {
        let tokenizer = try WordTokenizer(lexiconDirectory: TestSupport.frenchLexicons)
        let kinds = tokenizer.tokens(in: UTF16Text("l'attaque de 2022")).map(\.kind)
        #expect(kinds == [.elision, .word, .word, .number])
    }

    @Test(
        "Snowball French stems, input lowercased",
        arguments: [
            ("cyberattaques", "cyberattaqu"), ("Cyberattaques", "cyberattaqu"), ("sécuritaires", "sécuritair"),
            ("bilatérales", "bilatéral"), ("renforcer", "renforc"), ("frappes", "frapp"), ("aériennes", "aérien"),
        ])
    func stems(word: String, stem: String) throws {
        let stemmer = try FrenchStemmer()
        #expect(stemmer.stem(word) == stem)
    }
}

@Suite("Snowball stems do not depend on how accents are encoded")
struct StemmerNormalizationTests {
    @Test("a decomposed word has the stem of its composed spelling, whichever the cache met first")
    func decomposed() throws {
        let composed = "privées"
        let decomposed = "prive\u{0301}es"
        let first = try FrenchStemmer()
        #expect(first.stem(decomposed) == first.stem(composed))
        let second = try FrenchStemmer()
        #expect(second.stem(composed) == second.stem(decomposed))
        #expect(first.stem(decomposed) == "priv")
    }
}
