/// Turns a text into the tokens ROUGE counts, cut into sentences for ROUGE-Lsum.
///
/// A profile is one conforming type: ``FrenchRougeTokenizer`` (the default) and
/// ``RougeScoreTokenizer`` (rouge-score 0.1.2, byte for byte). Instances hold ICU iterators
/// and stemmer buffers: they are not thread-safe; make one per thread.
public protocol RougeTokenizer: AnyObject {
    /// The tokens of `text`, interned in `vocabulary`, with sentence ends for ROUGE-Lsum.
    func tokenize(_ text: String, vocabulary: Vocabulary) -> TokenizedText

    /// What the tokenizer does, for the configuration signature.
    var settings: TokenizerSettings { get }
}

/// The part of a configuration signature that a tokenizer decides.
public struct TokenizerSettings: Sendable, Equatable {
    /// The profile's name: `french` or `rouge-score`.
    public var profile: String
    /// Unicode normalization and case: `nfc+fold+typo`, `lower-ascii`.
    public var normalization: String
    /// Which tokens: `icu-word+elision`, `[a-z0-9]+`.
    public var tokens: String
    /// The stemmer: `none`, `snowball-french`, `snowball-porter`.
    public var stemmer: String
    /// The stop list: `none`, or its name and size (`fr-precis-210`).
    public var stopWords: String
    /// How ROUGE-Lsum cuts texts into sentences.
    public var lsumSplit: LsumSplit

    public init(
        profile: String, normalization: String, tokens: String, stemmer: String, stopWords: String, lsumSplit: LsumSplit
    ) {
        self.profile = profile
        self.normalization = normalization
        self.tokens = tokens
        self.stemmer = stemmer
        self.stopWords = stopWords
        self.lsumSplit = lsumSplit
    }
}
