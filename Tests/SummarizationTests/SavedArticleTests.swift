import Testing

@testable import Summarization

/// Articles as analysts' tools hand them on (an e-mail forward, a chat's shared link, a Markdown
/// clip): pages written by the Précis developers in the layout of those tools.
@Suite("An article forwarded, shared in a chat or clipped: the tool's words set aside")
struct SavedArticleTests {
    static let title = "Chambre de jugement financière : l'ex-DAF de l'AGERR prend cinq ans ferme"
    static let story =
        "Il n'a pas bronché à l'énoncé du verdict. L'ancien directeur administratif et financier de l'Agence "
        + "de gestion des routes rurales a été condamné hier à cinq ans d'emprisonnement ferme.\n\n"
        + "L'affaire avait éclaté en 2022 à la suite d'un rapport de l'Inspection générale d'État, qui avait "
        + "relevé une trentaine de marchés payés mais jamais exécutés."

    static func summary(_ text: String, title: String? = Self.title) throws -> Summary {
        try SummarizationSupport.summarizer().summarize(
            Article(id: "t", title: title, text: text), budget: .sentences(3))
    }

    @Test("a forwarder's note above the forward's marker is not the story's")
    func forward() throws {
        let text =
            "Boubacar Faye <b.faye@veille-sahel.org>\nmer. 5 mars 2025, 09:12\n\n"
            + "Pour la note justice de demain : le parquet financier avait requis 7 ans, le verdict est en dessous.\n\n"
            + "---------- Message transféré ---------\nDe : Revue de presse <revue@veille-sahel.org>\n\n"
            + Self.title + "\n\n" + Self.story
        let summary = try Self.summary(text)
        let note = summary.sentences.first { $0.text.hasPrefix("Pour la note justice") }
        #expect(note?.status.code == "noise:forward")
        #expect(note?.rule == .context(.forwardedNote))
        #expect(summary.selected.first?.text.hasPrefix("Il n'a pas bronché") == true)
    }

    @Test("a chat's preview of a shared link, between the title and its copy, is set aside; the pasted story is prose")
    func chatPreview() throws {
        let text =
            "# veille-justice\nMathilde Keïta  09:42\nhttps://example.sn/chambre-de-jugement-financiere/\nL'AS\n"
            + Self.title + "\nIl n'a pas bronché à l'énoncé du verdict. L'ancien directeur a été condamné hier à…\n\n"
            + Self.title + "\n\n" + Self.story
        let summary = try Self.summary(text)
        let cut = summary.sentences.filter { $0.text.hasSuffix("…") }
        #expect(cut.count == 1)
        #expect(cut.allSatisfy { $0.status.code.hasPrefix("noise") })
        #expect(summary.selected.allSatisfy { !$0.text.hasSuffix("…") })
    }

    @Test("a paragraph under a bare link is its preview; a related story's Markdown link after a list marker is noise")
    func linkPreviewAndMarkdownLink() throws {
        let text =
            "https://example.sn/2025/03/05/chambre-de-jugement-financiere/\nL'AS\n"
            + "L'ancien directeur financier de l'AGERR prend cinq ans ferme.\n\n" + Self.story
            + "\n\n**À lire aussi**\n- [Fraude au président : les PME toujours en première ligne](https://example.com/fraude)"
        let summary = try Self.summary(text, title: nil)
        let preview = summary.sentences.first { $0.text.hasPrefix("L'ancien directeur financier de l'AGERR") }
        #expect(preview?.rule == .context(.linkPreview))
        let link = summary.sentences.first { $0.text.hasPrefix("[Fraude au président") }
        #expect(link?.status.code.hasPrefix("noise") == true)
    }
}
