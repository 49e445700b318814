import FrenchText

/// Buffers reused from one text to the next: matching allocates nothing per token.
///
/// A value passed `inout`, so the hot loop pays no dynamic exclusivity checks; keep one per
/// thread.
public struct MatchScratch {
    var tokens: [ScannedToken] = []
    var units: [MatchUnit] = []
    var stack: [(node: Int32, next: Int32, gap: UInt8)] = []

    public init() {}

    mutating func reset(capacity: Int) {
        tokens.removeAll(keepingCapacity: true)
        units.removeAll(keepingCapacity: true)
        tokens.reserveCapacity(capacity)
        units.reserveCapacity(capacity)
    }
}

/// A token as the trie sees it: where it is, its symbols (-1 when unknown), and whether a
/// sentence ends between it and the token before.
struct MatchUnit {
    var start: Int32
    var end: Int32
    var exact: Int32
    var folded: Int32
    var opensSentence = false
}

extension CompiledMatcher {
    /// The matches in UTF-16 units (offsets into `units`), leftmost-longest, in text order.
    public func matches(in units: UnsafeBufferPointer<UInt16>, scratch: inout MatchScratch) -> [Match] {
        scratch.reset(capacity: units.count / 6)
        CharacterTables.classes.withUnsafeBufferPointer { classes in
            CharacterTables.fold.withUnsafeBufferPointer { fold in
                CharacterTables.exact.withUnsafeBufferPointer { exact in
                    scanner.scan(units, classes: classes, fold: fold, into: &scratch.tokens)
                    symbolize(units, &scratch, classes: classes, fold: fold, exact: exact)
                }
            }
        }
        let found = walk(&scratch) {
            !isName($0, in: units) && keepsCase($0, in: units) && keepsPeriod($0, in: units)
                && keepsFinalAccent($0, in: units) && !isVerb($0, in: units) && !isInsideCompound($0, in: units)
        }
        return AcronymLinker.link(found, units: units, tokens: scratch.units, matcher: self)
    }

    /// Whether a match of a lowercase one-word form is a capitalised word inside a sentence,
    /// that is, part of a name ("Khalid bin Khalifa" is not the Moroccan *khalifa*).
    func isName(_ match: Match, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard match.form >= 0, lowercaseWord[match.entry][match.form],
            CharacterTables.isUpper(units[match.range.lowerBound])
        else { return false }
        var index = match.range.lowerBound - 1
        while index >= 0 {
            let unit = units[index]
            switch unit {
            case 0x20, 0xA0, 0x202F, 0x09: index -= 1
            // After a sentence end, a line break, an opening quote or a colon: a capital is normal.
            case _ where Self.opensSentence.contains(unit): return false
            default: return !isCapitalisedAfterArticle(match, in: units, previous: index)
            }
        }
        return false
    }

    /// Whether a capitalised word comes after an article and before a lowercase word or a
    /// sentence's punctuation: an institution or a title written with a capital of respect ("la
    /// Douane saisit", "le Bâtonnier a rappelé", "l'Ordre considère"). A name takes no article;
    /// a capitalised title followed by a capitalised word is a street's or a ship's name
    /// ("l'avenue du Général Leclerc", "le Commandant Ducuing"); a word in capitals is a
    /// headline's; one that ends its line is a menu's or a heading's ("L'Ambassade", "La
    /// Voix du Combattant"); and an article capitalised inside a sentence opens a title ("par
    /// Le Délit", "© 2025 Le Diplomate"). `previous` is the last unit before the match that is
    /// not a space.
    func isCapitalisedAfterArticle(_ match: Match, in units: UnsafeBufferPointer<UInt16>, previous: Int) -> Bool {
        let isUpper = CharacterTables.isUpper
        func isLetter(at index: Int) -> Bool { index >= 0 && CharacterTables.isLetter(units[index]) }
        // Articles are ASCII: a Latin-1 capital lowered matches none of them either way.
        let lowered = UTF16Text.latin1Lowercase
        guard match.range.count >= 2, !isUpper(units[match.range.lowerBound + 1]) else { return false }
        var next = match.range.upperBound
        while next < units.count, CharacterTables.isInlineSpace(units[next]) { next += 1 }
        guard next < units.count else { return false }
        let following = units[next]
        // A lowercase word, or the punctuation that goes on or ends a sentence: , ; . ) …
        let goesOn = isLetter(at: next) ? !isUpper(following) : [0x2C, 0x3B, 0x2E, 0x29, 0x2026].contains(following)
        guard goesOn else { return false }
        // The article: elided ("l'Ordre", "L’Établissement", any apostrophe the scanner takes)
        // or a word of its own.
        var start = previous
        if CharacterTables.isApostrophe(units[previous]) {
            guard previous >= 1, lowered(units[previous - 1]) == 0x6C, !isLetter(at: previous - 2) else { return false }
            start = previous - 1
        } else {
            while isLetter(at: start - 1) { start -= 1 }
            guard previous - start < 3, Self.articles.contains((start...previous).map { lowered(units[$0]) })
            else { return false }
        }
        guard isUpper(units[start]) else { return true }
        // A capital article opens its sentence, line or quotation, or it opens a title.
        var before = start - 1
        while before >= 0, CharacterTables.isInlineSpace(units[before]) { before -= 1 }
        return before < 0 || Self.opensSentence.contains(units[before])
    }

