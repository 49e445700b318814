import Testing

@testable import Summarization

/// Headlines that retell the title in other words, and a header's copies of the document's first
/// sentences: pages written by the Précis developers in the layout of wire feeds and press
/// databases.
@Suite("A headline in other words than the title's, and a header's copy of the story")
struct RetoldTitleTests {
    static let lede =
        "PARIS, 2 déc 2026 (AFP) - Quatre hommes âgés de 19 à 24 ans, soupçonnés d'avoir projeté une attaque "
        + "contre le marché de Noël de Metz, ont été mis en examen mardi soir à Paris, a annoncé mercredi le "
        + "parquet national antiterroriste (Pnat)."
    static let more =
        "Trois d'entre eux ont été placés en détention provisoire, et le quatrième laissé libre sous contrôle "
        + "judiciaire strict, a précisé le Pnat dans un communiqué.\n\n"
        + "Les suspects avaient été interpellés le 26 novembre en Moselle par les policiers de la DGSI, qui "
        + "surveillaient depuis plusieurs semaines leurs échanges sur une messagerie chiffrée."

    /// A wire's page: an urgent version and its developed version, each under its own headline,
    /// neither the feed's title.
    static let dispatch = Article(
        id: "afp",
        title: "Projet d'attentat contre le marché de Noël de Metz: quatre jeunes hommes mis en examen à Paris",
        text: "URGENT\nFrance-attentat-enquête-justice,URGENT\n"
            + "Projet d'attentat contre le marché de Noël de Metz: quatre hommes mis en examen (Pnat)\n\n"
            + lede + "\n\nrgo/pga/swi\n\n© Agence France-Presse\n\nFrance-attentat-enquête-justice,PREV\n"
            + "Projet d'attentat contre le marché de Noël de Metz: quatre jeunes hommes mis en examen\n"
            + "(NOUVEAU: ajoute détails de l'enquête de source proche du dossier, §3 à 8)\n\n" + lede + "\n\n" + more)

    @Test("a wire's headlines, above the story and above its new version, are the title's; the lede is the summary's")
    func wireHeadlines() throws {
        let summary = try SummarizationSupport.summarizer().summarize(Self.dispatch, budget: .sentences(2))
        let retold = summary.sentences.filter { $0.rule == .context(.retoldTitle) }
        #expect(retold.count == 2)
        #expect(retold.allSatisfy { $0.status.code == "noise:title" && $0.text.hasPrefix("Projet d'attentat") })
        #expect(summary.selected.first?.text.hasPrefix("Quatre hommes âgés de 19 à 24 ans") == true)
        #expect(summary.selected.allSatisfy { !$0.text.hasPrefix("(NOUVEAU") && !$0.text.hasPrefix("Projet") })
    }

    @Test("a line of the story that ends as a sentence does, or shares few of the title's words, is prose")
    func proseIsNotRetold() throws {
        let summarizer = try SummarizationSupport.summarizer()
        let title = "Sanctions : Bruxelles vise 31 pétroliers de la flotte fantôme russe"
        // The same words, ended with a period: a sentence, even alone on its line.
        let sentence =
            "Bruxelles vise 31 pétroliers de la flotte fantôme russe."
        // A line without final punctuation that shares too few of the title's words: an intertitle.
        let intertitle = "Les armateurs grecs et les assureurs de Londres en première ligne face aux nouvelles règles"
        let text =
            "\(title)\n\n\(sentence)\n\nLes navires visés se verront interdire l'accès aux ports européens, ainsi "
            + "qu'aux services d'assurance fournis par des entreprises de l'Union.\n\n\(intertitle)\n\n"
            + "Le paquet doit encore être formellement adopté vendredi par le Conseil."
        let summary = summarizer.summarize(Article(id: "t", title: title, text: text), budget: .sentences(2))
        #expect(summary.sentences.first { $0.text == sentence }?.status.code == "selected")
        #expect(summary.sentences.first { $0.text == intertitle }?.rule != .context(.retoldTitle))
        #expect(RetoldTitleTests.retells(sentence, title) == true)
        #expect(RetoldTitleTests.retells(intertitle, title) == false)
    }

    @Test(
        "a press database's table of contents: the standfirst's copy above the document is header, the standfirst prose"
    )
    func databaseTableOfContents() throws {
        let title = "Val-de-Marne : les « faux policiers » jugés pour avoir dépouillé quarante retraités"
        let standfirst =
            "Sept hommes comparaissent depuis lundi devant le tribunal correctionnel de Créteil. Ils sont "
            + "soupçonnés d'avoir soutiré plus de 930 000 euros de bijoux et d'économies à des personnes âgées."
        let text =
            "Documents sauvegardés\nMercredi 2 décembre 2026 à 9 h 41\n1 document\n\nSommaire\n\n"
            + "Aujourd'hui en France 2 décembre 2026\n\(title)\n"
            + "Sept hommes comparaissent depuis lundi devant le tribunal correctionnel de Créteil. Ils sont "
            + "soupçonnés d'avoir soutiré plus de 930 000 euros de …\n\n"
            + "Aujourd'hui en France\nFaits divers, mercredi 2 décembre 2026 452 mots, p. AUJM12\n\n"
            + "\(title)\n\n\(standfirst)\n\nDamien Loret\n\n"
            + "Ils sonnaient le plus souvent en fin de matinée et présentaient une carte barrée de bleu-blanc-rouge. "
            + "Pendant près de deux ans, selon l'accusation, ce scénario a fonctionné auprès d'une quarantaine de "
            + "retraités du Val-de-Marne."
        let summary = try SummarizationSupport.summarizer().summarize(
            Article(id: "europresse", title: title, text: text), budget: .sentences(2))
        let copies = summary.sentences.filter { $0.rule == .context(.aboveTitle) }
        #expect(copies.map { String($0.text.prefix(20)) } == ["Sept hommes comparai", "Ils sont soupçonnés "])
        #expect(summary.selected.first?.text.hasPrefix("Sept hommes comparaissent") == true)
        #expect(summary.selected.allSatisfy { $0.rule != .context(.aboveTitle) && !$0.text.hasSuffix("…") })
    }

    /// Whether `line` retells `title`, by ``ArticleCleaner/retellsTitle(_:_:)``.
    static func retells(_ line: String, _ title: String) -> Bool {
        let lineUnits = Array(line.utf16)
        let titleUnits = Array(title.utf16)
        return lineUnits.withUnsafeBufferPointer { line in
            titleUnits.withUnsafeBufferPointer { ArticleCleaner.retellsTitle(line, $0) }
        }
    }
}
