/// The page's standfirst (chapô): the editor's own summary, which a news page sets in a short
/// paragraph above its byline, date or photo block.
///
/// Layout says what the words do not: the story's first paragraph is a standfirst when the
/// page furniture comes right after it and the story goes on below ("Trois navires … ont été
/// interceptés …⏎⏎Par Jeanne Dupont⏎Publié le …⏎⏎L'opération s'est déroulée …"). The
/// summarizer then takes it first, as a reader of the page would. OrangeSum's texts, which lost
/// their furniture, have none; on the outlets' pages it is found on about one page in eleven.
enum Standfirst {
    /// A standfirst holds one or two sentences.
    static let maxSentences = 2

    /// And twelve words at least: fewer is a byline or a caption the cleanup did not know.
    static let minWords = 12

    /// The most date and byline lines between a press release's headline and its standfirst.
    static let linesUnderHeadline = 2

    /// The candidates that make the page's standfirst, in document order; empty when there is none.
    ///
    /// `candidates` are the sentences the cleanup kept, in document order. The furniture between
    /// the paragraph and the story must hold a line of a kind that stands between a standfirst
    /// and its story (a byline, a date, a caption or credit, a share or paywall line): headings
    /// alone there are an intertitle, which follows a lede as often as a standfirst (a byline
    /// that is a bare name reads as a heading, so a heading may come with the others).
    ///
    /// A press release sets its standfirst right under the headline (or under its date), with
    /// nothing between it and the story: a paragraph of one or two sentences just below the
    /// repeated title, followed by the story's paragraphs, is the standfirst too. On the 806
    /// outlet pages this layout holds 3 standfirsts and 9 one-paragraph ledes, which the summary
    /// took first already; with a date or a byline line allowed under the headline, 52 more first
    /// paragraphs of the first 998 pages, 43 of them ledes taken first already. A news site's
    /// header block may stand there instead (a byline or a date among counters and share
    /// buttons, twelve lines at most): on the first 1,046 pages, 73 more first paragraphs, 17 of
    /// them not taken first before (ROUGE-1 against their standfirsts 43.6 → 52.7: 12 up, 4 down).
    static func sentences(of summary: Summary, candidates: [Int]) -> [Int] {
        guard let first = candidates.first else { return [] }
        let sentences = summary.sentences
        let paragraph = sentences[first].paragraph
        let members = candidates.prefix { sentences[$0].paragraph == paragraph }
        guard members.count <= maxSentences, members.reduce(0, { $0 + sentences[$1].words }) >= minWords,
            let next = sentences[first...].firstIndex(where: { $0.paragraph != paragraph }),
            let story = candidates.first(where: { $0 > next })
        else { return [] }
        // Under the headline: the headline on a paragraph of its own above the paragraph (not a
        // title run into the text's first paragraph, as OrangeSum's records have it), the story's
        // first sentence opening the next paragraph, and the paragraph ending as prose does (a
        // body's name under a press release's headline, "Ministère des Affaires étrangères et
        // européennes, de la Défense, …", is no standfirst).
        // A date or a byline may stand between the headline and the paragraph ("… au secret
        // professionnel⏎27/11/2025⏎⏎Le délégué du bâtonnier …").
        var above = first - 1
        while above > 0, first - above <= Self.linesUnderHeadline, case .noise(let kind) = sentences[above].status,
            kind == "dateline" || kind == "byline"
        {
            above -= 1
        }
        // Or a news site's header block: a byline or a date among its counters and share buttons
        // ("Par Libreinfo.net⏎22 février 2024⏎0⏎412⏎Facebook⏎Twitter⏎…").
        if above >= 0, sentences[above].status != .noise(kind: "title") {
            above = Self.headlineAboveHeaderBlock(sentences, under: first) ?? above
        }
        let underHeadline =
            above >= 0 && sentences[above].status == .noise(kind: "title")
            && sentences[above].paragraph != paragraph && candidates.contains(next)
            && members.last.flatMap({ sentences[$0].text.last }).map(Self.endsProse.contains) == true
        guard underHeadline || sentences[next..<story].contains(where: isFurnitureOfTheHeader) else { return [] }
        return Array(members)
    }

    /// The most lines of a header block between a headline and its standfirst.
    static let headerBlockLines = 12

    /// The index of the headline above a header block that ends just above `first`: at most
    /// ``headerBlockLines`` lines of bylines, dates, headings (counters, share buttons) and
    /// widgets, among them a byline or a date; nil when there is no such block.
    static func headlineAboveHeaderBlock(_ sentences: [Summary.Sentence], under first: Int) -> Int? {
        var above = first - 1
        var dated = false
        while above >= 0, first - above <= headerBlockLines, case .noise(let kind) = sentences[above].status {
            switch kind {
            case "title": return dated ? above : nil
            case "dateline", "byline": dated = true
            case "heading", "widget": break
            default: return nil
            }
            above -= 1
        }
        return nil
    }

    /// The last characters of a sentence of prose.
    static let endsProse: Set<Character> = [".", "!", "?", "…", "»", "\""]

    /// Whether a sentence is page furniture other than a heading or a repeated title.
    private static func isFurnitureOfTheHeader(_ sentence: Summary.Sentence) -> Bool {
        guard case .noise(let kind) = sentence.status else { return false }
        return kind != "heading" && kind != "title"
    }
}
