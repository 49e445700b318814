import FrenchText

/// A stop list: tokens the `french` profile leaves out when asked (`--stop-words`).
///
/// Read from `Lexicons/fr/stopwords.txt` (one casefolded word a line, `#` comments); elided
/// forms are written with a straight apostrophe ("l'"), as the normalizer leaves them.
public final class StopWords: @unchecked Sendable {
    /// The file read by ``load(lexiconDirectory:)``.
    public static let file = "stopwords.txt"
    let vocabulary = Vocabulary()
    /// The list's name and size for signatures: `fr-stopwords-180`.
    public let signature: String

    /// A stop list from words (casefolded already).
    public init(words: [String], name: String) {
        for word in words { _ = vocabulary.id(word) }
        signature = "\(name)-\(vocabulary.count)"
    }

    /// Reads `stopwords.txt` from a `Lexicons/fr` folder.
    public static func load(lexiconDirectory: String) throws -> StopWords {
        let path = lexiconDirectory + "/" + file
        var words: [String] = []
        for (line, word) in DataFile.lines(of: try DataFile.readText(path)) {
            let trimmed = word.trimmingSpaces
            guard !trimmed.contains(" "), !trimmed.contains("\t") else {
                throw DataFileError(path: path, line: line, message: "expected one word, found '\(word)'")
            }
            words.append(trimmed)
        }
        return StopWords(words: words, name: "fr-stopwords")
    }

    /// Whether a token (casefolded UTF-16) is on the list.
    ///
    /// Only reads the vocabulary, so one list may be shared by threads.
    public func contains(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        vocabulary.lookup(units) != nil
    }

    /// Whether a word is on the list.
    public func contains(_ word: String) -> Bool {
        Array(word.utf16).withUnsafeBufferPointer { contains($0) }
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
