/// The explicit features that score a sentence; every one is in [0, 1].
///
/// The summary score of a sentence is the weighted sum of its features, with weights learned
/// by `make tune` (see `Lexicons/fr/summary-weights.tsv`), so that `--explain` can show each
/// feature's contribution.
public enum Feature: String, CaseIterable, Sendable, Codable {
    /// The first sentence of the article's body.
    case first
    /// The second sentence.
    case second
    /// The third sentence.
    case third
    /// 1 / (1 + index): decays with the position in the body.
    case positionDecay = "position_decay"
    /// No sentence of the body comes before it in its paragraph (a label or caption may).
    case paragraphStart = "paragraph_start"
    /// 1 / (1 + index of its paragraph among the paragraphs of the body).
    case paragraphDecay = "paragraph_decay"
    /// Salience of the named entities it mentions (frequency in the article, presence in the
    /// title), relative to the article's richest sentence.
    case entities
    /// Acronyms it mentions (DGSN, ONU), relative to the richest sentence.
    case acronyms
    /// It names a function or title ("directeur général", "procureur", "ministre").
    case titles
    /// Cosine similarity of its content stems to the whole article's.
    case centrality
    /// Share of the title's content stems it contains.
    case titleOverlap = "title_overlap"
    /// Length in words, capped at 40, over 40.
    case length
    /// Fewer than 6 words.
    case short
    /// It is (or opens with) a quotation.
    case quotation
    /// It is a question.
    case question
    /// Mean summary-worthiness prior of its content stems (how often a stem of an article is in
    /// its summary, learned on OrangeSum train), relative to the article's highest.
    case summaryWorthiness = "summary_worthiness"
    /// It names a day or a month: it dates the event.
    case dates
    /// The second sentence, after a first one of fewer than 12 words (a lede such as "Sur les
    /// réseaux sociaux, les images sont impressionnantes."), where the facts begin.
    case afterLede = "after_lede"
    /// The second sentence's length feature: long second sentences carry the facts.
    case secondLength = "second_length"
}
