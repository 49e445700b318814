import Testing

@testable import Summarization

/// Pages written by the Précis developers in the layout of French news sites.
@Suite("The page's standfirst (chapô), taken first")
struct StandfirstTests {
    static let title = "Pêche illégale : trois navires brésiliens interceptés au large de la Guyane"
    static let standfirst =
        "Trois navires de pêche venus du Brésil ont été interceptés dans les eaux guyanaises par un "
        + "patrouilleur de la Marine nationale. Près de quatre tonnes de poisson ont été saisies."
    static let story =
        "L'opération s'est déroulée dans la nuit du 8 au 9 septembre, à une trentaine de milles nautiques "
        + "des côtes de Saint-Georges. Les trois capitaines ont été placés en retenue à bord avant leur "
        + "transfert à Cayenne, où le parquet a ouvert une enquête pour pêche illicite. La direction de la "
        + "mer rappelle que les contrôles se multiplient depuis le début de l'année dans la zone économique "
        + "exclusive, où la Marine nationale a déjà dérouté onze navires."

    /// The page: title, a first paragraph, what stands between it and the story, the story.
    static func page(first: String = standfirst, between: String) -> Article {
        Article(id: "guyane", title: title, text: "\(title)\n\n\(first)\n\n\(between)\n\n\(story)")
    }

    static func standfirstSentences(_ article: Article, budget: Budget = .sentences(2)) throws -> [String] {
        let summary = try SummarizationSupport.summarizer().summarize(article, budget: budget)
        return summary.sentences.filter { $0.rule == .context(.standfirst) }.map(\.text)
    }

    @Test("a short first paragraph above the byline and the date is the summary, and the explanation says why")
    func aboveByline() throws {
        let article = Self.page(between: "Par Jeanne Dupont\nPublié le 10 septembre 2025 à 08h15")
        let summary = try SummarizationSupport.summarizer().summarize(article, budget: .sentences(2))
        #expect(summary.text == Self.standfirst)
        #expect(summary.selected.allSatisfy { $0.rule == .context(.standfirst) })
        // One sentence: the standfirst's first.
        let one = try SummarizationSupport.summarizer().summarize(article, budget: .sentences(1))
        #expect(
            one.selected.map(\.text) == [
                "Trois navires de pêche venus du Brésil ont été interceptés dans "
                    + "les eaux guyanaises par un patrouilleur de la Marine nationale."
            ])
    }

    @Test("above a photo's caption and credit, or a bare-name byline with its date, it is a standfirst too")
    func abovePhotoOrName() throws {
        let photo = Self.page(
            between: "Un patrouilleur de la Marine nationale au large de Cayenne.\n© Marine nationale")
        #expect(try Self.standfirstSentences(photo).count == 2)
        let name = Self.page(between: "Jeanne Dupont\n\nLe 10 septembre 2025 à 08h15")
        #expect(try Self.standfirstSentences(name).count == 2)
    }

    @Test("under a news site's header block: byline, date, counters and share buttons between headline and paragraph")
    func underHeaderBlock() throws {
        let header = "Par La Rédaction\n22 février 2024\n0\n412\n\nFacebook\nTwitter\nWhatsApp\nEmail"
        let page = Article(
            id: "bloc", title: Self.title,
            text: "Accueil\nJustice\n\n\(Self.title)\n\n\(header)\n\n\(Self.standfirst)\n\n\(Self.story)")
        #expect(try Self.standfirstSentences(page).count == 2)
        // Without a byline or a date, counters and buttons alone make no header block: the
        // paragraph may be an intertitle's lede.
        let buttons = Article(
            id: "bloc", title: Self.title,
            text: "\(Self.title)\n\nFacebook\nTwitter\nWhatsApp\nEmail\n\n\(Self.standfirst)\n\n\(Self.story)")
        #expect(try Self.standfirstSentences(buttons).isEmpty)
    }

    @Test("right under the repeated headline, with the story in the next paragraph, as a press release sets it")
    func underHeadline() throws {
        let release = Article(
            id: "communique", title: Self.title, text: "\(Self.title)\n\n\(Self.standfirst)\n\n\(Self.story)")
        #expect(try Self.standfirstSentences(release).count == 2)
        // With a menu and a dateline above the headline.
        let page = Article(
            id: "communique", title: Self.title,
            text: "Accueil > Presse > Communiqués\n\nCayenne, le 10 septembre 2025\n\n" + release.text)
        #expect(try Self.standfirstSentences(page).count == 2)
        // With the release's date under the headline, on the headline's line or in its paragraph.
        let dated = Article(
            id: "communique", title: Self.title,
            text: "\(Self.title)\n27/11/2025\n\n\(Self.standfirst)\n\n\(Self.story)")
        #expect(try Self.standfirstSentences(dated).count == 2)
        // Not without the headline in the text (the first paragraph of a bare record), and not
        // for a first paragraph of three sentences.
        let bare = Article(id: "nu", title: Self.title, text: "\(Self.standfirst)\n\n\(Self.story)")
        #expect(try Self.standfirstSentences(bare).isEmpty)
        // Nor under a title run into the first paragraph, as OrangeSum's records open.
        let runIn = Article(id: "os", title: Self.title, text: "\(Self.title) \(Self.standfirst)\n\n\(Self.story)")
        #expect(try Self.standfirstSentences(runIn).isEmpty)
        let long = Self.standfirst + " Les équipages ont été débarqués à Cayenne."
        let three = Article(id: "long", title: Self.title, text: "\(Self.title)\n\n\(long)\n\n\(Self.story)")
        #expect(try Self.standfirstSentences(three).isEmpty)
        // Nor a body's name under a press release's headline, which ends as no sentence does.
        let body = "Ministère des Affaires étrangères et européennes, de la Défense, de la Coopération et du Commerce"
        let issuer = Article(id: "mae", title: Self.title, text: "\(Self.title)\n\n\(body)\n\n\(Self.story)")
        #expect(try Self.standfirstSentences(issuer).isEmpty)
    }

    @Test("not above an intertitle, not a paragraph of three sentences, not a line of a few words")
    func notAStandfirst() throws {
        // An intertitle follows a lede as often as a standfirst.
        #expect(try Self.standfirstSentences(Self.page(between: "Une zone sous surveillance")).isEmpty)
        let long = Self.standfirst + " Les équipages ont été débarqués à Cayenne."
        #expect(try Self.standfirstSentences(Self.page(first: long, between: "Par Jeanne Dupont")).isEmpty)
        let short = "Trois navires brésiliens interceptés."
        #expect(try Self.standfirstSentences(Self.page(first: short, between: "Par Jeanne Dupont")).isEmpty)
        // Nothing of the story below: the first paragraph is the whole article's prose.
        let alone = Article(id: "seul", text: "\(Self.standfirst)\n\nPar Jeanne Dupont")
        #expect(try Self.standfirstSentences(alone).isEmpty)
    }

    @Test("the budget still holds: a standfirst sentence that does not fit is left out")
    func budgetHolds() throws {
        let article = Self.page(between: "Par Jeanne Dupont")
        let summary = try SummarizationSupport.summarizer().summarize(article, budget: .words(12))
        #expect(summary.selected.map(\.words).reduce(0, +) <= 12)
        #expect(summary.selected.map(\.text) == ["Près de quatre tonnes de poisson ont été saisies."])
    }
}
