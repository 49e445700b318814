/// Scores one candidate against one or several references: ROUGE-1, -2, -L and -Lsum.
///
/// Not thread-safe (it reuses its LCS table and its tokenizer); make one per thread.
public final class RougeScorer {
    public let tokenizer: any RougeTokenizer
    public let vocabulary = Vocabulary()
    var lcs = LongestCommonSubsequence()
    /// Interned tokens kept before the vocabulary is cleared between documents.
    let vocabularyLimit = 1 << 20

    public init(tokenizer: any RougeTokenizer) {
        self.tokenizer = tokenizer
    }

    /// Tokenizes a text with this scorer's vocabulary.
    public func tokenize(_ text: String) -> TokenizedText {
        tokenizer.tokenize(text, vocabulary: vocabulary)
    }

    /// The four scores of tokenized texts.
    public func score(reference: TokenizedText, candidate: TokenizedText) -> DocumentScores {
        let r = reference.tokens[...]
        let c = candidate.tokens[...]
        return DocumentScores(
            rouge1: NGramOverlap.score(n: 1, reference: r, candidate: c),
            rouge2: NGramOverlap.score(n: 2, reference: r, candidate: c),
            rougeL: lcs.rougeL(reference: r, candidate: c),
            rougeLsum: lcs.rougeLsum(reference: reference, candidate: candidate))
    }

    /// The four scores of a candidate text against a reference text.
    public func score(reference: String, candidate: String) -> DocumentScores {
        score(reference: tokenize(reference), candidate: tokenize(candidate))
    }

    /// A candidate against every one of its references, combined by ``MultiReference``.
    public func score(references: [String], candidate: String) -> MultiReferenceScores {
        if vocabulary.count > vocabularyLimit { vocabulary.removeAll() }
        let tokenizedCandidate = tokenize(candidate)
        let each = references.map { score(reference: tokenize($0), candidate: tokenizedCandidate) }
        return MultiReferenceScores(each: each, candidateTokens: tokenizedCandidate.tokens.count)
    }
}
