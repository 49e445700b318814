import FrenchText

/// The French word lists the matcher needs besides the lexicon, from `Lexicons/fr/`.
public struct MatcherResources: Sendable {
    /// Elided forms, without apostrophe ("l", "qu", "jusqu").
    public var elisions: Set<String>
    /// Nationality adjectives allowed inside an institution's name ("ministère qatari de l'Intérieur").
    public var nationalityAdjectives: [String]
    /// Small words an acronym leaves out of a name's initials ("de", "des" in "Autorité de
    /// protection des données (APD)").
    public var acronymConnectors: [String]
    /// Words that many bodies' names share ("agence", "nationale", "office"): they do not show
    /// that a name the text spells out is the lexicon's.
    public var genericNameWords: [String]
    /// Words that name a country, by ISO code (`country-cues.tsv`): a short acronym of one
    /// country's body is glossed only in a text that holds one of its country's.
    public var countryCues: [(code: String, cue: String)]
    /// Words that may be joined by a hyphen before a term ("ex-député") or after it
    /// ("témoin-clé") without changing what it means (`hyphen-compounds.tsv`).
    public var compoundPrefixes: [String]
    public var compoundSuffixes: [String]
    /// Nouns that are also past participles ("accusé", "insurgé"): after an auxiliary they are the
    /// verb, and the noun's entry does not match them.
    public var participleNouns: [String]
    /// The words of French compound tenses that make a participle after them a verb.
    public var compoundTenses: CompoundTenses

    public init(
        elisions: Set<String>, nationalityAdjectives: [String] = [], acronymConnectors: [String] = [],
        genericNameWords: [String] = [], countryCues: [(code: String, cue: String)] = [],
        compoundPrefixes: [String] = [], compoundSuffixes: [String] = [], participleNouns: [String] = [],
        compoundTenses: CompoundTenses = CompoundTenses()
    ) {
        self.elisions = elisions
        self.nationalityAdjectives = nationalityAdjectives
        self.acronymConnectors = acronymConnectors
        self.genericNameWords = genericNameWords
        self.countryCues = countryCues
        self.compoundPrefixes = compoundPrefixes
        self.compoundSuffixes = compoundSuffixes
        self.participleNouns = participleNouns
        self.compoundTenses = compoundTenses
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
    public static let connectorsFile = "acronym-connectors.txt"
    public static let genericNameWordsFile = "acronym-generic-words.txt"
    public static let countryCuesFile = "country-cues.tsv"
    public static let hyphenCompoundsFile = "hyphen-compounds.tsv"
    public static let participleNounsFile = "participle-nouns.txt"
    public static let compoundTensesFile = "compound-tenses.tsv"

    /// Reads `elisions.txt`, and `nationality-adjectives.txt`, `acronym-connectors.txt`,
    /// `acronym-generic-words.txt`, `country-cues.tsv`, `hyphen-compounds.tsv`,
    /// `participle-nouns.txt` and `compound-tenses.tsv` when present, of a `Lexicons/fr` folder.
    public static func load(directory: String) throws(DataFileError) -> MatcherResources {
        let elisions = try words(directory + "/" + elisionsFile)
        let tensesPath = directory + "/" + compoundTensesFile
        let cuesPath = directory + "/" + countryCuesFile
        let compoundsPath = directory + "/" + hyphenCompoundsFile
        let compounds = (try? DataFile.readBytes(compoundsPath)) == nil ? [] : try hyphenCompounds(compoundsPath)
        return MatcherResources(
            elisions: Set(elisions), nationalityAdjectives: try optionalWords(directory + "/" + adjectivesFile),
            acronymConnectors: try optionalWords(directory + "/" + connectorsFile),
            genericNameWords: try optionalWords(directory + "/" + genericNameWordsFile),
            countryCues: (try? DataFile.readBytes(cuesPath)) == nil ? [] : try countryCues(cuesPath),
            compoundPrefixes: compounds.filter { !$0.after }.map(\.word),
            compoundSuffixes: compounds.filter(\.after).map(\.word),
            participleNouns: try optionalWords(directory + "/" + participleNounsFile),
            compoundTenses: (try? DataFile.readBytes(tensesPath)) == nil
                ? CompoundTenses() : try CompoundTenses.load(path: tensesPath))
    }

    /// The words of a list file, or none when the file does not exist (a lexicon folder of an
    /// earlier version).
    static func optionalWords(_ path: String) throws(DataFileError) -> [String] {
        guard (try? DataFile.readBytes(path)) != nil else { return [] }
        return try words(path)
    }

    /// The rows of `country-cues.tsv`: a two-letter code in capitals and a cue holding a letter.
    static func countryCues(_ path: String) throws(DataFileError) -> [(code: String, cue: String)] {
        let rows = try DataFile.rows(ofTSV: DataFile.readText(path), path: path, header: ["code", "cue"])
        return try rows.map { row throws(DataFileError) in
            let code = row.cells[0]
            guard code.count == 2, code.unicodeScalars.allSatisfy({ $0.value >= 0x41 && $0.value <= 0x5A }) else {
                throw DataFileError(
                    path: path, line: row.line, message: "expected a country code like MA, found '\(code)'")
            }
            guard row.cells[1].contains(where: \.isLetter) else {
                throw DataFileError(
                    path: path, line: row.line, message: "expected a word or a phrase, found '\(row.cells[1])'")
            }
            return (code, row.cells[1])
        }
    }

    /// The rows of `hyphen-compounds.tsv`: a word of letters and the side of the term it stands on.
    static func hyphenCompounds(_ path: String) throws(DataFileError) -> [(word: String, after: Bool)] {
        let rows = try DataFile.rows(ofTSV: DataFile.readText(path), path: path, header: ["word", "side"])
        return try rows.map { row throws(DataFileError) in
            let word = row.cells[0]
            guard !word.isEmpty, word.allSatisfy(\.isLetter) else {
                throw DataFileError(path: path, line: row.line, message: "expected one word, found '\(word)'")
            }
            switch row.cells[1] {
            case "before": return (word, false)
            case "after": return (word, true)
            default:
                throw DataFileError(
                    path: path, line: row.line, message: "unknown side '\(row.cells[1])' (expected before or after)")
            }
        }
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
