import FrenchText

extension ArticleCleaner {
    /// The longest caption, in UTF-16 units, that a photo credit marks before it on its line.
    static let captionLimit = 300

    /// The longest text, in UTF-16 units, of an embedded post above its signature line (a post
    /// on X holds 280 characters; Facebook's and Instagram's are cut short by the embed).
    static let postLimit = 600

    /// The most prose sentences of a paragraph of end matter (an author's bio, a kiosk blurb).
    static let endMatterSentences = 2

    /// How many sentences from the top a repeated title is looked for in: page furniture
    /// (section, byline, dates, buttons) comes before it, the article's prose after; a header of menus
    /// and headings longer than that (an international radio's bar of twelve languages) takes
    /// the reach down to the first sentence that may be prose.
    static let titleReach = 20

    /// The longest "read also" opener alone on its line ("Lire aussi", "D'autres articles sur la
    /// justice neuchâteloise") whose
    /// following lines are headlines, and the longest such headline, in UTF-16 units.
    static let openerLimit = 60
    static let headlineLimit = 200
    /// The most headline lines an opener takes: a text whose sentences are all on lines of their
    /// own in one paragraph must not lose more.
    static let headlineCount = 5

    /// The fewest words of a related headline in a paragraph of its own below the first one
    /// under an opener: fewer, it is the intertitle over the story's next part.
    static let headlineWords = 5

    /// The most sentences of a body's boilerplate under its "À propos de …" opener.
    static let aboutSentences = 6

    /// The verdict for every sentence of an article, in context.
    ///
    /// Each sentence gets its own verdict first; then the page is read as a whole:
    /// - a prose sentence in English (an abstract, a title, an embedded post) is `foreign`, when
    ///   the cleaner has a ``ForeignSentences`` check and at most half the prose is English;
    /// - the lines that follow a `read-also` opener alone on its line, in its paragraph (in the
    ///   next one when the opener ends its own, or in the next ones when each is a headline
    ///   alone), are `read-also` too, up to ``headlineCount``,
    ///   while each is a whole line of at most
    ///   ``headlineLimit`` units that does not end with a period, as headlines do (those of
    ///   "Sur le même sujet", "Les plus lus"), and so is the rest of an opener's line after its
    ///   colon when it ends without a period ("Lire aussi : Le chef … appelle …");
    /// - the rest of a paragraph opened by an `about` line ("À propos de la CEDEAO") below the
    ///   story is that body's boilerplate, `about` too, when the page's end follows it;
    /// - the one or two sentences that a photo credit (noise or a cut label of kind `credit`, or a
    ///   caption's marker in brackets, "(Image d'illustration)") closes on its line are its `caption`, when they hold ``captionLimit`` units at most
    ///   ("Des soldats en patrouille (image d'illustration). © Karim Sow / AFP"), so that a prose
    ///   paragraph which happens to end with a credit is left alone; a credit that starts its
    ///   line closes, on the same terms, the lines above it in its paragraph, when they are all
    ///   the paragraph holds before it and the credit ends the paragraph or is glued to the
    ///   story's first sentence (a caption line, then its credit line); a credit glued to the
    ///   story at the start of a paragraph closes the paragraph above, a caption on one line;
    ///   alone in its paragraph above the story, it closes the sentence below it when the scraper
    ///   glued that caption to the story's first sentence without a space;
    /// - a rule's caption that opens a one-line paragraph of two sentences, within
    ///   ``captionLimit``, takes the second with it;
    /// - on a page that is itself a post, whose lines open with pictographs (three or more that
    ///   end as prose does, as many as a third of the paragraphs with prose), those sentences
    ///   are prose, their pictographs cut as labels, where the rules read each as an embedded
    ///   post's;
    /// - a sentence among the first ``titleReach`` that repeats `title` (case, spaces and
    ///   punctuation aside; with a date and time glued after it, too), as scraped pages do above
    ///   the text, is `title`;
    /// - a sentence above the repeated title is a `heading` (the page's header: the site's name,
    ///   a kicker, a consent banner);
    /// - the prose sentences of the last paragraphs that hold prose, two at most each, are noise
    ///   when a `drop-at-end` rule occurs in one of them (an author's bio, a kiosk blurb: the rule
    ///   takes the paragraph) or when the paragraph opens with a name that a byline of the page
    ///   gives (its author's bio, as `byline`), while a paragraph with prose stays above them;
    /// - when no sentence is prose, the headings are given back: a text of short unpunctuated
    ///   lines is summarized from them rather than left empty.
    ///
    /// - Parameters:
    ///   - sentences: the article's sentences in order.
    ///   - leading: how many sentences at the start are a title line already set aside; they
    ///     get `.noise(kind: "title")` and are neither judged nor prose.
    public func verdicts(
        for sentences: [Sentence], in units: UnsafeBufferPointer<UInt16>, title: UnsafeBufferPointer<UInt16>?,
        leading: Int = 0
    ) -> [Verdict] {
        sourcedVerdicts(for: sentences, in: units, title: title, leading: leading).map(\.verdict)
    }

