import Batch

/// One document's evaluation: its scores by the chosen rule, and what the other rule gives.
public struct DocumentResult: Sendable {
    public var id: String
    /// The scores by the evaluation's multi-reference rule.
    public var scores: DocumentScores
    /// Against each reference, and combined.
    public var multi: MultiReferenceScores
    /// Where the candidate was read.
    public var location: SourceLocation
    /// The article's length in characters, or the candidate's when the input has no article.
    public var articleLength: Int?

    public init(
        id: String, scores: DocumentScores, multi: MultiReferenceScores, location: SourceLocation, articleLength: Int?
    ) {
        self.id = id
        self.scores = scores
        self.multi = multi
        self.location = location
        self.articleLength = articleLength
    }

    /// Whether the candidate had no token (it scores 0).
    public var isEmpty: Bool { multi.candidateTokens == 0 }
    public var referenceCount: Int { multi.each.count }
}
