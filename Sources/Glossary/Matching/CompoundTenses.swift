import FrenchText

/// The words before a past participle that make it a verb in a compound tense ("il a accusé",
/// "elle s'est insurgée", "pour avoir détenu"), from `Lexicons/fr/compound-tenses.tsv`.
public struct CompoundTenses: Sendable {
    /// The roles of the file's words.
    public enum Role: String, Sendable, CaseIterable {
        /// A form of avoir.
        case avoir
        /// A form of être, which counts after a reflexive pronoun only ("s'est évadé"; "il est
        /// accusé" is a passive).
        case être
        /// A reflexive pronoun before être ("s", "se", "m", "me", "t", "te").
        case reflexive
        /// A word that may stand between the auxiliary and the participle ("a déjà accusé").
        case adverb
    }

    /// Lowercase words, accents as written, by role.
    var words: [String: Role]

    /// Adverbs allowed between the auxiliary and the participle: two, as in "n'a pas encore jugé".
    static let adverbLimit = 2

    /// No words: no participle is read as a verb.
    public init(words: [String: Role] = [:]) {
        self.words = words
    }

    /// Reads a `word role` TSV, refusing an unknown role, a word with a space and a duplicate.
    public static func load(path: String) throws(DataFileError) -> CompoundTenses {
        let rows = try DataFile.rows(ofTSV: DataFile.readText(path), path: path, header: ["word", "role"])
        var words: [String: Role] = [:]
        for row in rows {
            let word = row.cells[0]
            guard let role = Role(rawValue: row.cells[1]) else {
                let roles = Role.allCases.map(\.rawValue).joined(separator: ", ")
                throw DataFileError(
                    path: path, line: row.line, message: "unknown role '\(row.cells[1])' (expected \(roles))")
            }
            guard !word.isEmpty, word.allSatisfy(\.isLetter), word == word.lowercased() else {
                throw DataFileError(
                    path: path, line: row.line, message: "expected one word in lowercase, found '\(word)'")
            }
            guard words.updateValue(role, forKey: word) == nil else {
                throw DataFileError(path: path, line: row.line, message: "duplicate word '\(word)'")
            }
        }
        return CompoundTenses(words: words)
    }

    /// Whether the participle that starts at `start` follows an auxiliary: a form of avoir, or a
    /// form of être after a reflexive pronoun, with at most ``adverbLimit`` adverbs between
    /// (listed, or ending in "ment"), on the same line and with nothing but spaces between words.
    func precedesVerb(_ start: Int, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard !words.isEmpty else { return false }
        var end = start
        var adverbs = 0
        while let word = Self.word(before: end, in: units) {
            let text = Self.lowercase(units, word.range)
            switch words[text] {
            case .avoir: return true
            case .être: return isReflexive(before: word.range.lowerBound, in: units)
            case .adverb: break
            case .reflexive: return false
            case nil: guard text.count > 5, text.hasSuffix("ment") else { return false }
            }
            adverbs += 1
            guard adverbs <= Self.adverbLimit, !word.elided else { return false }
            end = word.range.lowerBound
        }
        return false
    }

    /// Whether a reflexive pronoun comes before `start`: elided ("s'est") or a word ("se sont").
    private func isReflexive(before start: Int, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard let word = Self.word(before: start, in: units) else { return false }
        return words[Self.lowercase(units, word.range)] == .reflexive
    }

    /// The word that ends right before `end`, after spaces or an apostrophe (then `elided`: the
    /// word before it is elided, "s'" of "s'est"); nil after any other character.
    private static func word(
        before end: Int, in units: UnsafeBufferPointer<UInt16>
    ) -> (range: Range<Int>, elided: Bool)? {
        var index = end
        var elided = false
        if index > 0, CharacterTables.isApostrophe(units[index - 1]) {
            index -= 1
            elided = true
        } else {
            while index > 0, CharacterTables.isInlineSpace(units[index - 1]) {
                index -= 1
            }
            guard index < end else { return nil }
        }
        var first = index
        while first > 0, index - first < 24, CharacterTables.classes[Int(units[first - 1])] & CharacterTables.word != 0
        {
            first -= 1
        }
        guard first < index else { return nil }
        return (first..<index, elided)
    }

    private static func lowercase(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: units[range]), as: UTF16.self).lowercased()
    }
}