    /// The verdict for every sentence of an article, in context, with what gave it: a rule's
    /// place in its file ("cleanup.tsv:37") or a reading of the page (``NoiseSource``); nil
    /// for prose. See ``verdicts(for:in:title:leading:)``.
    public func sourcedVerdicts(
        for sentences: [Sentence], in units: UnsafeBufferPointer<UInt16>, title: UnsafeBufferPointer<UInt16>?,
        leading: Int = 0
    ) -> [(verdict: Verdict, source: NoiseSource?)] {
        var sources = [NoiseSource?](repeating: nil, count: sentences.count)
        var verdicts = sentences.indices.map { index in
            guard index >= leading else {
                sources[index] = .context(.titleLine)
                return Verdict.noise(kind: "title")
            }
            let sourced = sourcedVerdict(for: UnsafeBufferPointer(rebasing: units[sentences[index].range]))
            sources[index] = sourced.source
            return sourced.verdict
        }
        /// Sets a sentence's verdict from a reading of the page.
        func set(_ index: Int, _ verdict: Verdict, _ source: NoiseSource?) {
            verdicts[index] = verdict
            sources[index] = source
        }
        /// The part of a sentence left for the summary: after a cut label.
        func prose(_ index: Int) -> Range<Int> {
            let range = sentences[index].range
            if case .label(_, let length) = verdicts[index] { return (range.lowerBound + length)..<range.upperBound }
            return range
        }
        // An English sentence (an abstract, a title, an embedded post) is no French summary's,
        // on a page whose prose is mostly French: a page in English keeps its sentences, and the
        // language check names its language.
        if let foreign {
            let kept = verdicts.lazy.filter(\.isProse).count
            let english = verdicts.indices.filter {
                verdicts[$0].isProse && foreign.isEnglish(UnsafeBufferPointer(rebasing: units[prose($0)]))
            }
            if english.count * 2 <= kept {
                for index in english { set(index, .noise(kind: "foreign"), .context(.otherLanguage)) }
            }
        }
        func isProse(_ index: Int) -> Bool { verdicts[index].isProse }
        /// The first sentence of the paragraph that holds a sentence.
        func paragraphStart(_ index: Int) -> Int {
            var first = index
            while first > 0, sentences[first - 1].paragraph == sentences[index].paragraph { first -= 1 }
            return first
        }
        /// Whether a line break (or the text's start) comes before a sentence.
        func startsLine(_ index: Int) -> Bool {
            var before = sentences[index].range.lowerBound
            while before > 0, UTF16Text.isHorizontalSpace(units[before - 1]) { before -= 1 }
            return before == 0 || UTF16Text.isLineBreak(units[before - 1])
        }
        /// Whether a line break (or the text's end) comes after a sentence.
        func endsLine(_ index: Int) -> Bool {
            var after = sentences[index].range.upperBound
            while after < units.count, UTF16Text.isHorizontalSpace(units[after]) { after += 1 }
            return after == units.count || UTF16Text.isLineBreak(units[after])
        }
        /// Whether a sentence is a whole line: a line break (or the text's edge) on both sides.
        func isLine(_ index: Int) -> Bool { startsLine(index) && endsLine(index) }
        // Lines held together without sentence punctuation at the end ("Port du Havre : …⏎Rouen :
        // …", a name above an e-mail address) are headlines or a signature, not prose; a wrapped
        // sentence ends with its punctuation.
        for index in verdicts.indices where verdicts[index] == .keep {
            let range = sentences[index].range
            guard let last = range.last, !Self.endsProse(units[last]),
                units[range].contains(where: UTF16Text.isLineBreak)
            else { continue }
            set(index, .noise(kind: "heading"), .context(.unpunctuatedLines))
        }
        // An opener and its colon with the headline on the same line ("Lire aussi : Le chef du
        // pouvoir judiciaire appelle …"), which the segmenter cuts after the colon: the rest of
        // the line is that headline when it ends without a period.
        for index in verdicts.indices.dropLast() where verdicts[index] == .noise(kind: "read-also") {
            let opener = sentences[index].range
            let next = sentences[index + 1].range
            guard opener.count <= Self.openerLimit, let colon = opener.last, units[colon] == 0x3A, startsLine(index),
                !startsLine(index + 1), endsLine(index + 1), next.count <= Self.headlineLimit,
                let last = next.last, units[last] != 0x2E,
                isProse(index + 1) || verdicts[index + 1] == .noise(kind: "heading")
            else { continue }
            set(index + 1, .noise(kind: "read-also"), .context(.headlineUnderOpener))
        }
        var index = 0
        while index < verdicts.count {
            defer { index += 1 }
            guard verdicts[index] == .noise(kind: "read-also"), sentences[index].range.count <= Self.openerLimit,
                isLine(index)
            else { continue }
            var next = index + 1
            // An opener that ends its paragraph heads the lines of the next one ("Dans la même
            // rubrique :⏎⏎Tchad : …⏎Tchad : …"), or of the next ones when each holds one
            // headline ("Lire aussi:⏎⏎12/06/2025 - Cameroun : …⏎⏎03/02/2025 - Cybersécurité : …").
            let endsParagraph = next < verdicts.count && sentences[next].paragraph != sentences[index].paragraph
            var headlines = next < verdicts.count ? sentences[next].paragraph : sentences[index].paragraph
            while next < verdicts.count, next - index <= Self.headlineCount,
                let last = sentences[next].range.last, sentences[next].range.count <= Self.headlineLimit,
                units[last] != 0x2E,
                isLine(next)
            {
                if sentences[next].paragraph != headlines {
                    // Another opener ("Les plus lus") heads its own lines, and an intertitle
                    // of a few words ("Un volet diplomatique") takes the story up again.
                    guard endsParagraph, sentences[next].paragraph == headlines + 1,
                        paragraphStart(next - 1) == next - 1,
                        isProse(next) || verdicts[next] == .noise(kind: "heading"),
                        Budget.wordCount(UnsafeBufferPointer(rebasing: units[sentences[next].range]))
                            >= Self.headlineWords
                    else { break }
                    headlines = sentences[next].paragraph
                }
                if isProse(next) || verdicts[next] == .noise(kind: "heading") {
                    set(next, .noise(kind: "read-also"), .context(.headlineUnderOpener))
                }
                next += 1
            }
            index = next - 1
        }
        // An "À propos de …" opener at the start of a paragraph below the story heads the body's
        // boilerplate, the rest of its paragraph ("À propos de la CEDEAO⏎La Communauté … a été
        // créée le 28 mai 1975 …"): when at most ``endMatterSentences`` prose sentences follow
        // that paragraph, it is the page's end, not an intertitle over more of the story.
        for index in verdicts.indices where verdicts[index] == .noise(kind: "about") && isLine(index) {
            guard paragraphStart(index) == index, (0..<index).contains(where: isProse) else { continue }
            let paragraph = sentences[index].paragraph
            var end = index + 1
            while end < sentences.count, sentences[end].paragraph == paragraph { end += 1 }
            guard end - index - 1 <= Self.aboutSentences,
                (end..<sentences.count).lazy.filter(isProse).count <= Self.endMatterSentences
            else { continue }
            for next in (index + 1)..<end where isProse(next) || verdicts[next] == .noise(kind: "heading") {
                set(next, .noise(kind: "about"), .context(.aboutBoilerplate))
            }
        }
        // An editor's note that opens a paragraph speaks of the article, not of the news (a
        // correction, a retraction, a right of reply and the letter under it, a live page's
        // closing notice): the rest of its paragraph goes with it ("Note de la rédaction : Nous
        // avons retiré l'article … Cet article reposait sur une lecture erronée …"), or of its
        // line, on a page that lost its blank lines.
        for index in verdicts.indices where verdicts[index] == .noise(kind: "note") && startsLine(index) {
            let wholeParagraph = paragraphStart(index) == index
            var next = index + 1
            while next < sentences.count, sentences[next].paragraph == sentences[index].paragraph,
                wholeParagraph || !startsLine(next)
            {
                if isProse(next) { set(next, .noise(kind: "note"), .context(.editorNote)) }
                next += 1
            }
        }
        // A box that restates the story in a machine's words or for search engines goes whole:
        // an AI-written summary, under its label or above its disclaimer ("L'essentiel en 30
        // secondes⏎– 14 prévenus jugés …⏎Résumé rédigé par une intelligence artificielle …"), a
        // FAQ's questions and answers under "Questions fréquentes". Its sentences repeat the
        // story's in other words, which a summary would otherwise pick; a paragraph that holds
        // more than a box does, or the page's only prose, is left alone.
        for index in verdicts.indices {
            guard case .noise(let kind) = verdicts[index], kind == "ai-summary" || kind == "faq" else { continue }
            let first = paragraphStart(index)
            var end = index + 1
            while end < sentences.count, sentences[end].paragraph == sentences[index].paragraph { end += 1 }
            guard end - first <= Self.summaryBoxSentences,
                verdicts.indices.contains(where: { isProse($0) && !(first..<end).contains($0) })
            else { continue }
            for member in first..<end where isProse(member) {
                set(member, .noise(kind: kind), .context(.summaryBox))
            }
        }
        // Above an e-mail forward's marker lie the forwarder's headers and note ("Pour la note
        // justice de demain : …"), not the forwarded story's.
        if let marker = verdicts.firstIndex(of: .noise(kind: "forward")) {
            for index in leading..<marker where isProse(index) {
                set(index, .noise(kind: "forward"), .context(.forwardedNote))
            }
        }
        // What follows a bare link on its line to the paragraph's end is a preview of the page, in
        // a chat or a feed (the site's name, the headline, the first words cut short), at most
        // ``previewSentences`` sentences.
        for index in verdicts.indices
        where isLine(index) && UTF16Text.isWebAddress(units[sentences[index].range]) {
            var end = index + 1
            while end < sentences.count, sentences[end].paragraph == sentences[index].paragraph { end += 1 }
            guard end - index - 1 <= Self.previewSentences else { continue }
            for member in (index + 1)..<end where isProse(member) {
                set(member, .noise(kind: "read-also"), .context(.linkPreview))
            }
        }
        // A name in capitals after a sentence on its line signs a photo ("… dans la vallée du
        // Motélon. CHLOÉ LAMBERT"): a credit, which then closes that sentence as its caption. So
        // does a short capitalised name that ends the line ("… au nord de Mafraq, janvier 2024.
        // Petra", an agency).
        for index in verdicts.indices where verdicts[index] == .noise(kind: "heading") && !startsLine(index) {
            // After a caption's sentence: twenty units at least, ending with a period.
            let before = sentences[index - 1].range
            let text = UnsafeBufferPointer(rebasing: units[sentences[index].range])
            guard before.count >= 20, units[before.upperBound - 1] == 0x2E else { continue }
            // The short name needs a caption's shape around it: a one-sentence line that ends
            // with a period (not an ellipsis: "… avancée par... Mélenchon" is an intertitle),
            // then a space.
            let captionLine =
                startsLine(index - 1) && endsLine(index) && units[before.upperBound - 2] != 0x2E
                && UTF16Text.isHorizontalSpace(units[before.upperBound])
            if Self.isNameInCapitals(text) || (captionLine && Self.isShortName(text)) {
                set(index, .noise(kind: "credit"), .context(.creditInCapitals))
            }
        }
        for index in verdicts.indices {
            switch verdicts[index] {
            case .noise(let kind) where kind == "credit", .label(let kind, _) where kind == "credit": break
            // A caption's marker in brackets after it, "(Image d'illustration)", closes it as a
            // credit does.
            case .noise(let kind) where kind == "caption" && units[sentences[index].range.lowerBound] == 0x28: break
            default: continue
            }
            // The sentences before the credit on its line (scrapers keep a caption and its
            // credit together; a line break before means prose, as in texts without blank lines).
            var first = index
            while first > 0,
                !units[sentences[first - 1].range.lowerBound..<sentences[index].range.lowerBound].contains(
                    where: UTF16Text.isLineBreak)
            {
                first -= 1
            }
            // A credit at the start of its line closes the lines above it in its paragraph, when
            // they are a caption's one or two sentences ("Des gendarmes devant le tribunal.⏎©
            // Jean Dupont / AFP") and the credit ends the paragraph or is glued to the story's
            // first sentence: the caption block is a paragraph of its own. In a text without
            // blank lines, where the story goes on after the credit's line, it takes nothing.
            if first == index {
                let paragraph = sentences[index].paragraph
                var isGlued = false
                if case .label = verdicts[index] {
                    isGlued = true
                } else if index + 1 < sentences.count, sentences[index + 1].paragraph == paragraph,
                    !units[sentences[index].range.upperBound..<sentences[index + 1].range.lowerBound].contains(
                        where: UTF16Text.isLineBreak)
                {
                    // Or cut from the story's first sentence on its line by the segmenter
                    // ("Photo: Gracieuseté SPVM Huit personnes ont été arrêtées …").
                    isGlued = true
                }
                guard isGlued || index + 1 == sentences.count || sentences[index + 1].paragraph != paragraph else {
                    continue
                }
                first = paragraphStart(index)
                // Glued to the story at the start of its paragraph, it closes the paragraph above
                // instead, when that is a caption's one or two sentences on one line ("Des F-16
                // sur le tarmac de Florennes.⏎⏎© Belga ImageLe parquet fédéral…"). Alone in its
                // paragraph, as under any picture between two paragraphs of a story, it does so
                // only for one sentence above which the page has no prose yet: the lead photo's
                // caption ("Le voilier dérouté vers Papeete.⏎⏎(Crédit : Marine nationale)").
                if first == index, index > 0 {
                    first = paragraphStart(index - 1)
                    let block = sentences[first].range.lowerBound..<sentences[index - 1].range.upperBound
                    guard !units[block].contains(where: UTF16Text.isLineBreak) else { continue }
                    guard isGlued || (first + 1 == index && !(0..<first).contains(where: isProse)) else { continue }
                }
                guard index - first <= 2 else { continue }
            }
            let before = (first..<index).filter(isProse)
            let length = before.reduce(0) { $0 + prose($1).count }
            guard !before.isEmpty, before.count <= 2, length <= Self.captionLimit else { continue }
            for caption in before { set(caption, .noise(kind: "caption"), .context(.captionOfCredit)) }
        }
        // A caption's sentence that opens a one-line paragraph of two sentences takes the second
        // with it ("Capture d'écran d'une publication Facebook partagée le 9 juin 2025. Le nom de
        // l'auteur a été masqué par Africa Check."): a caption's block, within ``captionLimit``;
        // so does one whose line, of two sentences apart by a space, lies above the story without
        // a blank line (a cartoon's caption that quotes its bubble: "Le dessin de la semaine, par
        // … : « Papiers en règle ? Alors c'est le tarif normal ! »⏎Il paraît que …"); a sentence
        // glued to the caption without a space is the story's, which a scraper ran into it.
        // Only a rule's caption, not one a credit closed (the sentence after that is the story's,
        // maybe with the credit glued to it), and a caption in brackets closes the sentence before
        // it instead (above).
        for index in verdicts.indices where verdicts[index] == .noise(kind: "caption") {
            let next = index + 1
            guard next < sentences.count, case .rule = sources[index], paragraphStart(index) == index,
                units[sentences[index].range.lowerBound] != 0x28,
                sentences[next].paragraph == sentences[index].paragraph, verdicts[next] == .keep,
                next + 1 == sentences.count || sentences[next + 1].paragraph != sentences[index].paragraph
                    || (endsLine(next) && UTF16Text.isHorizontalSpace(units[sentences[next].range.lowerBound - 1]))
            else { continue }
            let block = sentences[index].range.lowerBound..<sentences[next].range.upperBound
            guard block.count <= Self.captionLimit, !units[block].contains(where: UTF16Text.isLineBreak) else {
                continue
            }
            set(next, .noise(kind: "caption"), .context(.captionLine))
        }
        // A credit alone in its paragraph, with no prose above it, heads the lead photo's caption
        // below it when the scraper glued that caption to the story's first sentence without a
        // space ("© Keystone/Name⏎⏎Des patrouilles … samedis.Dès le 1er juillet, la police …").
        for index in verdicts.indices where verdicts[index] == .noise(kind: "credit") {
            let caption = index + 1
            guard caption + 1 < sentences.count, paragraphStart(index) == index,
                sentences[caption].paragraph != sentences[index].paragraph,
                sentences[caption + 1].paragraph == sentences[caption].paragraph,
                isProse(caption), isProse(caption + 1), !(0..<index).contains(where: isProse),
                sentences[caption].range.upperBound == sentences[caption + 1].range.lowerBound,
                units[sentences[caption].range.upperBound - 1] == 0x2E,
                sentences[caption].range.count <= Self.captionLimit
            else { continue }
            set(caption, .noise(kind: "caption"), .context(.captionOfCredit))
        }
        // An embedded post: its signature line ("— Préfet du Nord (@prefet59) June 19, 2025")
        // closes the post's text above it in its paragraph.
        for index in verdicts.indices where verdicts[index] == .noise(kind: "tweet") && startsLine(index) {
            let post = (paragraphStart(index)..<index).filter(isProse)
            guard !post.isEmpty, post.reduce(0, { $0 + prose($1).count }) <= Self.postLimit else { continue }
            for sentence in post { set(sentence, .noise(kind: "tweet"), .context(.postAboveSignature)) }
        }
        // A page that is itself a post (a gendarmerie's or a prefecture's) opens its paragraphs
        // with pictographs, which the rules read as an embedded post's. When three lines or more
        // open so with a sentence that ends as prose does, as many as a third of the paragraphs
        // that still hold prose (its comments are posts by now) or more, those sentences are the
        // story's, each pictograph cut as a label; an article that embeds a post or two keeps
        // them set aside.
        let bullets = verdicts.indices.filter { index in
            guard verdicts[index] == .noise(kind: "tweet"), case .rule = sources[index],
                startsLine(index), let first = sentences[index].range.first,
                let last = sentences[index].range.last
            else { return false }
            return UTF16.isLeadSurrogate(units[first]) && Self.endsProse(units[last])
        }
        let proseParagraphs = Set(verdicts.indices.filter(isProse).map { sentences[$0].paragraph })
        if bullets.count >= 3, 3 * bullets.count >= proseParagraphs.count {
            for index in bullets {
                let range = sentences[index].range
                var cut = range.lowerBound
                while cut < range.upperBound, Self.isPictographPart(units[cut]) { cut += 1 }
                guard cut < range.upperBound else { continue }
                set(index, .label(kind: "label", length: cut - range.lowerBound), .context(.pictographBullet))
            }
        }
        if let title {
            var reach = Self.titleReachEnd(verdicts)
            var index = leading - 1
            while index + 1 < min(reach, verdicts.count) {
                index += 1
                // A short title without final punctuation is also a heading, and one that opens with
                // "Avec" or "Par" and a name may read as a byline ("Avec Steel Oak, la Brigade
                // motorisée éprouve …"): it is named for what it is.
                guard
                    isProse(index) || verdicts[index] == .noise(kind: "heading")
                        || verdicts[index] == .noise(kind: "byline")
                else { continue }
                let range = prose(index)
                // Only a sentence about as long as the title can repeat it; most differ at their first letter.
                // With or without a label cut off it ("Ihosy – " before the headline).
                let whole = sentences[index].range
                // Or with a date and time glued after it by the scraper ("… au mont Semmama14/03/2025
                // 16:42").
                let dated = whole.lowerBound..<Self.startOfTrailingDate(in: units, whole)
                if [range, whole, dated].contains(where: {
                    abs($0.count - title.count) <= 8
                        && Self.sameLetters(UnsafeBufferPointer(rebasing: units[$0]), title)
                }) || Self.opensWithGluedTitle(units, whole, title) {
                    set(index, .noise(kind: "title"), .context(.repeatedTitle))
                    // A title given twice (a breadcrumb's last item, then the headline under a
                    // label, as on a prefecture's page): the reach goes on to the first sentence
                    // below it that may be prose.
                    if let next = verdicts[(index + 1)...].firstIndex(where: \.isProse) { reach = max(reach, next + 1) }
                    continue
                }
                // A headline in other words than the title field's, on a line of its own above the
                // story: a wire's version ("… quatre hommes mis en examen (Pnat)" for "… quatre
                // jeunes hommes mis en examen à Paris", "LEAD 1-UE/Sanctions: …"), a page's own
                // headline beside its feed's title. Not once a sentence of prose is above it: a
                // caption or an intertitle in the story may retell the title too (and are set
                // aside below, without the sentences above them).
                if isProse(index), isLine(index), !Self.endsAsSentence(UnsafeBufferPointer(rebasing: units[whole])),
                    !(leading..<index).contains(where: { above in
                        isProse(above)
                            && Self.endsAsSentence(UnsafeBufferPointer(rebasing: units[sentences[above].range]))
                    }),
                    Self.retellsTitle(UnsafeBufferPointer(rebasing: units[range]), title)
                {
                    set(index, .noise(kind: "title"), .context(.retoldTitle))
                    continue
                }
                // A title the segmenter cut in two on its line ("DIRECT.", "Le Mans." before the
                // headline), as the title field gives it whole.
                guard index > leading, !startsLine(index) else { continue }
                let joined = sentences[index - 1].range.lowerBound..<range.upperBound
                guard abs(joined.count - title.count) <= 8,
                    Self.sameLetters(UnsafeBufferPointer(rebasing: units[joined]), title)
                else { continue }
                set(index - 1, .noise(kind: "title"), .context(.repeatedTitle))
                set(index, .noise(kind: "title"), .context(.repeatedTitle))
            }
        }
        // Above the repeated title lies the page's header: no sentence there is the story's (the
        // site's or a body's name, a kicker, a consent banner: "L'Équipe et ses partenaires
        // utilisent des cookies …"). On 614 outlet pages, every prose sentence above a repeated
        // title was listed as furniture.
        let isTitle = { (source: NoiseSource?) in source == .context(.repeatedTitle) || source == .context(.retoldTitle)
        }
        if let titleIndex = sources.firstIndex(where: isTitle) {
            for index in leading..<titleIndex where isProse(index) {
                set(index, .noise(kind: "heading"), .context(.aboveTitle))
            }
            // A title given again further down opens the document itself, and a sentence between
            // the two that the document repeats, whole or cut short with an ellipsis, was a
            // header's copy (a database's table of contents: the headline and the standfirst's
            // first words, above the document); so is all the prose between them when it ends cut
            // short (a chat's or a feed's preview: "… avant de se replier vers…"). A standfirst
            // of its own there stays prose.
            if let again = sources.lastIndex(where: isTitle), again > titleIndex + 1 {
                let between = ((titleIndex + 1)..<again).filter(isProse)
                let cutShort =
                    between.last.map {
                        Self.withoutTrailingEllipsis(UnsafeBufferPointer(rebasing: units[prose($0)])).count
                            < prose($0).count
                    } ?? false
                for index in between {
                    guard !cutShort else {
                        set(index, .noise(kind: "heading"), .context(.aboveTitle))
                        continue
                    }
                    let copy = Self.withoutTrailingEllipsis(UnsafeBufferPointer(rebasing: units[prose(index)]))
                    guard copy.count >= 20,
                        ((again + 1)..<sentences.count).contains(where: { later in
                            let text = UnsafeBufferPointer(rebasing: units[prose(later)])
                            return text.count >= copy.count && zip(text, copy).allSatisfy { $0 == $1 }
                        })
                    else { continue }
                    set(index, .noise(kind: "heading"), .context(.aboveTitle))
                }
            }
        }
        // Further down, a line that retells the title without ending as a sentence does is a
        // headline too: an updated dispatch's under the first version, a related story's.
        // (Shorter ones are headings already.)
        if let title {
            for index in verdicts.indices where isProse(index) && isLine(index) {
                guard !Self.endsAsSentence(UnsafeBufferPointer(rebasing: units[sentences[index].range])),
                    Self.retellsTitle(UnsafeBufferPointer(rebasing: units[prose(index)]), title)
                else { continue }
                set(index, .noise(kind: "title"), .context(.retoldTitle))
            }
        }
        if let caption = headerCaption(
            in: sentences, verdicts: verdicts, units: units, startsLine: startsLine, prose: prose)
        {
            set(caption, .noise(kind: "caption"), .context(.headerCaption))
        }
        // The page's bylines, for the bio of their author at the end ("Par Camille Roesch" above,
        // "Camille Roesch est journaliste à … depuis 2021." below).
        let bylines: [Range<Int>] = verdicts.indices.compactMap { index in
            switch verdicts[index] {
            case .noise(kind: "byline"): return sentences[index].range
            case .label(kind: "byline", let length):
                return sentences[index].range.lowerBound..<(sentences[index].range.lowerBound + length)
            default: return nil
            }
        }
        func opensWithBylineName(_ index: Int) -> Bool {
            let sentence = UnsafeBufferPointer(rebasing: units[prose(index)])
            guard let name = Self.openingName(of: sentence) else { return false }
            let opening = UnsafeBufferPointer(rebasing: sentence[name])
            return bylines.contains { Self.holdsWord(opening, in: UnsafeBufferPointer(rebasing: units[$0])) }
        }
        // The end matter: from the last paragraph that holds prose back, while a paragraph holds
        // two prose sentences at most and one of them matches a `drop-at-end` rule (an author's
        // bio, a kiosk blurb) or opens with a byline's name, and a paragraph with prose remains
        // above it for the story.
        var end = verdicts.count
        while !endMatter.isEmpty || !bylines.isEmpty, let last = (0..<end).last(where: isProse) {
            let first = paragraphStart(last)
            let paragraph = (first...last).filter(isProse)
            // Bios and blurbs are short: a story's long closing sentences are not searched.
            guard paragraph.count <= Self.endMatterSentences,
                paragraph.allSatisfy({ prose($0).count <= Self.noiseLengthLimit }),
                (0..<first).contains(where: isProse)
            else { break }
            // A bio or a blurb goes on after its first sentence ("… depuis 2019. Elle couvre la
            // justice."): the rule that matches one sentence takes the paragraph's prose.
            let matched = paragraph.lazy.compactMap { index in
                let sentence = UnsafeBufferPointer(rebasing: units[prose(index)])
                var present = PresentUnits(sentence)
                // A rule is tried only where its literal units occur, as `drop-if-contains` rules are.
                return self.endMatter.first(where: {
                    self.holdsLiterals(of: $0.regex, sentence, &present) && $0.regex.occurs(in: sentence)
                }).map { ($0.kind, $0.source) }
            }.first
            // A paragraph that opens with the byline's name is its author's bio, whatever words
            // the outlet uses ("Éric Vasseur est un ancien officier …", "Thibault Marchand est
            // chercheur associé …").
            let bio =
                paragraph.first.map(opensWithBylineName) == true ? ("byline", NoiseSource.context(.authorBio)) : nil
            guard let (kind, source) = matched ?? bio else { break }
            for index in paragraph { set(index, .noise(kind: kind), source) }
            end = first
        }
        if !verdicts.indices.contains(where: isProse) {
            for index in verdicts.indices where verdicts[index] == .noise(kind: "heading") { set(index, .keep, nil) }
        }
        return verdicts.indices.map { (verdict: verdicts[$0], source: sources[$0]) }
    }

