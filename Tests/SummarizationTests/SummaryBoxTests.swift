import Testing

@testable import Summarization

/// Boxes that restate the story in a machine's words or for search engines: pages written by the
/// Précis developers in the layout of today's French-language news sites.
@Suite("An AI-written summary box and a FAQ for search engines, set aside whole")
struct SummaryBoxTests {
    static let story =
        "C'est une mutuelle que peu de gens connaissaient en dehors du Grand Ouest, et c'est désormais "
        + "l'une des plus importantes fuites visant une complémentaire santé cette année. Ventalis Santé a "
        + "reconnu mardi soir avoir été victime d'une intrusion dans son espace adhérents.\n\n"
        + "Selon la mutuelle, les coordonnées bancaires ne sont pas concernées. Une plainte a été déposée "
        + "auprès du parquet de Rennes et la CNIL a été notifiée."

    static func summary(_ text: String) throws -> Summary {
        try SummarizationSupport.summarizer().summarize(Article(id: "t", title: nil, text: text), budget: .sentences(5))
    }

    @Test("an AI summary under its label, or above its disclaimer, goes whole; the story is the summary")
    func aiSummary() throws {
        let labelled =
            "Résumé généré par l'IA\n• Ventalis Santé confirme une fuite touchant 1,3 million d'adhérents.\n"
            + "• Les IBAN ne seraient pas concernés.\n• Une plainte a été déposée.\n\n" + Self.story
        let box = try Self.summary(labelled).sentences.prefix(4)
        #expect(box.allSatisfy { $0.status.code == "noise:ai-summary" })
        #expect(box.dropFirst().allSatisfy { $0.rule == .context(.summaryBox) })
        let disclaimed =
            "L'essentiel en 30 secondes\n– 14 prévenus jugés à Bruxelles pour un trafic de drogue.\n"
            + "– Le parquet a requis jusqu'à huit ans de prison.\n"
            + "Résumé rédigé par une intelligence artificielle et vérifié par la rédaction.\n\n" + Self.story
        let selected = try Self.summary(disclaimed).selected
        #expect(selected.count == 4)
        #expect(selected.allSatisfy { !$0.text.hasPrefix("–") && !$0.text.hasPrefix("14 prévenus") })
    }

    @Test("a FAQ's questions and answers go whole; a story's own question is prose")
    func faq() throws {
        let text =
            Self.story + "\n\nQuestions fréquentes\nQuelles données ont été volées ?\n"
            + "Les noms, adresses et numéros de Sécurité sociale d'environ 1,3 million d'adhérents.\n"
            + "Mes coordonnées bancaires sont-elles exposées ?\nSelon la mutuelle, non."
        let sentences = try Self.summary(text).sentences
        let faq = sentences.drop { $0.text != "Questions fréquentes" }
        #expect(faq.count == 5)
        #expect(faq.allSatisfy { $0.status.code == "noise:faq" })
        // The only prose of a page is never a box's: a page that is all FAQ keeps its answers.
        let alone = try Self.summary("Questions fréquentes\nQuelles données ont été volées ?\nLes noms et adresses.")
        #expect(alone.sentences.contains { $0.rule != .context(.summaryBox) && !$0.status.code.hasPrefix("noise") })
    }

    @Test("a story that speaks of AI-written texts is prose")
    func storyAboutAI() throws {
        let text =
            "Le faux communiqué, généré par une intelligence artificielle, imitait le style du ministère. "
            + "Le résumé de l'enquête a été remis au juge mardi.\n\n" + Self.story
        let summary = try Self.summary(text)
        #expect(summary.sentences.prefix(2).allSatisfy { !$0.status.code.hasPrefix("noise") })
    }
}
