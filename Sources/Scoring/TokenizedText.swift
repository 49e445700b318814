/// The tokens of one text, as vocabulary ids, cut into the sentences ROUGE-Lsum works on.
public struct TokenizedText: Sendable, Equatable {
    /// Token ids in text order.
    public var tokens: [Int32]
    /// The exclusive end, in `tokens`, of each sentence; the last equals `tokens.count`.
    /// Sentences without tokens are left out: they change no ROUGE score.
    public var sentenceEnds: [Int]

    public init(tokens: [Int32], sentenceEnds: [Int]) {
        self.tokens = tokens
        self.sentenceEnds = sentenceEnds
    }

    /// One sentence holding every token.
    public init(tokens: [Int32]) {
        self.tokens = tokens
        self.sentenceEnds = tokens.isEmpty ? [] : [tokens.count]
    }

    /// The tokens of each sentence.
    public var sentences: [ArraySlice<Int32>] {
        var start = 0
        return sentenceEnds.map { end in
            defer { start = end }
            return tokens[start..<end]
        }
    }
}
