/// The French rules of the sentence segmenter, loaded from `Lexicons/fr/`.
///
/// The rules are data so that editors can extend them without touching code; see
/// `Lexicons/fr/README.md` for each file's format and source.
public struct SegmentationRules: Sendable {
    /// How a period after an abbreviation behaves.
    public enum AbbreviationClass: String, Sendable, CaseIterable {
        /// The period never ends a sentence ("M. Dupont", "cf. le rapport").
        case never
        /// The period ends a sentence only before a capitalised word ("dans le Var. Les …").
        case lowercase
        /// The period ends a sentence only before a sentence-starter word ("av. J.-C. Les …").
        case starter
    }

    /// Abbreviations keyed by their UTF-16 form, final period included.
    let abbreviations: [[UInt16]: AbbreviationClass]
    /// Capitalised words that open sentences, keyed by their UTF-16 form.
    let sentenceStarters: Set<[UInt16]>
    /// Capitalised words that begin surnames ("Le Pen", "De Gaulle"), keyed by UTF-16 form.
    let nameParticles: Set<[UInt16]>
    /// The same particles in lowercase ("de", "la" of "Jean De la Fontaine"): after a particle,
    /// such a word goes on with a surname.
    let lowercaseParticles: Set<[UInt16]>
    /// Lowercase words after which a capitalised starter continues the sentence (function words,
    /// words that introduce a title), keyed by UTF-16 form.
    let titleWords: Set<[UInt16]>
    /// Section headings ("Références", "Liens externes") as UTF-16 units with one space between
    /// words, bucketed by ``headingBucket(last:beforeLast:)`` of their last two units: most words
    /// before a capital end in a way no heading does, and are rejected without reading them.
    let sectionHeadings: [[[UInt16]]]
    /// A bit per bucket of ``sectionHeadings`` that holds a heading, read before the bucket.
    let sectionHeadingBuckets: [UInt64]
    /// Names of months (and days), lowercase, keyed by UTF-16 form: after a packed heading, a
    /// starter and a date open a sentence ("Le 16 mars, les inculpés …").
    let dateWords: Set<[UInt16]>
    /// Names that open like a sentence ("En marche"), as Latin-1-lowercased UTF-16 units with one
    /// space between words: the packed-heading rules do not cut before one.
    let starterNames: [[UInt16]]
    /// Top-level domains that are not French words ("net", "com"), lowercase, keyed by UTF-16
    /// form: a capitalised one glued after a period ends a site's name, not a sentence
    /// ("Cameroon-Info.Net").
    let domainSuffixes: Set<[UInt16]>
    /// Labels that open a credit or caption line when followed by a colon ("crédit photo :"),
    /// Latin-1-lowercased: such a line is never the continuation of the line above, even in
    /// lowercase ("… à Porto-Novo⏎crédit photo : web Trois agents …").
    let creditLabels: [[UInt16]]

    /// The bucket of ``sectionHeadings`` for a word that ends with `beforeLast`, `last`.
    @inline(__always)
    static func headingBucket(last: UInt16, beforeLast: UInt16) -> Int {
        (Int(last) &* 31 &+ Int(beforeLast)) & 1023
    }
    /// For each ASCII first unit, a bit per length (1 to 31) of the sentence starters that begin
    /// with it: rejects most capitalised words without hashing them.
    let starterShapes: [UInt32]
    /// The same for the abbreviations: most words before a period are not looked up.
    let abbreviationShapes: [UInt32]