    /// The most words of a lead photo's caption standing alone between the page header and the
    /// story; a standfirst is longer as a rule (half of 158 outlets' standfirsts open with a
    /// sentence of 27 words or more).
    static let headerCaptionWords = 25
    /// The fewest words of a story's first paragraph when it is one sentence.
    static let storyParagraphWords = 35

    /// The lead photo's caption when it stands alone between the page header and the story,
    /// without a credit that says so.
    ///
    /// Scraped pages put the header (section, title, byline, dates, buttons), then the lead
    /// photo's caption, then the story; when the credit line is missing or unrecognised, the
    /// caption ("Un CF-18 au décollage à la 3e Escadre de Bagotville.") is the first prose
    /// sentence and would take the lede's place. It is the first prose sentence, when:
    /// - something of the header other than headings is above it, and something after the title;
    ///   a standfirst's paragraph may come first when a byline or dateline follows it (the
    ///   standfirst, the byline and dates, the caption, the story);
    /// - it starts a line (`startsLine`) and is alone as prose in its paragraph (a credit may
    ///   follow it on its line, "… en mai 2025. [Photo : I. T.-M. / Mediacités]"), of
    ///   ``headerCaptionWords`` words at most;
    /// - the next prose sentence opens the story: a later paragraph of two prose sentences or
    ///   more, or of one of ``storyParagraphWords`` words or more;
    /// - no byline or dateline lies between them: a standfirst sits above those, a caption below.
    /// OrangeSum's texts, which start with the story, almost never have a header above it.
    func headerCaption(
        in sentences: [Sentence], verdicts: [Verdict], units: UnsafeBufferPointer<UInt16>,
        startsLine: (Int) -> Bool, prose: (Int) -> Range<Int>
    ) -> Int? {
        func isProse(_ index: Int) -> Bool { verdicts[index].isProse }
        func kind(_ index: Int) -> String? { verdicts[index].noiseKind }
        func words(_ index: Int) -> Int { Budget.wordCount(UnsafeBufferPointer(rebasing: units[prose(index)])) }
        func isCredit(_ index: Int) -> Bool { kind(index) == "byline" || kind(index) == "dateline" }
        guard var first = verdicts.indices.first(where: isProse) else { return nil }
        // A standfirst stands above the byline and dates, the caption below them: a byline or
        // dateline after the first prose paragraph moves the caption's place below it.
        if let below = verdicts.indices[(first + 1)...].first(where: {
            isProse($0) && sentences[$0].paragraph != sentences[first].paragraph
        }), (first + 1..<below).contains(where: isCredit) {
            first = below
        }
        guard first > 0,
            (0..<first).contains(where: { kind($0) != "heading" }),
            kind(first - 1) != "title",
            startsLine(first), words(first) <= Self.headerCaptionWords,
            let next = verdicts.indices[(first + 1)...].first(where: isProse),
            sentences[next].paragraph != sentences[first].paragraph,
            !(first + 1..<next).contains(where: isCredit)
        else { return nil }
        let story = verdicts.indices[next...].prefix { sentences[$0].paragraph == sentences[next].paragraph }.filter(
            isProse)
        guard story.count >= 2 || words(next) >= Self.storyParagraphWords else { return nil }
        return first
    }

