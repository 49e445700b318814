import FrenchText

/// A tokenization profile and its options: everything needed to make tokenizers, one per thread.
public struct Profile: Sendable {
    /// The profiles.
    public enum Name: String, Sendable, CaseIterable {
        /// NFC, case folding, Unicode word tokens, elisions split (the default).
        case french
        /// rouge-score 0.1.2's ASCII tokenizer, byte for byte.
        case rougeScore = "rouge-score"
    }

    public var name: Name
    /// Snowball French stems (`french`) or Porter stems (`rouge-score`).
    public var stem: Bool
    /// The stop list (`french` only).
    public var stopWords: StopWords?
    public var lsumSplit: LsumSplit
    /// `Lexicons/fr`: elisions and segmentation rules.
    public var lexiconDirectory: String
    let rules: SegmentationRules?

    /// Loads what the profile needs from `lexiconDirectory` (a `Lexicons/fr` folder).
    public init(name: Name, stem: Bool, stopWords: Bool, lsumSplit: LsumSplit?, lexiconDirectory: String) throws {
        self.name = name
        self.stem = stem
        self.lexiconDirectory = lexiconDirectory
        let split = lsumSplit ?? (name == .french ? .auto : .newline)
        self.lsumSplit = split
        self.stopWords = stopWords ? try StopWords.load(lexiconDirectory: lexiconDirectory) : nil
        rules = split == .newline ? nil : try SegmentationRules.load(directory: lexiconDirectory)
    }

    /// A new tokenizer (not thread-safe: one per thread).
    public func makeTokenizer() throws -> any RougeTokenizer {
        let splitter = try SentenceSplitter(mode: lsumSplit, rules: rules)
        switch name {
        case .french:
            return try FrenchRougeTokenizer(
                lexiconDirectory: lexiconDirectory, stem: stem, stopWords: stopWords, splitter: splitter)
        case .rougeScore:
            return try RougeScoreTokenizer(stem: stem, lsumSplit: lsumSplit, splitter: splitter)
        }
    }
}