    /// Units after which a capital is normal: a sentence's end, a line break, an opening quote,
    /// a colon, a bracket or a dash.
    static let opensSentence: Set<UInt16> = [
        0x2E, 0x21, 0x3F, 0x0A, 0x0D, 0x3A, 0xAB, 0x22, 0x201C, 0x2026, 0x28, 0x2D, 0x2013, 0x2014,
    ]

    /// The articles, contracted ones included, that may stand before a capitalised institution.
    static let articles: Set<[UInt16]> = Set(["le", "la", "les", "du", "au", "aux", "des"].map { Array($0.utf16) })

    /// Whether a match of a case-sensitive form has the form's exact case ("khalifa" marked `cs`
    /// does not match "Khalifa").
    func keepsCase(_ match: Match, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard match.form >= 0, let key = caseSensitiveKeys[match.entry][match.form] else { return true }
        var position = 0
        for index in match.range {
            let unit = units[index]
            if CompiledMatcher.isSpace(unit) { continue }
            let mapped = CharacterTables.exact.withUnsafeBufferPointer { CharacterTables.mapped(unit, $0) }
            if mapped == 0 { continue }
            guard position < key.count, key[position] == UInt16(truncatingIfNeeded: mapped) else { return false }
            position += 1
        }
        return position == key.count
    }

    /// Whether a match of a form that ends with an abbreviation ("col.") is followed by its
    /// period, with the abbreviation as short as the form's: the matcher gives a word its
    /// plural, and "cols." is not "col.".
    func keepsPeriod(_ match: Match, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard match.form >= 0 else { return true }
        let length = abbreviationLength[match.entry][match.form]
        guard length > 0 else { return true }
        guard match.range.upperBound < units.count, units[match.range.upperBound] == 0x2E else { return false }
        return CompiledMatcher.lastWordLength(units[match.range]) == length
    }

    /// Whether the text's last word ends as the form's does, a plural's "s" or "x" aside: "é" or
    /// the feminine "ée" for "é", and a plain "e" for a plain "e". Folded keys drop accents, so
    /// without this "accusé" matched "il accuse", "insurgé" "elle s'insurge", "drogue" "drogué",
    /// "écoutes" "il a écouté" and "menottes" "elle a été menottée". A word in capitals is not
    /// checked: capitals often lose their accents ("DROGUE" for "DROGUÉ").
    func keepsFinalAccent(_ match: Match, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard match.form >= 0, match.range.count >= 2 else { return true }
        let wanted = finalVowel[match.entry][match.form]
        guard wanted != .other else { return true }
        var last = match.range.upperBound - 1
        if units[last] == 0x73 || units[last] == 0x78, last - match.range.lowerBound >= 2 { last -= 1 }
        var acute = units[last] == 0xE9
        if units[last] == 0x301, last > match.range.lowerBound, units[last - 1] == 0x65 {
            // "e" and a combining acute: the text is not in NFC.
            acute = true
            last -= 1
        }
        let endsWithE = !acute && units[last] == 0x65
        let feminine =
            endsWithE && last > match.range.lowerBound && (units[last - 1] == 0xE9 || units[last - 1] == 0x301)
        switch wanted {
        case .acute: return !endsWithE || feminine
        case .plain: return !acute && !feminine
        case .other: return true
        }
    }

