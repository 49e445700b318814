import FrenchText

/// The plural and feminine forms of a French word, kept only when Snowball agrees.
///
/// French nouns and adjectives inflect by suffix: "-s"/"-x" for the plural ("cyberattaques",
/// "généraux"), "-e" and its variants for the feminine ("aérienne", "bilatérale", "active").
/// The rules below overgenerate on purpose; a candidate is kept only when its Snowball stem is
/// the stem of the word, so "relation" gives "relations" but never "relationne". Generated at
/// compile time, so matching needs no stemmer: a text token is one table lookup.
///
/// Words are handled as UTF-8 bytes (NFC, lowercase): suffix tests on `String` compare
/// `Character`s and were the main cost of compiling the lexicon.
enum Inflections {
    /// Masculine ↔ feminine endings.
    static let genderPairs: [([UInt8], [UInt8])] = [
        ("eux", "euse"), ("eur", "euse"), ("teur", "trice"), ("ien", "ienne"), ("éen", "éenne"), ("el", "elle"),
        ("on", "onne"), ("er", "ère"), ("et", "ette"), ("if", "ive"), ("f", "ve"), ("en", "enne"), ("ul", "ulle"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// The word and its inflected forms (lowercase, accents kept), validated by `stemmer`: its
    /// plural or singular, and with `genders` its feminine or masculine forms too.
    static func forms(of word: String, stemmer: FrenchStemmer, genders: Bool = true) -> [String] {
        let base = word.lowercased()
        let bytes = Array(base.utf8)
        var candidates: [[UInt8]] = [bytes]
        candidates += singulars(of: bytes)
        if genders {
            for form in candidates { candidates += Self.genders(of: form) }
        }
        for form in candidates { candidates += plurals(of: form) }
        let stem = stemmer.stem(base)
        var seen = Set<[UInt8]>()
        var kept: [[UInt8]] = []
        for candidate in candidates where seen.insert(candidate).inserted {
            if candidate == bytes || stemmer.stem(String(decoding: candidate, as: UTF8.self)) == stem {
                kept.append(candidate)
            }
        }
        // The regular plural of a kept form is its plural whatever Snowball says: it keeps the
        // "s" of "emplois" and "essais", and reads "dealers" as the noun of the verb "dealer".
        var plurals: [[UInt8]] = []
        for form in kept {
            for plural in Self.plurals(of: form) where !kept.contains(plural) && !plurals.contains(plural) {
                plurals.append(plural)
            }
        }
        return (kept + plurals).map { String(decoding: $0, as: UTF8.self) }
    }

    static func ends(_ word: [UInt8], _ suffix: [UInt8]) -> Bool {
        word.count > suffix.count && word[(word.count - suffix.count)...].elementsEqual(suffix)
    }

    static func ends(_ word: [UInt8], _ suffix: String) -> Bool { ends(word, Array(suffix.utf8)) }

    static func singulars(of word: [UInt8]) -> [[UInt8]] {
        var result: [[UInt8]] = []
        if ends(word, "eaux") { result.append(Array(word.dropLast())) }
        if ends(word, "aux") {
            let root = Array(word.dropLast(3))
            result += [root + Array("al".utf8), root + Array("ail".utf8)]
        }
        if ends(word, "s") || ends(word, "x") { result.append(Array(word.dropLast())) }
        return result
    }

    static func plurals(of word: [UInt8]) -> [[UInt8]] {
        if ends(word, "s") || ends(word, "x") || ends(word, "z") { return [] }
        var result = [word + [UInt8(ascii: "s")]]
        if ends(word, "al") { result.append(word.dropLast(2) + Array("aux".utf8)) }
        if ends(word, "ail") { result.append(word.dropLast(3) + Array("aux".utf8)) }
        if ends(word, "au") || ends(word, "eu") { result.append(word + [UInt8(ascii: "x")]) }
        return result
    }

    static func genders(of word: [UInt8]) -> [[UInt8]] {
        var result: [[UInt8]] = []
        if ends(word, "e") {
            result.append(Array(word.dropLast()))
        } else {
            result.append(word + [UInt8(ascii: "e")])
        }
        for (masculine, feminine) in genderPairs {
            if ends(word, feminine) { result.append(word.dropLast(feminine.count) + masculine) }
            if ends(word, masculine) { result.append(word.dropLast(masculine.count) + feminine) }
        }
        return result
    }
}
