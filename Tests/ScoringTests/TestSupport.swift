import Foundation
import FrenchText
import Scoring

/// Paths and tokenizers shared by the Scoring tests.
enum TestSupport {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `Lexicons/fr` in the repository.
    static let frenchLexicons = root.appendingPathComponent("Lexicons/fr").path

    static func profile(_ name: Profile.Name, stem: Bool = false, stopWords: Bool = false, lsum: LsumSplit? = nil)
        throws
        -> Profile
    {
        try Profile(name: name, stem: stem, stopWords: stopWords, lsumSplit: lsum, lexiconDirectory: frenchLexicons)
    }

    static func scorer(_ name: Profile.Name, stem: Bool = false, stopWords: Bool = false, lsum: LsumSplit? = nil) throws
        -> RougeScorer
    {
        RougeScorer(tokenizer: try profile(name, stem: stem, stopWords: stopWords, lsum: lsum).makeTokenizer())
    }

    /// Token strings of a text, by sentence.
    static func tokens(_ text: String, _ name: Profile.Name, stem: Bool = false, stopWords: Bool = false) throws
        -> [[String]]
    {
        let tokenizer = try profile(name, stem: stem, stopWords: stopWords).makeTokenizer()
        let vocabulary = Vocabulary()
        return tokenizer.tokenize(text, vocabulary: vocabulary).sentences.map { $0.map { vocabulary.token($0) } }
    }
}