    /// Whether a text is two to four words of capitals and nothing else, 40 units at most: a
    /// photographer's name as papers print it under a picture ("CHLOÉ LAMBERT").
    static func isNameInCapitals(_ text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard text.count <= 40 else { return false }
        var words = 0
        var inWord = false
        for unit in text {
            if unit == 0x20 {
                inWord = false
                continue
            }
            let isCapital = UTF16Text.latin1Lowercase(unit) != unit
            guard isCapital || unit == 0x2D || unit == 0x27 || unit == 0x2019 else { return false }
            if !inWord { words += 1 }
            inWord = true
        }
        return (2...4).contains(words)
    }

    /// The name a sentence opens with: two to five capitalised words, lowercase particles of
    /// three letters at most between them ("Camille Roesch", "Marc-Aurèle Ndzié", "Jean de La
    /// Tour"), followed by a space or a comma; nil when it opens otherwise.
    static func openingName(of sentence: UnsafeBufferPointer<UInt16>) -> Range<Int>? {
        var index = 0
        var names = 0
        var end = 0
        while index < sentence.count {
            var wordEnd = index
            while wordEnd < sentence.count, isNameUnit(sentence[wordEnd]) { wordEnd += 1 }
            let length = wordEnd - index
            guard length > 0 else { break }
            if UTF16Text.latin1Lowercase(sentence[index]) != sentence[index] {
                // A capital then a lowercase letter: "AFP" or "SPVM" is an organisation.
                guard length > 1, UTF16Text.latin1Lowercase(sentence[index + 1]) == sentence[index + 1] else { break }
                names += 1
                end = wordEnd
            } else if length > 3 || names == 0 {
                break
            }
            guard names < 5, wordEnd < sentence.count, sentence[wordEnd] == 0x20 else { break }
            index = wordEnd + 1
        }
        guard names >= 2, end < sentence.count, sentence[end] == 0x20 || sentence[end] == 0x2C else { return nil }
        return 0..<end
    }

