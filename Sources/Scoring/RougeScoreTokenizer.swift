import FrenchText

/// rouge-score 0.1.2's tokenizer, byte for byte: the `rouge-score` profile.
///
/// rouge-score lowercases with Python's `str.lower()`, replaces every run of characters outside
/// `[a-z0-9]` with a space, splits, stems tokens longer than 3 characters when asked, and keeps
/// tokens matching `^[a-z0-9]+$`. So "arrêté" becomes "arr", "t" and "élu" becomes "lu": this
/// profile exists to reproduce published numbers, not to score French.
///
/// Python's `lower()` turns two non-ASCII characters into ASCII letters: U+0130 "İ" gives
/// "i" plus a combining dot (so "i" survives) and U+212A KELVIN SIGN gives "k". Both are
/// reproduced. ROUGE-Lsum splits at `\n` as rouge-score does without `split_summaries`.
///
/// - Complexity: O(*n*) in the UTF-8 length of the text.
public final class RougeScoreTokenizer: RougeTokenizer {
    let stemmer: PorterStemmer?
    let splitter: SentenceSplitter?
    let mode: LsumSplit

    /// A tokenizer; `stem` applies ``PorterStemmer`` (NLTK's variant, as rouge-score does) to tokens
    /// longer than 3 characters. `splitter` is needed only for modes other than `.newline`.
    public init(stem: Bool, lsumSplit: LsumSplit = .newline, splitter: SentenceSplitter? = nil) throws {
        stemmer = stem ? PorterStemmer() : nil
        mode = lsumSplit
        self.splitter = lsumSplit == .newline ? nil : splitter
    }

    public var settings: TokenizerSettings {
        TokenizerSettings(
            profile: "rouge-score", normalization: "python-lower", tokens: "[a-z0-9]+",
            stemmer: stemmer == nil ? "none" : "porter-nltk", stopWords: "none", lsumSplit: mode)
    }

    public func tokenize(_ text: String, vocabulary: Vocabulary) -> TokenizedText {
        var copy = text
        let breaks = sentenceStartsUTF8(text)
        return copy.withUTF8 { bytes in tokenize(bytes, breaks: breaks, vocabulary: vocabulary) }
    }

    /// The token strings of a text, in order (for tests and the differential script).
    public func tokenStrings(_ text: String) -> [String] {
        let vocabulary = Vocabulary()
        return tokenize(text, vocabulary: vocabulary).tokens.map { vocabulary.token($0) }
    }

    /// UTF-8 offsets where sentences start, for modes other than `.newline`; `nil` means newlines.
    func sentenceStartsUTF8(_ text: String) -> [Int]? {
        guard let splitter else { return nil }
        let utf16 = UTF16Text(text)
        let starts = splitter.starts(in: utf16)
        return OffsetConverter(utf16).convert(starts, to: .utf8)
    }

    func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, breaks: [Int]?, vocabulary: Vocabulary) -> TokenizedText {
        var tokens: [Int32] = []
        tokens.reserveCapacity(bytes.count / 5)
        var ends: [Int] = []
        var nextBreak = 0
        var index = 0
        let count = bytes.count
        func closeSentence() {
            if tokens.count > (ends.last ?? 0) { ends.append(tokens.count) }
        }
        var scratch: [UInt16] = []
        scratch.reserveCapacity(64)
        while index < count {
            if let breaks {
                while nextBreak < breaks.count, breaks[nextBreak] <= index {
                    flush(&scratch, into: &tokens, vocabulary: vocabulary)
                    closeSentence()
                    nextBreak += 1
                }
            }
            let byte = bytes[index]
            var letter: UInt16 = 0
            var width = 1
            switch byte {
            case 0x61...0x7A, 0x30...0x39: letter = UInt16(byte)
            case 0x41...0x5A: letter = UInt16(byte | 0x20)
            case 0xC4 where index + 1 < count && bytes[index + 1] == 0xB0:  // İ → i + U+0307
                letter = 0x69
                width = 2
            // K (Kelvin sign) → k
            case 0xE2 where index + 2 < count && bytes[index + 1] == 0x84 && bytes[index + 2] == 0xAA:
                letter = 0x6B
                width = 3
            default:
                if byte == 0x0A && breaks == nil {
                    flush(&scratch, into: &tokens, vocabulary: vocabulary)
                    closeSentence()
                }
            }
            if letter != 0 {
                scratch.append(letter)
                // "İ" lowercases to "i" + U+0307: the combining dot ends the token.
                if width == 2 { flush(&scratch, into: &tokens, vocabulary: vocabulary) }
            } else {
                flush(&scratch, into: &tokens, vocabulary: vocabulary)
            }
            index += width
        }
        flush(&scratch, into: &tokens, vocabulary: vocabulary)
        closeSentence()
        return TokenizedText(tokens: tokens, sentenceEnds: ends)
    }

    /// Interns the token in `scratch`, stemmed when it is longer than 3 characters.
    @inline(__always)
    func flush(_ scratch: inout [UInt16], into tokens: inout [Int32], vocabulary: Vocabulary) {
        guard !scratch.isEmpty else { return }
        if let stemmer, scratch.count > 3 {
            let stemmed = stemmer.stem(String(decoding: scratch, as: UTF16.self))
            tokens.append(vocabulary.id(stemmed))
        } else {
            tokens.append(scratch.withUnsafeBufferPointer { vocabulary.id($0) })
        }
        scratch.removeAll(keepingCapacity: true)
    }
}