    /// Whether a match of a noun that is also a past participle is the verb: after an auxiliary
    /// ("il a accusé le ministre", "elle s'est insurgée", "ils ont juré"), "accusé" is not the
    /// accused, "insurgée" no insurgent and "juré" no juror.
    func isVerb(_ match: Match, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard match.form >= 0, participleNoun[match.entry][match.form] else { return false }
        return compoundTenses.precedesVerb(match.range.lowerBound, in: units)
    }

    /// Whether a match is glued by a hyphen to a word that makes it part of another compound:
    /// "vice-Premier ministre", "sous-préfet", "lieutenant-général", "Kremlin-Bicêtre". Words of
    /// `hyphen-compounds.tsv` ("ex-député", "témoin-clé") and acronyms on either side
    /// ("DGSN-DGST", "UE-Mercosur") leave the term its meaning.
    func isInsideCompound(_ match: Match, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        let start = match.range.lowerBound
        let end = match.range.upperBound
        let before =
            start >= 2 && CharacterTables.isHyphen(units[start - 1]) && CharacterTables.isLetter(units[start - 2])
        let after =
            end + 1 < units.count && CharacterTables.isHyphen(units[end]) && CharacterTables.isLetter(units[end + 1])
        guard before || after, !isCapitals(units[match.range]) else { return false }
        if before {
            var wordStart = start - 1
            while wordStart > 0, AcronymLinker.isWordUnit(units[wordStart - 1]) { wordStart -= 1 }
            let word = wordStart..<(start - 1)
            if !isCapitals(units[word]), !compoundPrefixes.contains(KeyBuilder.folded(units, word)) { return true }
        }
        if after {
            var wordEnd = end + 1
            while wordEnd < units.count, AcronymLinker.isWordUnit(units[wordEnd]) { wordEnd += 1 }
            let word = (end + 1)..<wordEnd
            if !isCapitals(units[word]), !compoundSuffixes.contains(KeyBuilder.folded(units, word)) { return true }
        }
        return false
    }

