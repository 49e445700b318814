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
/// Faster than ICU's word iterator (which the matcher does not need): a token is a run of word
/// units (letters, digits, marks); a single hyphen between two runs joins them ("cessez-le-feu"),
/// an apostrophe inside a run splits an elided form from the rest ("l'OTAN" → "l'" + "OTAN",
/// elided forms from `Lexicons/fr/elisions.txt`) and is otherwise kept ("aujourd'hui").
/// Apostrophe variants (’ ‘ ʼ) and spaces (NBSP, NNBSP) need no normalization pass: they are
/// classified here.
///
/// - Complexity: O(*n*) in the number of units.
struct TokenScanner: Sendable {
    /// Elided forms, folded, without apostrophe.
    let elisions: Set<[UInt16]>
    let longestElision: Int

    init(elisions: Set<String>) {
        var forms = Set<[UInt16]>()
        for form in elisions {
            var key: [UInt16] = []
            KeyBuilder.appendFolded(Array(form.utf16)[...], to: &key)
            forms.insert(key)
        }
        self.elisions = forms
        longestElision = forms.map(\.count).max() ?? 0
    }

    /// Appends the tokens of `units` to `tokens`.
    func scan(_ units: UnsafeBufferPointer<UInt16>, into tokens: inout [ScannedToken]) {
        let count = units.count
        var index = 0
        let word = CharacterTables.wordUnit
        let upper = CharacterTables.upper
        word.withUnsafeBufferPointer { word in
            upper.withUnsafeBufferPointer { upper in
                while index < count {
                    // Skip to the next word unit.
                    while index < count, word[Int(units[index])] == 0 { index += 1 }
                    guard index < count else { break }
                    var start = index
                    var hasUpper = false
                    var hasHyphen = false
                    var hasApostrophe = -1
                    while index < count {
                        let unit = units[index]
                        if word[Int(unit)] != 0 {
                            if upper[Int(unit)] != 0 { hasUpper = true }
                            index += 1
                            continue
                        }
                        // A joiner between two word units stays inside the token.
                        if index + 1 < count, word[Int(units[index + 1])] != 0 {
                            if CharacterTables.isHyphen(unit) {
                                hasHyphen = true
                                index += 1
                                continue
                            }
                            if CharacterTables.isApostrophe(unit) {
                                if hasApostrophe < 0, !hasHyphen, isElision(units, start..<index) {
                                    tokens.append(
                                        ScannedToken(
                                            start: Int32(start), end: Int32(index + 1), isElision: true, hasUpper: hasUpper,
                                            hasHyphen: false))
                                    index += 1
                                    start = index
                                    hasUpper = false
                                    continue
                                }
                                hasApostrophe = index
                                index += 1
                                continue
                            }
                        }
                        break
                    }
                    tokens.append(
                        ScannedToken(
                            start: Int32(start), end: Int32(index), isElision: false, hasUpper: hasUpper, hasHyphen: hasHyphen))
                }
            }
        }
    }

    /// Whether `units[range]` is an elided form ("l", "qu", "jusqu").
    func isElision(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        guard range.count <= longestElision else { return false }
        var key: [UInt16] = []
        key.reserveCapacity(range.count)
        KeyBuilder.appendFolded(units[range], to: &key)
        return elisions.contains(key)
    }
}
