import FrenchText

/// The plural and feminine forms of a French word, kept only when Snowball agrees.
///
/// French nouns and adjectives inflect by suffix: "-s"/"-x" for the plural ("cyberattaques",
/// "généraux"), "-e" and its variants for the feminine ("aérienne", "bilatérale", "active").
/// The rules below overgenerate on purpose; a candidate is kept only when its Snowball stem is
/// the stem of the word, so "relation" gives "relations" but never "relationne". Generated at
/// compile time, so matching needs no stemmer: a text token is one table lookup.
enum Inflections {
    /// Masculine ↔ feminine endings (longest first).
    static let genderPairs: [(String, String)] = [
        ("eux", "euse"), ("eur", "euse"), ("teur", "trice"), ("ien", "ienne"), ("éen", "éenne"), ("el", "elle"),
        ("on", "onne"), ("er", "ère"), ("et", "ette"), ("if", "ive"), ("f", "ve"), ("en", "enne"), ("ul", "ulle"),
    ]

    /// The word and its inflected forms (lowercase, accents kept), validated by `stemmer`.
    static func forms(of word: String, stemmer: FrenchStemmer) -> Set<String> {
        let base = word.lowercased()
        var candidates: Set<String> = [base]
        // Singulars and masculines of the given form, then feminines, then plurals of all.
        for singular in singulars(of: base) { candidates.insert(singular) }
        for form in Array(candidates) {
            for other in genders(of: form) { candidates.insert(other) }
        }
        for form in Array(candidates) {
            for plural in plurals(of: form) { candidates.insert(plural) }
        }
        let stem = stemmer.stem(base)
        return candidates.filter { $0 == base || stemmer.stem($0) == stem }
    }

    static func singulars(of word: String) -> [String] {
        var result: [String] = []
        if word.hasSuffix("eaux") { result.append(String(word.dropLast())) }
        if word.hasSuffix("aux") {
            let root = word.dropLast(3)
            result += [root + "al", root + "ail"]
        }
        if word.hasSuffix("s") || word.hasSuffix("x") { result.append(String(word.dropLast())) }
        return result
    }

    static func plurals(of word: String) -> [String] {
        if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("z") { return [] }
        var result = [word + "s"]
        if word.hasSuffix("al") { result.append(word.dropLast(2) + "aux") }
        if word.hasSuffix("ail") { result.append(word.dropLast(3) + "aux") }
        if word.hasSuffix("eau") || word.hasSuffix("au") || word.hasSuffix("eu") { result.append(word + "x") }
        return result
    }

    static func genders(of word: String) -> [String] {
        var result: [String] = []
        if word.hasSuffix("e") {
            result.append(String(word.dropLast()))
        } else {
            result.append(word + "e")
        }
        for (masculine, feminine) in genderPairs {
            if word.hasSuffix(feminine) { result.append(word.dropLast(feminine.count) + masculine) }
            if word.hasSuffix(masculine) { result.append(word.dropLast(masculine.count) + feminine) }
        }
        return result
    }
}
