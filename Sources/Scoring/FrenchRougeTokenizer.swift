import FrenchText

/// The `french` profile: NFC, case folding, French typography, Unicode word tokens with
/// elisions split, optional Snowball stems and an optional stop list.
///
/// Built on FrenchText: ``Normalizer`` (NFC, full case folding, apostrophes made straight),
/// ``WordTokenizer`` (ICU word breaks; "l'OTAN" → "l'" + "otan"; "cessez-le-feu" kept whole),
/// ``FrenchStemmer`` on words. "arrêté" stays one token and "élu" never matches "lu", where
/// rouge-score's ASCII tokenizer gets both wrong. Sentences for ROUGE-Lsum come from
/// ``SentenceSplitter``, on the original text; each token goes to the sentence holding its
/// first character.
///
/// - Complexity: O(*n*) in the length of the text.
public final class FrenchRougeTokenizer: RougeTokenizer {
    let normalizer: Normalizer
    let words: WordTokenizer
    let splitter: SentenceSplitter
    let stemmer: FrenchStemmer?
    let stopWords: StopWords?

    /// A tokenizer with the elisions of `lexiconDirectory` (a `Lexicons/fr` folder).
    public init(
        lexiconDirectory: String, stem: Bool, stopWords: StopWords?, splitter: SentenceSplitter
    ) throws {
        normalizer = Normalizer(options: NormalizationOptions(form: .nfc, caseFold: true, typography: true))
        words = try WordTokenizer(lexiconDirectory: lexiconDirectory)
        stemmer = stem ? try FrenchStemmer() : nil
        self.stopWords = stopWords
        self.splitter = splitter
    }

    public var settings: TokenizerSettings {
        TokenizerSettings(
            profile: "french", normalization: normalizer.options.signature, tokens: "icu-word+elision",
            stemmer: stemmer == nil ? "none" : "snowball-french", stopWords: stopWords?.signature ?? "none",
            lsumSplit: splitter.mode)
    }

    public func tokenize(_ text: String, vocabulary: Vocabulary) -> TokenizedText {
        let original = UTF16Text(text)
        guard let normalized = try? normalizer.normalize(original) else {
            return TokenizedText(tokens: [])
        }
        let starts = splitter.starts(in: original)
        var tokens: [Int32] = []
        var ends: [Int] = []
        var nextStart = 0
        normalized.units.withUnsafeBufferPointer { units in
            let found = words.tokens(in: units)
            tokens.reserveCapacity(found.count)
            for token in found {
                if !starts.isEmpty {
                    let origin = normalized.originalRange(of: token.range).lowerBound
                    while nextStart < starts.count, starts[nextStart] <= origin {
                        if tokens.count > (ends.last ?? 0) { ends.append(tokens.count) }
                        nextStart += 1
                    }
                }
                let slice = UnsafeBufferPointer(rebasing: units[token.range])
                if let stopWords, stopWords.contains(slice) { continue }
                if let stemmer, token.kind == .word {
                    tokens.append(vocabulary.id(stemmer.stem(String(decoding: slice, as: UTF16.self))))
                } else {
                    tokens.append(vocabulary.id(slice))
                }
            }
        }
        if tokens.count > (ends.last ?? 0) { ends.append(tokens.count) }
        return TokenizedText(tokens: tokens, sentenceEnds: ends)
    }

    /// The token strings of a text, sentence by sentence (for tests and the differential script).
    public func tokenStrings(_ text: String) -> [[String]] {
        let vocabulary = Vocabulary()
        return tokenize(text, vocabulary: vocabulary).sentences.map { $0.map { vocabulary.token($0) } }
    }
}
