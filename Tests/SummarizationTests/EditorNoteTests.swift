import Testing

@testable import Summarization

/// Notes an outlet adds about its own article (corrections, retractions, a right of reply, a live
/// page's closing notice), and the dated updates that are news: pages written by the Précis
/// developers in the layout of French-language news sites.
@Suite("An editor's note about the article, with the rest of its paragraph; a dated update's label")
struct EditorNoteTests {
    static let story =
        "La chambre des mises en accusation de la cour d'appel de Liège a refusé, mercredi 11 juin, de rendre "
        + "exécutoire le mandat d'arrêt international émis par le Rwanda contre un ancien officier. Cette "
        + "décision ferme, pour l'heure, la voie à sa remise aux autorités de Kigali.\n\n"
        + "L'intéressé, qui s'est vu reconnaître le statut de réfugié en Belgique, rejette les accusations."

    static func codes(_ text: String, title: String? = nil) throws -> [(text: String, code: String)] {
        let summary = try SummarizationSupport.summarizer().summarize(
            Article(id: "t", title: title, text: text), budget: .sentences(5))
        return summary.sentences.map { ($0.text, $0.status.code) }
    }

    @Test("a retraction's note above the story takes its paragraph; the story is the summary")
    func retraction() throws {
        let note =
            "Note de la rédaction : Nous avons retiré l'article publié le 10 juin 2025 sous le titre « Liège : "
            + "feu vert de la justice à l'extradition d'un ex-officier rwandais ». Cet article reposait sur une "
            + "lecture erronée de la décision rendue en première instance. Nous présentons nos excuses à nos lecteurs."
        let sentences = try Self.codes("12 juin 2025\nLa rédaction\n" + note + "\n\n" + Self.story)
        let noteSentences = sentences.filter {
            !$0.text.hasPrefix("La chambre") && !$0.text.hasPrefix("Cette décision")
                && !$0.text.hasPrefix("L'intéressé") && !$0.text.hasPrefix("12 juin") && $0.text != "La rédaction"
        }
        #expect(noteSentences.count >= 3)
        #expect(noteSentences.allSatisfy { $0.code == "noise:note" })
        #expect(sentences.filter { $0.code == "selected" }.count == 3)
    }

    @Test("a right of reply: its heading and the letter under it, then the newsroom's answer, are notes")
    func rightOfReply() throws {
        let text =
            Self.story + "\n\nDROIT DE RÉPONSE\nSuite à l'article paru le 23 avril 2025 sur votre site, nous vous "
            + "prions de bien vouloir publier la mise au point suivante.\nNotre client n'a jamais disposé du "
            + "pouvoir de valider seul les valeurs déclarées.\nPour le Cabinet, Me Paul-Arnaud Kouassi\n\n"
            + "NDLR : La rédaction prend acte de ce droit de réponse. Nous maintenons les informations publiées."
        let sentences = try Self.codes(text)
        let below = sentences.drop { !$0.text.hasPrefix("DROIT DE RÉPONSE") }
        #expect(below.count >= 6)
        #expect(below.allSatisfy { $0.code.hasPrefix("noise") })
        #expect(below.filter { $0.code == "noise:note" }.count >= 5)
    }

    @Test("a dated update is news: its label is cut and its sentence kept; a story's use of the words is prose")
    func datedUpdate() throws {
        let update =
            "Mise à jour 17h45 : Le groupe de rançongiciel Sombra7 a revendiqué mercredi après-midi l'attaque "
            + "sur son site hébergé sur le dark web."
        let summary = try SummarizationSupport.summarizer().summarize(
            Article(id: "t", title: nil, text: update + "\n\n" + Self.story), budget: .sentences(5))
        #expect(summary.cleanups.first?.text == "Mise à jour 17h45 : ")
        #expect(summary.sentences.first?.text.hasPrefix("Le groupe de rançongiciel") == true)
        let prose = try Self.codes(
            "La mise à jour du logiciel, annoncée en mars, n'a pas été installée. Ce direct est un format que la "
                + "chaîne a abandonné en 2019.\n\n" + Self.story)
        #expect(prose.prefix(2).allSatisfy { !$0.code.hasPrefix("noise") })
    }
}
