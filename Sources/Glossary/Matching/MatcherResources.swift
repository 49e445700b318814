import FrenchText

/// The French word lists the matcher needs besides the lexicon, from `Lexicons/fr/`.
public struct MatcherResources: Sendable {
    /// Elided forms, without apostrophe ("l", "qu", "jusqu").
    public var elisions: Set<String>
    /// Nationality adjectives allowed inside an institution's name ("ministère qatari de l'Intérieur").
    public var nationalityAdjectives: [String]

    public init(elisions: Set<String>, nationalityAdjectives: [String] = []) {
        self.elisions = elisions
        self.nationalityAdjectives = nationalityAdjectives
    }

    /// The file of general vocabulary in a `Lexicons/fr-en` folder.
    public static let generalVocabularyFile = "general-vocabulary.txt"

    /// The French terms of `Lexicons/fr-en/general-vocabulary.txt` (empty when the file is absent):
    /// matched, but not listed in glossaries by default.
    public static func generalVocabulary(directory: String) throws(DataFileError) -> [String] {
        let path = directory + "/" + generalVocabularyFile
        guard (try? DataFile.readBytes(path)) != nil else { return [] }
        return DataFile.lines(of: try DataFile.readText(path)).map { String($0.text) }
    }

    /// The files read from a `Lexicons/fr` folder.
    public static let elisionsFile = "elisions.txt"
    public static let adjectivesFile = "nationality-adjectives.txt"

    /// Reads `elisions.txt` and `nationality-adjectives.txt` (optional) of a `Lexicons/fr` folder.
    public static func load(directory: String) throws(DataFileError) -> MatcherResources {
        let elisions = try words(directory + "/" + elisionsFile)
        var adjectives: [String] = []
        let adjectivesPath = directory + "/" + adjectivesFile
        if (try? DataFile.readBytes(adjectivesPath)) != nil { adjectives = try words(adjectivesPath) }
        return MatcherResources(elisions: Set(elisions), nationalityAdjectives: adjectives)
    }

    static func words(_ path: String) throws(DataFileError) -> [String] {
        var result: [String] = []
        for (line, word) in DataFile.lines(of: try DataFile.readText(path)) {
            guard word.allSatisfy({ $0.isLetter || $0 == "-" }) else {
                throw DataFileError(path: path, line: line, message: "expected one word, found '\(word)'")
            }
            result.append(String(word))
        }
        return result
    }
}