    /// Creates rules from abbreviations (written with their final period) and sentence starters.
    ///
    /// An abbreviation written in lowercase also matches with a capital first letter.
    public init(
        abbreviations: [String: AbbreviationClass], sentenceStarters: Set<String>, nameParticles: Set<String> = [],
        titleWords: Set<String> = [], sectionHeadings: Set<String> = [], dateWords: Set<String> = [],
        starterNames: Set<String> = [], domainSuffixes: Set<String> = [], creditLabels: Set<String> = []
    ) {
        var table: [[UInt16]: AbbreviationClass] = [:]
        for (form, kind) in abbreviations {
            table[Array(form.utf16)] = kind
            if let first = form.first, first.isLowercase {
                let capitalised = first.uppercased() + form.dropFirst()
                if table[Array(capitalised.utf16)] == nil { table[Array(capitalised.utf16)] = kind }
            }
        }
        self.abbreviations = table
        self.sentenceStarters = Set(sentenceStarters.map { Array($0.utf16) })
        self.nameParticles = Set(nameParticles.map { Array($0.utf16) })
        self.lowercaseParticles = Set(nameParticles.map { Array($0.lowercased().utf16) })
        self.titleWords = Set(titleWords.map { Array($0.utf16) })
        self.dateWords = Set(dateWords.map { Array($0.utf16) })
        self.starterNames = starterNames.sorted().map { $0.utf16.map(UTF16Classes.latin1Lowercase) }
        self.domainSuffixes = Set(domainSuffixes.map { Array($0.lowercased().utf16) })
        // Longest first, so that "crédit photo" is tried before "crédit".
        self.creditLabels = creditLabels.map { $0.utf16.map(UTF16Classes.latin1Lowercase) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
        var buckets = [[[UInt16]]](repeating: [], count: 1024)
        for heading in sectionHeadings.sorted() {
            let units = Array(heading.utf16)
            guard units.count >= 2 else { continue }
            buckets[Self.headingBucket(last: units[units.count - 1], beforeLast: units[units.count - 2])].append(units)
        }
        self.sectionHeadings = buckets
        var bits = [UInt64](repeating: 0, count: 16)
        for (index, bucket) in buckets.enumerated() where !bucket.isEmpty {
            bits[index >> 6] |= 1 << UInt64(index & 63)
        }
        self.sectionHeadingBuckets = bits
        self.starterShapes = Self.shapes(of: self.sentenceStarters)
        self.abbreviationShapes = Self.shapes(of: table.keys)
    }

    /// For each ASCII first unit, a bit per length (1 to 31) of the words that begin with it.
    static func shapes(of words: some Sequence<[UInt16]>) -> [UInt32] {
        var shapes = [UInt32](repeating: 0, count: 128)
        for word in words {
            guard let first = word.first, first < 128, word.count < 32 else { continue }
            shapes[Int(first)] |= 1 << UInt32(word.count)
        }
        return shapes
    }

    /// Whether a word of `length` units starting with `first` may be in a list of `shapes`
    /// (words with a non-ASCII first unit or of 32 units or more are always looked up).
    @inline(__always)
    static func mayContain(_ shapes: [UInt32], first: UInt16, length: Int) -> Bool {
        first >= 128 || length >= 32 || shapes[Int(first)] & (1 << UInt32(length)) != 0
    }

    /// The class of an abbreviation written as in text, with its final period.
    public func abbreviationClass(_ form: String) -> AbbreviationClass? { abbreviations[Array(form.utf16)] }

    /// The file names read by ``load(directory:)``.
    public static let abbreviationsFile = "abbreviations.tsv"
    public static let sentenceStartersFile = "sentence-starters.txt"
    public static let nameParticlesFile = "name-particles.txt"
    public static let titleWordsFile = "title-words.txt"
    public static let sectionHeadingsFile = "section-headings.txt"
    public static let dateWordsFile = "date-words.txt"
    public static let starterNamesFile = "starter-names.txt"
    public static let domainSuffixesFile = "domain-suffixes.txt"
    public static let creditLabelsFile = "credit-labels.txt"

    /// Loads `abbreviations.tsv`, `sentence-starters.txt`, `name-particles.txt`,
    /// `title-words.txt`, `section-headings.txt`, `date-words.txt`, `starter-names.txt`,
    /// `domain-suffixes.txt` and `credit-labels.txt` from a `Lexicons/fr` directory.
    ///
    /// - Throws: ``DataFileError`` with file and line for a missing file, a bad header, a row
    ///   with the wrong number of columns, an unknown class, a form without its final period or
    ///   a duplicate.
    public static func load(directory: String) throws(DataFileError) -> SegmentationRules {
        let abbreviationPath = directory + "/" + abbreviationsFile
        let rows = try DataFile.rows(
            ofTSV: DataFile.readText(abbreviationPath), path: abbreviationPath,
            header: ["abbreviation", "class", "note"])
        var abbreviations: [String: AbbreviationClass] = [:]
        for row in rows {
            let form = row.cells[0]
            guard let kind = AbbreviationClass(rawValue: row.cells[1]) else {
                throw DataFileError(
                    path: abbreviationPath, line: row.line,
                    message: "unknown class '\(row.cells[1])' (expected never, lowercase or starter)")
            }
            guard form.count > 1, form.last == "." else {
                throw DataFileError(
                    path: abbreviationPath, line: row.line, message: "'\(form)' must end with its period")
            }
            guard abbreviations[form] == nil else {
                throw DataFileError(path: abbreviationPath, line: row.line, message: "duplicate abbreviation '\(form)'")
            }
            abbreviations[form] = kind
        }
        let starters = try wordList(directory + "/" + sentenceStartersFile)
        let particles = try wordList(directory + "/" + nameParticlesFile)
        let titleWords = try wordList(directory + "/" + titleWordsFile)
        let headings = try phraseList(directory + "/" + sectionHeadingsFile)
        let dateWords = try wordList(directory + "/" + dateWordsFile)
        let starterNames = try phraseList(directory + "/" + starterNamesFile)
        let domainSuffixes = try wordList(directory + "/" + domainSuffixesFile)
        let creditLabels = try phraseList(directory + "/" + creditLabelsFile)
        return SegmentationRules(
            abbreviations: abbreviations, sentenceStarters: starters, nameParticles: particles, titleWords: titleWords,
            sectionHeadings: headings, dateWords: dateWords, starterNames: starterNames,
            domainSuffixes: domainSuffixes, creditLabels: creditLabels)
    }

    /// Reads a list of phrases, one a line, words separated by one space, refusing tabs, other
    /// spacing and duplicates.
    static func phraseList(_ path: String) throws(DataFileError) -> Set<String> {
        try entries(of: path, named: "heading", expected: "words separated by one space") { phrase in
            !phrase.contains(where: { $0.isWhitespace && $0 != " " }) && !phrase.contains("  ")
                && phrase.first != " " && phrase.last != " "
        }
    }

    /// Reads a list of single words, one a line, refusing blanks inside a line and duplicates.
    static func wordList(_ path: String) throws(DataFileError) -> Set<String> {
        try entries(of: path, named: "word", expected: "one word") { word in
            !word.contains(where: { $0 == " " || $0 == "\t" })
        }
    }

    /// The entries of a list file, one a line, each accepted by `isWellFormed`; a malformed or a
    /// repeated entry is an error naming its line.
    static func entries(
        of path: String, named noun: String, expected: String, isWellFormed: (Substring) -> Bool
    ) throws(DataFileError) -> Set<String> {
        var entries: Set<String> = []
        for (line, entry) in DataFile.lines(of: try DataFile.readText(path)) {
            guard isWellFormed(entry) else {
                throw DataFileError(path: path, line: line, message: "expected \(expected), found '\(entry)'")
            }
            guard entries.insert(String(entry)).inserted else {
                throw DataFileError(path: path, line: line, message: "duplicate \(noun) '\(entry)'")
            }
        }
        return entries
    }
}