    /// A unit of a name: a letter, a hyphen, an apostrophe or a period (initials "J.-P.").
    private static func isNameUnit(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x27, 0x2D, 0x2E, 0x2019: return true
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: return true
        default: return false
        }
    }

    /// Whether `word` occurs in `text` between non-letters (or the text's edges).
    static func holdsWord(_ word: UnsafeBufferPointer<UInt16>, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard !word.isEmpty, word.count <= text.count else { return false }
        for start in 0...(text.count - word.count) where text[start] == word[0] {
            guard start == 0 || !isNameUnit(text[start - 1]) else { continue }
            let after = start + word.count
            guard after == text.count || !isNameUnit(text[after]) else { continue }
            if (1..<word.count).allSatisfy({ text[start + $0] == word[$0] }) { return true }
        }
        return false
    }

    /// Whether a text is one to three capitalised words of three letters or more and nothing
    /// else, 30 units at most: an agency's or a photographer's name as a credit ("Petra", "Jean
    /// Dupont"; not "Le").
    static func isShortName(_ text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard text.count <= 30 else { return false }
        var words = 0
        var wordStart = 0
        for index in 0...text.count where index == text.count || text[index] == 0x20 {
            guard index - wordStart >= 3, UTF16Text.latin1Lowercase(text[wordStart]) != text[wordStart],
                text[wordStart..<index].allSatisfy(isNameUnit)
            else { return false }
            words += 1
            wordStart = index + 1
        }
        return words <= 3
    }

    /// Whether a unit belongs to a pictograph used as a bullet, or to the spaces after it: an
    /// astral symbol's surrogates, a variation selector, a joiner, a keycap, an arrow or dingbat.
    static func isPictographPart(_ unit: UInt16) -> Bool {
        UTF16.isLeadSurrogate(unit) || UTF16.isTrailSurrogate(unit) || (0xFE00...0xFE0F).contains(unit)
            || unit == 0x200D || unit == 0x20E3 || (0x2190...0x2BFF).contains(unit)
            || UTF16Text.isHorizontalSpace(unit)
    }

    /// Whether a unit may end a sentence of prose: . ! ? … and closing quotes and brackets.
    static func endsProse(_ unit: UInt16) -> Bool {
        [0x2E, 0x21, 0x3F, 0x2026, 0xBB, 0x22, 0x201D, 0x29, 0x5D].contains(unit)
    }

    /// Whether a sentence ends as a sentence or a clause does, not as a headline: with . ! ? …
    /// or , ; : before any closing quotes and brackets ("… de la France !\"", "… (Pnat)" is a
    /// headline's).
    static func endsAsSentence(_ sentence: UnsafeBufferPointer<UInt16>) -> Bool {
        var end = sentence.count
        // Closing quotes and brackets, and the spaces before them: » " ” ’ ) ].
        while end > 0,
            [0xBB, 0x22, 0x201D, 0x2019, 0x29, 0x5D].contains(sentence[end - 1])
                || UTF16Text.isHorizontalSpace(sentence[end - 1])
        {
            end -= 1
        }
        guard end > 0 else { return false }
        return [0x2E, 0x21, 0x3F, 0x2026, 0x2C, 0x3B, 0x3A].contains(sentence[end - 1])
    }

    /// A sentence without the ellipsis that cuts it short, and the spaces before it ("… 930 000
    /// euros de …").
    static func withoutTrailingEllipsis(_ sentence: UnsafeBufferPointer<UInt16>) -> UnsafeBufferPointer<UInt16> {
        var end = sentence.count
        if end > 0, sentence[end - 1] == 0x2026 {
            end -= 1
        } else if end >= 3, sentence[(end - 3)..<end].allSatisfy({ $0 == 0x2E }) {
            end -= 3
        } else {
            return sentence
        }
        while end > 0, UTF16Text.isHorizontalSpace(sentence[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: sentence[..<end])
    }

    /// The most sentences of a box that restates the story (an AI summary's few points, a FAQ's
    /// questions and answers).
    static let summaryBoxSentences = 16

    /// The most sentences of a link's preview under it.
    static let previewSentences = 4

    /// The fewest words of a line that retells the title.
    static let retoldTitleWords = 5

    /// Whether a line retells the title in other words: three quarters of its words (letters
    /// and digits, case aside) are the title's, and it holds three fifths of the title's words,
    /// each counted as often as it occurs.
    static func retellsTitle(_ line: UnsafeBufferPointer<UInt16>, _ title: UnsafeBufferPointer<UInt16>) -> Bool {
        let lineWords = comparableWords(line)
        let titleWords = comparableWords(title)
        guard lineWords.count >= retoldTitleWords, titleWords.count >= retoldTitleWords else { return false }
        var left: [[UInt16]: Int] = [:]
        for word in titleWords { left[word, default: 0] += 1 }
        var shared = 0
        for word in lineWords where left[word, default: 0] > 0 {
            left[word, default: 0] -= 1
            shared += 1
        }
        return 4 * shared >= 3 * lineWords.count && 5 * shared >= 3 * titleWords.count
    }

    /// The words of a line as ``comparableUnit(_:)`` gives them: runs of letters and digits.
    static func comparableWords(_ line: UnsafeBufferPointer<UInt16>) -> [[UInt16]] {
        var words: [[UInt16]] = []
        var word: [UInt16] = []
        for unit in line {
            if let comparable = comparableUnit(unit) {
                word.append(comparable)
            } else if !word.isEmpty {
                words.append(word)
                word = []
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// The end of the sentences a repeated title is looked for in: the first ``titleReach``, or
    /// down to the first that may be prose when more noise stands above it (a header of menus);
    /// never further into the story, where a quotation may repeat a title's words. A title found
    /// carries it on to the first sentence below that title that may be prose (a title given
    /// twice, as the breadcrumb's last item and as the headline).
    static func titleReachEnd(_ verdicts: [Verdict]) -> Int {
        max(titleReach, (verdicts.firstIndex(where: \.isProse) ?? 0) + 1)
    }

    /// Whether two lines have the same letters and digits, case, spaces and punctuation aside.
    static func sameLetters(_ a: UnsafeBufferPointer<UInt16>, _ b: UnsafeBufferPointer<UInt16>) -> Bool {
        guard let end = endOfLetters(of: b, openingAt: 0, in: a) else { return false }
        return b.contains { comparableUnit($0) != nil } && a[end...].allSatisfy { comparableUnit($0) == nil }
    }

    /// Where the letters and digits of `b` end in `units`, when `units` from `start` opens with
    /// them (case, spaces and punctuation aside); nil when it does not.
    static func endOfLetters(
        of b: UnsafeBufferPointer<UInt16>, openingAt start: Int, in units: UnsafeBufferPointer<UInt16>,
        before limit: Int? = nil
    ) -> Int? {
        let limit = limit ?? units.count
        var i = start
        for unit in b {
            guard let expected = comparableUnit(unit) else { continue }
            while i < limit, comparableUnit(units[i]) == nil { i += 1 }
            guard i < limit, comparableUnit(units[i]) == expected else { return nil }
            i += 1
        }
        return i
    }

    /// Whether a sentence is the title with a byline or dateline glued after it by the scraper,
    /// without a space ("… par la Direction départementale de la Police républicaine du
    /// LittoralPublié le 19 septembre 2024 par la Cellule de communication"): the title's letters
    /// first, then a capital right after a letter, and a short rest that does not end as prose
    /// does (a story's sentence glued to the title ends with its period, and the segmenter cuts
    /// it off at its first word when that word opens sentences).
    static func opensWithGluedTitle(
        _ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, _ title: UnsafeBufferPointer<UInt16>
    ) -> Bool {
        guard title.count >= 20, range.count > title.count,
            let i = endOfLetters(of: title, openingAt: range.lowerBound, in: units, before: range.upperBound),
            i < range.upperBound, range.upperBound - i <= 100,
            UTF16Text.isLatin1Letter(units[i]), UTF16Text.latin1Lowercase(units[i]) != units[i],
            comparableUnit(units[i - 1]) != nil,
            ![0x2E, 0x21, 0x3F, 0x2026].contains(units[range.upperBound - 1])
        else { return false }
        return true
    }

    /// Where a date and time at the end of a sentence start ("14/03/2025 16:42", "12.06.2025 -
    /// 09h14"): before a run of digits and their separators that holds six digits or more, or
    /// the sentence's end when there is none.
    static func startOfTrailingDate(in units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int {
        var start = range.upperBound
        var digits = 0
        while start > range.lowerBound {
            let unit = units[start - 1]
            switch unit {
            case 0x30...0x39: digits += 1
            // / : . - h H space | · – —
            case 0x2F, 0x3A, 0x2E, 0x2D, 0x68, 0x48, 0x20, 0x7C, 0xB7, 0x2013, 0x2014: break
            default:
                return digits >= 6 ? start : range.upperBound
            }
            start -= 1
        }
        return range.upperBound
    }

    /// A unit as a repeated title is compared: letters and digits, ASCII and Latin-1 capitals
    /// lowered; nil for spaces, punctuation and typographic marks (U+2000–U+206F: ’ « — …), and
    /// for symbols and pictographs (U+20D0–U+2BFF, variation selectors, surrogates), which a post
    /// puts before its headline ("⚖️ Sanctions UE : …").
    static func comparableUnit(_ unit: UInt16) -> UInt16? {
        let lower = UTF16Text.latin1Lowercase(unit)
        switch lower {
        case 0x30...0x39, 0x61...0x7A, 0xDF...0xF6, 0xF8...0xFF: return lower
        case 0..<0x100, 0x2000...0x206F, 0x20D0...0x2BFF, 0xD800...0xDFFF, 0xFE00...0xFE0F: return nil
        default: return lower
        }
    }
}
