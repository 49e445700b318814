import FrenchText

/// The English plural of a gloss whose French is written in the plural: "des frappes aériennes
/// [air strikes]", where the lexicon gives the singular ("air strike").
///
/// A termbase lists the singular; a reader of the glossed text expects the gloss to agree with
/// the French it follows. Only a plain noun phrase in lowercase takes a plural: its head noun
/// (the word before the first preposition, "prisoners of war", else the last word) gets the
/// regular English plural. Left as they are: names and acronyms (any capital), phrases with
/// "and", "or", a comma, brackets or a slash, phrases that open with a gerund ("harbouring a
/// criminal") or hold a clause ("person holding public authority"), heads that are participles
/// ("radicalised", "held incommunicado"), adjectives ("admissible in evidence") or particles
/// ("turn back"), heads that already end in -s, and the nouns of
/// `Lexicons/fr-en/english-uncountables.txt` ("violence", "custody", "modus operandi").
public struct EnglishPlural: Sendable {
    /// Head nouns that take no plural, lowercase.
    public let uncountables: Set<String>

    public init(uncountables: Set<String>) {
        self.uncountables = uncountables
    }

    /// The file of uncountable nouns in a `Lexicons/fr-en` folder.
    public static let fileName = "english-uncountables.txt"

    /// The uncountable nouns of a `Lexicons/fr-en` folder, one word a line (a line that is not
    /// is refused with its number); none when the file is absent.
    public static func load(directory: String) throws(DataFileError) -> EnglishPlural {
        let words = try MatcherResources.optionalWords(directory + "/" + fileName)
        return EnglishPlural(uncountables: Set(words.map { $0.lowercased() }))
    }

    /// Whether `written` is a French form in the plural where `form`, the lexicon's, is in the
    /// singular: its first word takes an -s or -x, or -al becomes -aux ("frappes aériennes" of
    /// "frappe aérienne", "généraux" of "général"). A form whose first word already ends in s,
    /// x or z ("procès") is the same in both numbers and says nothing.
    public static func isFrenchPlural(_ written: String, of form: String) -> Bool {
        guard let writtenWord = firstWord(written), let formWord = firstWord(form),
            let last = formWord.last, !"sxz".contains(last)
        else { return false }
        if writtenWord == formWord + "s" || writtenWord == formWord + "x" { return true }
        return formWord.hasSuffix("al") && writtenWord == formWord.dropLast(2) + "aux"
    }

    /// The plural of an English rendering, or nil when it keeps its number (see the type's summary).
    public func plural(of english: String) -> String? {
        guard english == english.lowercased(), !english.contains(where: { "(),;/[]".contains($0) }) else { return nil }
        let words = english.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard !words.contains(where: { ["and", "or", "a", "an", "not"].contains($0) }),
            let first = words.first, !first.hasSuffix("ing")
        else { return nil }
        // The head: the word before the first preposition, or the last word; a title with its
        // adjective after it takes the plural on the noun ("prosecutors general").
        var head = (words.firstIndex(where: Self.prepositions.contains) ?? words.count) - 1
        if head >= 1, Self.postpositives.contains(words[head]) { head -= 1 }
        guard head >= 0, !Self.participles.contains(first) else { return nil }
        // A clause inside the phrase ("person holding public authority") hides its head; a
        // gerund that names an activity ("money laundering offence") does not.
        guard !words[..<head].contains(where: { $0.hasSuffix("ing") && !uncountables.contains($0) }) else { return nil }
        let noun = words[head]
        guard noun.count >= 3, Self.irregulars[noun] != nil || !noun.hasSuffix("s"), !noun.hasSuffix("ed"),
            !noun.hasSuffix("ing"), !noun.hasSuffix("ible"), !noun.hasSuffix("able"), !Self.particles.contains(noun),
            !Self.participles.contains(noun), !uncountables.contains(noun),
            !uncountables.contains(noun.split(separator: "-").last.map(String.init) ?? noun)
        else { return nil }
        var plural = words
        plural[head] = Self.plural(ofNoun: noun)
        return plural.joined(separator: " ")
    }

    /// The regular plural of one noun, with the irregular endings news vocabulary meets.
    static func plural(ofNoun noun: String) -> String {
        if let irregular = irregulars[noun] { return irregular }
        if noun.hasSuffix("man") { return noun.dropLast(3) + "men" }
        if noun.hasSuffix("sh") || noun.hasSuffix("ch") || noun.hasSuffix("x") || noun.hasSuffix("z") {
            return noun + "es"
        }
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !"aeiou".contains(before) {
            return noun.dropLast() + "ies"
        }
        return noun + "s"
    }

    private static func firstWord(_ text: String) -> String? {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).first.map(String.init)
    }

    /// Words that end the head noun of a phrase.
    static let prepositions: Set<String> = [
        "of", "against", "for", "in", "on", "to", "with", "by", "from", "under", "at", "without", "into", "between",
    ]
    /// The particles that end a phrasal verb ("turn back"), never a noun phrase's head.
    static let particles: Set<String> = ["back", "out", "up", "down", "off", "away", "over", "around"]
    /// Adjectives that follow their noun in titles ("attorney general", "court martial").
    static let postpositives: Set<String> = ["general", "martial"]
    /// Irregular past participles that end an English rendering of a French participle.
    static let participles: Set<String> = [
        "held", "taken", "caught", "brought", "found", "kept", "sent", "sought", "given", "shot", "hit", "left",
        "struck", "stolen", "hidden", "written", "known", "seen", "put", "set", "bound", "built", "won",
    ]
    static let irregulars: [String: String] = [
        "child": "children", "thief": "thieves", "knife": "knives", "life": "lives", "embargo": "embargoes",
        "torpedo": "torpedoes", "veto": "vetoes", "hero": "heroes", "cargo": "cargoes", "echo": "echoes",
        "crisis": "crises", "analysis": "analyses", "criterion": "criteria", "phenomenon": "phenomena",
    ]
}
