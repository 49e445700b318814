import Testing

@testable import FrenchText

/// The segmenter skips ICU's iterator when its scan proves ICU cannot add a boundary: a
/// differential test against always running it, on the texts where ICU could matter.
@Suite("ICU is skipped only where it cannot change the sentences")
struct SentenceBreakFlagsTests {
    /// Texts around every unit ICU treats differently from the scan: other scripts'
    /// terminators, closing marks the scan does not take, combining marks and format characters
    /// after a sentence end, line breaks at the end, astral characters.
    static let trickyTexts: [String] = [
        "Il pleut. Le match est reporté.",
        "Quelle fin.’ Suite du texte.",
        "Quelle fin.\" Suite du texte.",
        "Quelle fin.\"Suite du texte.",
        "Il a dit « fin. » Puis rien.",
        "Il a dit : fin.’’ Puis rien.",
        "Fin.\u{AD} Suite du texte.",
        "Fin. \u{AD}Suite du texte.",
        "Fin.\u{301} Suite du texte.",
        "Fin. \u{200D}Suite du texte.",
        "Fin.» \u{2060}Suite du texte.",
        "中文句子。第二句。Et du français. Voilà.",
        "Quoi‼ Vraiment⁇ Oui.",
        "Le point﹒ Un autre． Et encore｡ Fin.",
        "Արdelays։ Suite.",
        "Une phrase؟ Une autre۔ Fin.",
        "Fin du titre\n  ",
        "Titre\r\n\r\nLe texte.\r\n",
        "Alerte 🚨. Le suivant 𝐀. Fin 𑁇 là.",
        "Un texte sans fin",
        "Des points... et des points… Puis (fin.) [Suite.] {Encore.} Fin.",
        "L’homme.’Suite’ et « guillemets ».« Suite ».",
        "Un \u{1D165}. Suite \u{E0001}. Fin.",
        "Fin.\u{2028}Suite\u{2029}Encore\u{85}Fin.",
        "Vraiment ?\u{202F}» a-t-il dit. Oui !\u{A0}Non.",
    ]

    /// Sentences with and without the shortcut.
    static func bothWays(_ text: String, _ segmenter: SentenceSegmenter) -> ([Sentence], [Sentence]) {
        let units = UTF16Text(text)
        return units.units.withUnsafeBufferPointer { buffer in
            (
                segmenter.sentences(in: buffer, engine: .precis, alwaysRunICU: false),
                segmenter.sentences(in: buffer, engine: .precis, alwaysRunICU: true)
            )
        }
    }

    @Test("tricky texts give the same sentences with and without ICU's iterator", arguments: trickyTexts)
    func tricky(_ text: String) throws {
        let segmenter = try SentenceSegmenter(rules: TestSupport.rules())
        let (shortcut, full) = Self.bothWays(text, segmenter)
        #expect(shortcut == full)
    }

    @Test("random mixes of the units that matter to ICU give the same sentences")
    func random() throws {
        let segmenter = try SentenceSegmenter(rules: TestSupport.rules())
        let pieces = [
            "a", "Le", "mot", "M", " ", " ", "\u{A0}", "\u{202F}", "\n", "\r\n", "\n\n", ".", "!", "?", "…", "...",
            "»", "«", "\"", "'", "’", "“", "”", "(", ")", "[", "]", "\u{AD}", "\u{301}", "\u{200D}", "。", "‼", "؟",
            "🚨", "3", ";", ":", ",", "-", "\u{2028}", "\u{85}", "etc", "J.-C", "U.S.A",
        ]
        // A fixed linear congruential generator: the same texts on every run.
        var state: UInt64 = 0x5EED
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<24 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            let (shortcut, full) = Self.bothWays(text, segmenter)
            #expect(shortcut == full, "\(text.debugDescription)")
        }
    }

    @Test("plain French skips ICU; another script's terminator does not")
    func needsICU() throws {
        let rules = try TestSupport.rules()
        func needs(_ text: String) -> Bool {
            let units = UTF16Text(text)
            return units.units.withUnsafeBufferPointer { buffer in
                var scan = BoundaryScan(units: buffer, rules: rules)
                scan.run()
                return scan.needsICU
            }
        }
        #expect(!needs("« Nous sommes prêts. » Puis il est parti… Ensuite, rien !\n\nLe 12/03 à 08h47."))
        #expect(needs("Fin。Suite"))
        #expect(needs("Fin.’ Suite"))
        #expect(needs("Fin. \u{AD}Suite"))
    }
}