    /// Two letters or more, every letter a capital: an acronym ("DGSN", "G7", "UE").
    private func isCapitals(_ units: Slice<UnsafeBufferPointer<UInt16>>) -> Bool {
        var letters = 0
        for unit in units where CharacterTables.isLetter(unit) {
            guard CharacterTables.isUpper(unit) else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// The matches of a string, offsets in UTF-16 units.
    public func matches(in text: String) -> [Match] {
        var scratch = MatchScratch()
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { matches(in: $0, scratch: &scratch) }
    }

    /// Turns tokens into match units with their symbols; a hyphenated token unknown as a whole
    /// is matched by its parts ("DGSN-DGST" → "DGSN", "DGST").
    func symbolize(
        _ units: UnsafeBufferPointer<UInt16>, _ scratch: inout MatchScratch, classes: UnsafeBufferPointer<UInt8>,
        fold: UnsafeBufferPointer<UInt32>, exact: UnsafeBufferPointer<UInt32>
    ) {
        let hasExactKeys = exactKeys.count > 0
        var previousEnd = 0
        for token in scratch.tokens {
            let range = Int(token.start)..<Int(token.end)
            let opensSentence = Self.endsSentence(units, between: previousEnd, and: range.lowerBound)
            previousEnd = range.upperBound
            let exactSymbol = token.hasUpper && hasExactKeys ? exactKeys.symbol(of: units, in: range, map: exact) : -1
            let foldedSymbol = foldedKeys.symbol(of: units, in: range, map: fold)
            if token.hasHyphen, exactSymbol < 0, foldedSymbol < 0 {
                var partStart = range.lowerBound
                for index in range.lowerBound...range.upperBound
                where index == range.upperBound || CharacterTables.isHyphen(units[index]) {
                    if index > partStart {
                        let part = partStart..<index
                        let hasUpper = part.contains { classes[Int(units[$0])] & CharacterTables.upper != 0 }
                        scratch.units.append(
                            MatchUnit(
                                start: Int32(partStart), end: Int32(index),
                                exact: hasUpper && hasExactKeys
                                    ? exactKeys.symbol(of: units, in: part, map: exact) : -1,
                                folded: foldedKeys.symbol(of: units, in: part, map: fold),
                                opensSentence: opensSentence && partStart == range.lowerBound))
                    }
                    partStart = index + 1
                }
                continue
            }
            scratch.units.append(
                MatchUnit(
                    start: token.start, end: token.end, exact: exactSymbol, folded: foldedSymbol,
                    opensSentence: opensSentence))
        }
    }

    /// Whether a sentence ends in the text between two tokens: . ! ? … ; or : before a space or a
    /// line break, or a blank line. Tokens are matched whatever stands between them, so without
    /// it "placé en garde. À vue de nez" held *garde à vue*; no lexicon form spans one, and a
    /// comma ends no sentence ("pêche illicite, non déclarée et non réglementée").
    static func endsSentence(_ units: UnsafeBufferPointer<UInt16>, between start: Int, and end: Int) -> Bool {
        var index = start
        while index < end, index + 1 < units.count {
            let next = units[index + 1]
            switch units[index] {
            case 0x2E, 0x21, 0x3F, 0x2026, 0x3B, 0x3A:
                if CharacterTables.isInlineSpace(next) || next == 0x0A || next == 0x0D { return true }
            case 0x0A:
                if next == 0x0A || next == 0x0D { return true }
            default:
                break
            }
            index += 1
        }
        return false
    }

    /// Leftmost-longest walk of the trie over the match units, taking at the longest match the
    /// first of its entries and forms (best first) that `isAccepted` takes, the checks on the
    /// text (case, period, final accent, names, verbs): a case-sensitive "réquisitions" and a
    /// "réquisition" share their stem's node, and the text's "la réquisition" is the second's.
    func walk(_ scratch: inout MatchScratch, accepts isAccepted: (Match) -> Bool) -> [Match] {
        var stack = scratch.stack
        scratch.stack = []
        defer { scratch.stack = stack }
        return scratch.units.withUnsafeBufferPointer { units in
            rootChildren.withUnsafeBufferPointer { rootChildren in
                isAccepting.withUnsafeBufferPointer { isAccepting in
                    walk(
                        units, rootChildren: rootChildren, isAccepting: isAccepting, stack: &stack,
                        accepts: isAccepted)
                }
            }
        }
    }

    func walk(
        _ units: UnsafeBufferPointer<MatchUnit>, rootChildren: UnsafeBufferPointer<Int32>,
        isAccepting: UnsafeBufferPointer<Bool>, stack: inout [(node: Int32, next: Int32, gap: UInt8)],
        accepts isAccepted: (Match) -> Bool
    ) -> [Match] {
        var result: [Match] = []
        let count = units.count
        var index = 0
        while index < count {
            let f = units[index].folded
            let e = units[index].exact
            let fromFolded = f >= 0 ? rootChildren[Int(f)] : -1
            let fromExact = e >= 0 && e != f ? rootChildren[Int(e)] : -1
            if fromFolded < 0 && fromExact < 0 {
                index += 1
                continue
            }
            var bestEnd = -1
            var bestNode: Int32 = -1
            stack.removeAll(keepingCapacity: true)
            // The exact symbol is pushed last, so tried first.
            if fromFolded >= 0 { stack.append((fromFolded, Int32(index + 1), 0)) }
            if fromExact >= 0 { stack.append((fromExact, Int32(index + 1), 0)) }
            while let (node, next, gap) = stack.popLast() {
                let position = Int(next)
                if gap != 1, isAccepting[Int(node)], position > bestEnd {
                    bestEnd = position
                    bestNode = node
                }
                // A term does not run over a sentence's end.
                guard position < count, !units[position].opensSentence else { continue }
                let keyBase = UInt64(node) << 32
                let folded = units[position].folded
                // One nationality adjective may stand before "de" inside a name.
                if gap == 0, gapNodes[Int(node)], folded >= 0, gapSymbols[Int(folded)] {
                    stack.append((node, next + 1, 1))
                }
                if folded >= 0, let child = edges[keyBase | UInt64(folded)] {
                    stack.append((child, next + 1, gap == 0 ? 0 : 2))
                }
                let exact = units[position].exact
                if exact >= 0, exact != folded, let child = edges[keyBase | UInt64(exact)] {
                    stack.append((child, next + 1, gap == 0 ? 0 : 2))
                }
            }
            if bestNode >= 0 {
                let range = Int(units[index].start)..<Int(units[bestEnd - 1].end)
                let taken = accepts[Int(bestNode)].lazy.map {
                    Match(entry: Int($0.entry), form: Int($0.form), range: range)
                }.first(where: isAccepted)
                if let taken { result.append(taken) }
                index = bestEnd
            } else {
                index += 1
            }
        }
        return result
    }
}
