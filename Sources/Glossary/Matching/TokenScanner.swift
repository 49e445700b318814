/// A token found by ``TokenScanner``: UTF-16 offsets in the scanned units and what it looks like.
struct ScannedToken: Sendable, Equatable {
    var start: Int32
    var end: Int32
    /// An elided article or pronoun with its apostrophe: "l'", "d'", "qu'".
    var isElision: Bool
    /// Whether it has an uppercase letter (only then can it match a case-sensitive form).
    var hasUpper: Bool
    /// Whether it holds a hyphen between two word parts ("cessez-le-feu", "DGSN-DGST").
    var hasHyphen: Bool
}

/// Splits French text into the tokens the glossary matches on, in one pass over UTF-16 units.
///
/// Faster than ICU's word iterator, which the matcher does not need: a token is a run of word
/// units (letters, digits, marks); a single hyphen between two runs joins them ("cessez-le-feu"),
/// an apostrophe inside a run splits an elided form from the rest ("l'OTAN" → "l'" + "OTAN",
/// elided forms from `Lexicons/fr/elisions.txt`) and is otherwise kept ("aujourd'hui").
/// Apostrophe variants (’ ‘ ʼ) and spaces (NBSP, NNBSP) need no normalization pass: they are
/// classified here.
///
/// - Complexity: O(*n*) in the number of units.
struct TokenScanner: Sendable {
    /// Elided forms (folded keys, without apostrophe).
    let elisions: KeyTable
    let longestElision: Int

    init(elisions: Set<String>) {
        var table = Vocabulary(capacity: 64)
        var longest = 0
        for form in elisions.sorted() {
            let key = KeyBuilder.folded(form)
            table.insert(key, symbol: 1)
            longest = max(longest, key.count)
        }
        self.elisions = KeyTable(table)
        longestElision = longest
    }

    /// Appends the tokens of `units` to `tokens`.
    func scan(_ units: UnsafeBufferPointer<UInt16>, into tokens: inout [ScannedToken]) {
        CharacterTables.classes.withUnsafeBufferPointer { classes in
            CharacterTables.fold.withUnsafeBufferPointer { fold in
                scan(units, classes: classes, fold: fold, into: &tokens)
            }
        }
    }

    /// Appends the tokens of `units` to `tokens`, with the tables at hand.
    func scan(
        _ units: UnsafeBufferPointer<UInt16>, classes: UnsafeBufferPointer<UInt8>, fold: UnsafeBufferPointer<UInt32>,
        into tokens: inout [ScannedToken]
    ) {
        let count = units.count
        let word = CharacterTables.word
        let upper = CharacterTables.upper
        var index = 0
        while index < count {
            // Skip to the next word unit.
            while index < count, classes[Int(units[index])] & word == 0 { index += 1 }
            guard index < count else { break }
            var start = index
            var hasUpper = false
            var hasHyphen = false
            var keptApostrophe = false
            while index < count {
                let unit = units[index]
                let unitClass = classes[Int(unit)]
                if unitClass & word != 0 {
                    if unitClass & upper != 0 { hasUpper = true }
                    index += 1
                    continue
                }
                // A joiner between two word units stays inside the token.
                guard index + 1 < count, classes[Int(units[index + 1])] & word != 0 else { break }
                if CharacterTables.isHyphen(unit) {
                    hasHyphen = true
                    index += 1
                    continue
                }
                guard CharacterTables.isApostrophe(unit) else { break }
                if !keptApostrophe, !hasHyphen, index - start <= longestElision,
                    elisions.symbol(of: units, in: start..<index, map: fold) >= 0
                {
                    tokens.append(
                        ScannedToken(
                            start: Int32(start), end: Int32(index + 1), isElision: true, hasUpper: hasUpper,
                            hasHyphen: false))
                    index += 1
                    start = index
                    hasUpper = false
                    continue
                }
                keptApostrophe = true
                index += 1
            }
            tokens.append(
                ScannedToken(
                    start: Int32(start), end: Int32(index), isElision: false, hasUpper: hasUpper, hasHyphen: hasHyphen))
        }
    }
}
