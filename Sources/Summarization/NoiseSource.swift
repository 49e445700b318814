/// What set a sentence aside as noise, or cut a label off it: a rule of `cleanup.tsv`, by its
/// line, or a reading of the whole page (which also names a title line and a standfirst).
///
/// A plain value (no string is built until an explanation is written), since every sentence of
/// a batch carries one.
public enum NoiseSource: Sendable, Equatable {
    /// A rule of ``CleanupRule/fileName``, by its line in the file (nil for a rule made in code).
    case rule(line: Int?)
    /// A reading of the page in context.
    case context(Context)

    /// The readings of a page that set a sentence aside.
    public enum Context: String, Sendable {
        /// The title line of a text file.
        case titleLine = "title-line"
        /// A sentence among the first that repeats the article's title.
        case repeatedTitle = "repeated-title"
        /// A line above the story that retells the title in other words: a wire's or a page's
        /// own headline beside the feed's title.
        case retoldTitle = "retold-title"
        /// The lines a photo credit closes: on its line, above it in its paragraph, or the
        /// one-line paragraph above.
        case captionOfCredit = "caption-of-credit"
        /// The lead photo's caption alone between the page header and the story.
        case headerCaption = "header-caption"
        /// The second sentence of a caption's line, after a sentence a rule reads as a caption.
        case captionLine = "caption-line"
        /// A name in capitals after a sentence on its line, or a short capitalised name after a
        /// one-sentence line: a photographer's or an agency's credit.
        case creditInCapitals = "credit-in-capitals"
        /// A headline line under a read-also opener.
        case headlineUnderOpener = "headline-under-opener"
        /// The rest of a paragraph opened by "À propos de …" at the page's end: a body's
        /// boilerplate.
        case aboutBoilerplate = "about-boilerplate"
        /// The rest of a paragraph opened by an editor's note (a correction, a retraction, a right
        /// of reply and its letter, a live page's closing notice).
        case editorNote = "editor-note"
        /// A paragraph that restates the story in a machine's words or for search engines: an
        /// AI-written summary box, a FAQ's questions and answers.
        case summaryBox = "summary-box"
        /// A sentence above an e-mail forward's marker: the forwarder's headers and note.
        case forwardedNote = "forwarded-note"
        /// What follows a bare link on its line, to its paragraph's end: a chat's or a feed's
        /// preview of the page (its site, headline and first words).
        case linkPreview = "link-preview"
        /// An embedded post's text above its signature line.
        case postAboveSignature = "post-above-signature"
        /// A pictograph that opens a paragraph of a page that is itself a post, written with
        /// them as bullets ("🔎 Tout commence …"): cut, the rest of the sentence kept.
        case pictographBullet = "pictograph-bullet"
        /// A sentence in English on a French page: an abstract, a title, a keyword line
        /// (``ForeignSentences``).
        case otherLanguage = "other-language"
        /// Lines held together without final punctuation.
        case unpunctuatedLines = "unpunctuated-lines"
        /// A sentence above the repeated title: the page's header (the site's name, a logo's
        /// text, a kicker, a consent banner).
        case aboveTitle = "above-title"
        /// A paragraph of the end matter that opens with a name the page's byline gives: its
        /// author's bio.
        case authorBio = "author-bio"
        /// Not noise: the page's standfirst, the short paragraph above the byline, date or photo
        /// block, which the summary takes first (see ``Standfirst``).
        case standfirst = "standfirst"
    }

    /// As explanations write it: "cleanup.tsv:37", "context:header-caption".
    public var code: String {
        switch self {
        case .rule(let line): return line.map { "\(CleanupRule.fileName):\($0)" } ?? CleanupRule.fileName
        case .context(let context): return "context:" + context.rawValue
        }
    }
}
