import FrenchText

/// The lexicon compiled into a token trie: finds every entry in a text in one left-to-right pass.
///
/// **Compile.** Each French form of each entry is cut into tokens by ``TokenScanner``; each
/// token becomes a *symbol*: an exact key for the capitalised tokens of case-sensitive forms
/// (acronyms such as "DR", entries marked `cs`), a folded key otherwise (lowercase, no accents, no
/// hyphens). The folded keys of ordinary words also get their plural forms, and the words of
/// persons their feminine forms (``Inflections``, validated by Snowball), all sharing the word's
/// symbol, so "frappes aériennes" and "frappe aérienne", "procureur" and "procureure" are the
/// same path. The forms' symbol sequences are inserted into a trie.
///
/// **Match.** The text is scanned once; each token is looked up in the two key tables (no
/// allocation: keys are built in a reused buffer and hashed in place), which gives at most two
/// symbols; the trie is walked from each token, the longest match wins and the scan resumes after
/// it (leftmost-longest, so overlaps are resolved the same way every time). When several entries
/// share a form, the one whose canonical term it is wins, then the better status, then the
/// earlier row. One nationality adjective may stand inside an institution's name before
/// "de"/"du"/"des"/"d'" ("ministère qatari de l'Intérieur").
///
/// - Complexity: compile O(total length of the forms); match O(*n*) in the text's length for a
///   bounded term length, independent of the number of entries.
public final class CompiledMatcher: Sendable {
    /// The entries, indexed by ``Match/entry``.
    public let entries: [LexiconEntry]
    /// Counts and timings of the compilation.
    public let statistics: Statistics
    /// Problems found while compiling (a form with no word in it).
    public let issues: [LexiconIssue]

    let scanner: TokenScanner
    let exactKeys: KeyTable
    let foldedKeys: KeyTable
    /// Per symbol: may stand as the nationality adjective inside a name.
    let gapSymbols: [Bool]
    /// Per symbol: the root's child, or -1.
    let rootChildren: [Int32]
    /// (node << 32 | symbol) → child.
    let edges: [UInt64: Int32]
    /// Per node: the accepted (entry, form), best first; empty for inner nodes.
    let accepts: [[Accept]]
    /// Per node: whether a nationality adjective may be skipped here.
    let gapNodes: [Bool]
    /// Per node: whether some form ends here.
    let isAccepting: [Bool]
    /// Per entry and form: a single lowercase word ("cheikh", "khalifa"), which a capitalised
    /// word inside a sentence does not match: there it is a name ("Khalid bin Khalifa").
    let lowercaseWord: [[Bool]]
    /// Per entry and form: for case-sensitive forms, the exact key without spaces, which the
    /// surface must equal (their lowercase words are matched through folded keys, then checked).
    let caseSensitiveKeys: [[[UInt16]?]]
    /// Per entry and form: how its last word may end in the text, "é", a plain "e" (not "ée")
    /// or either (``keepsFinalAccent(_:in:)``): as the form and the entry's other forms that
    /// differ from it only by accents ("relaxe" and "relaxé") end.
    let finalVowel: [[FinalVowel]]
    /// Per entry and form: for a form that ends with an abbreviation and its period ("col.",
    /// "chargé d'affaires a.i."), the units of its last word before the period; 0 for other
    /// forms. The text must write it with its period (without it, "col" is a mountain pass, not
    /// a colonel) and that word without an inflection ("plusieurs cols." are passes too).
    let abbreviationLength: [[Int]]
    /// The folded keys of the words an acronym leaves out of a name's initials (``AcronymLinker``).
    let acronymConnectors: Set<[UInt16]>
    /// ``MatcherResources/genericNameWords``, folded.
    let genericNameWords: Set<[UInt16]>
    /// ``MatcherResources/compoundPrefixes`` and ``MatcherResources/compoundSuffixes``, folded.
    let compoundPrefixes: Set<[UInt16]>
    let compoundSuffixes: Set<[UInt16]>
    /// The words that name each country (``CountryCues``).
    let countryCues: CountryCues
    /// Per entry and form: the country whose name a text must hold for this form to stay, for
    /// the short acronyms of a body of a country with cues; nil otherwise.
    let cuedAcronymCountry: [[String?]]
    /// Per entry and form: a noun that is also a past participle (`participle-nouns.txt`), which
    /// does not match after an auxiliary (``isVerb(_:in:)``).
    let participleNoun: [[Bool]]
    /// The auxiliaries and adverbs of compound tenses.
    let compoundTenses: CompoundTenses

    struct Accept: Sendable {
        var entry: Int32
        var form: Int32
    }

    /// What compiling produced.
    public struct Statistics: Sendable {
        public var entries: Int
        public var forms: Int
        public var symbols: Int
        public var keys: Int
        public var nodes: Int
        /// Milliseconds spent compiling (not reading files).
        public var compileMilliseconds: Double
    }

    /// Compiles entries (in priority order: on equal terms the earlier wins).
    public init(entries: [LexiconEntry], resources: MatcherResources) throws(StemmerError) {
        let clock = ContinuousClock()
        let started = clock.now
        let stemmer = try FrenchStemmer()
        let scanner = TokenScanner(elisions: resources.elisions)
        var builder = Builder(scanner: scanner, stemmer: stemmer)
        var issues: [LexiconIssue] = []
        var formCount = 0
        for (entryIndex, entry) in entries.enumerated() {
            for (formIndex, form) in entry.forms.enumerated() {
                formCount += 1
                let symbols = builder.symbols(
                    of: form, caseSensitive: entry.isCaseSensitive(form), person: entry.kind == "title")
                guard !symbols.isEmpty else {
                    issues.append(LexiconIssue(entry.location, .warning, "form '\(form)' has no word to match"))
                    continue
                }
                builder.forms.append((symbols, Accept(entry: Int32(entryIndex), form: Int32(formIndex))))
            }
        }
        let gapFamily = Set(["de", "du", "des", "d'"].map { builder.foldedSymbol(KeyBuilder.folded($0)) })
        var gapCandidates: [Int32] = []
        for adjective in resources.nationalityAdjectives {
            let forms = Inflections.forms(of: adjective, stemmer: stemmer)
            let symbol = builder.foldedSymbol(KeyBuilder.folded(adjective))
            for form in forms { builder.union(symbol, builder.foldedSymbol(KeyBuilder.folded(form))) }
            gapCandidates.append(symbol)
        }
        // Symbols are final once every inflection has been merged.
        let find = builder.finalMap()
        var exactKeys = builder.exactKeys
        var foldedKeys = builder.foldedKeys
        exactKeys.remap { find[Int($0)] }
        foldedKeys.remap { find[Int($0)] }
        let symbolCount = builder.parent.count
        var gapSymbols = [Bool](repeating: false, count: symbolCount)
        for symbol in gapCandidates { gapSymbols[Int(find[Int(symbol)])] = true }
        let gapFamilyFinal = Set(gapFamily.map { find[Int($0)] })

        // The trie.
        var rootChildren = [Int32](repeating: -1, count: symbolCount)
        var edges: [UInt64: Int32] = [:]
        var accepts: [[Accept]] = [[]]
        var depth: [Int] = [0]
        var gapNodes: [Bool] = [false]
        for (symbols, accept) in builder.forms {
            var node: Int32 = 0
            for symbol in symbols.map({ find[Int($0)] }) {
                // After the first word of a name, before "de": "ministère [qatari] de l'Intérieur".
                if depth[Int(node)] == 1, gapFamilyFinal.contains(symbol) { gapNodes[Int(node)] = true }
                let existing =
                    node == 0 ? rootChildren[Int(symbol)] : edges[UInt64(node) << 32 | UInt64(symbol), default: -1]
                if existing >= 0 {
                    node = existing
                    continue
                }
                let child = Int32(accepts.count)
                accepts.append([])
                depth.append(depth[Int(node)] + 1)
                gapNodes.append(false)
                if node == 0 {
                    rootChildren[Int(symbol)] = child
                } else {
                    edges[UInt64(node) << 32 | UInt64(symbol)] = child
                }
                node = child
            }
            accepts[Int(node)].append(accept)
        }
        for node in accepts.indices where accepts[node].count > 1 {
            accepts[node].sort { a, b in
                let ea = entries[Int(a.entry)]
                let eb = entries[Int(b.entry)]
                if (a.form == 0) != (b.form == 0) { return a.form == 0 }
                if ea.status != eb.status { return CompiledMatcher.rank(ea.status) < CompiledMatcher.rank(eb.status) }
                if a.entry != b.entry { return a.entry < b.entry }
                return a.form < b.form
            }
        }
        self.entries = entries
        self.scanner = scanner
        self.exactKeys = KeyTable(exactKeys)
        self.foldedKeys = KeyTable(foldedKeys)
        self.gapSymbols = gapSymbols
        self.rootChildren = rootChildren
        self.edges = edges
        self.accepts = accepts
        self.gapNodes = gapNodes
        self.isAccepting = accepts.map { !$0.isEmpty }
        self.caseSensitiveKeys = entries.map { entry in
            entry.forms.map { form in
                entry.isCaseSensitive(form) ? KeyBuilder.exact(form).filter { !CompiledMatcher.isSpace($0) } : nil
            }
        }
        self.lowercaseWord = entries.map { entry in
            entry.forms.map { form in
                entry.caseRule == .insensitive && !form.isEmpty
                    && form.allSatisfy { $0.isLetter && !$0.isUppercase || $0 == "-" }
            }
        }
        self.abbreviationLength = entries.map { entry in
            entry.forms.map { form in
                form.hasSuffix(".") ? CompiledMatcher.lastWordLength(Array(form.utf16.dropLast())) : 0
            }
        }
        self.finalVowel = entries.map { entry in
            // Forms that differ only by their final vowel, a plural aside ("menottes" and
            // "menotté"), are both meant: such an entry matches either ending.
            let keys = entry.forms.map { KeyBuilder.folded(FinalVowel.singular($0)) }
            return entry.forms.indices.map { index in
                let endings = Set(
                    entry.forms.indices.filter { keys[$0] == keys[index] }.map {
                        FinalVowel(form: entry.forms[$0])
                    })
                return endings.count == 1 ? FinalVowel(form: entry.forms[index]) : .other
            }
        }
        self.acronymConnectors = Set(resources.acronymConnectors.map(KeyBuilder.folded))
        self.genericNameWords = Set(resources.genericNameWords.map(KeyBuilder.folded))
        self.compoundPrefixes = Set(resources.compoundPrefixes.map(KeyBuilder.folded))
        self.compoundSuffixes = Set(resources.compoundSuffixes.map(KeyBuilder.folded))
        let countryCues = CountryCues(resources.countryCues)
        self.countryCues = countryCues
        self.cuedAcronymCountry = entries.map { entry in
            entry.forms.map { form in
                countryCues.covers(entry.country) && LexiconEntry.isShortAcronym(form) ? entry.country : nil
            }
        }
        let participleNouns = Set(resources.participleNouns.map(KeyBuilder.folded))
        self.participleNoun = entries.map { entry in
            entry.forms.map { !$0.contains(" ") && participleNouns.contains(KeyBuilder.folded($0)) }
        }
        self.compoundTenses = resources.compoundTenses
        self.issues = issues
        let elapsed = clock.now - started
        statistics = Statistics(
            entries: entries.count, forms: formCount, symbols: symbolCount, keys: exactKeys.count + foldedKeys.count,
            nodes: accepts.count,
            compileMilliseconds: Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds)
                * 1e-15)
    }

    /// The indices of the entries whose `fr` is one of `terms` (case and accents ignored).
    public func entries(withFrench terms: [String]) -> Set<Int> {
        let keys = Set(terms.map { KeyBuilder.folded($0) })
        return Set(entries.indices.filter { keys.contains(KeyBuilder.folded(entries[$0].fr)) })
    }

    /// The units of the last word of `units`, after its last space, combining marks aside.
    static func lastWordLength(_ units: some BidirectionalCollection<UInt16>) -> Int {
        var length = 0
        for unit in units.reversed() {
            if isSpace(unit) { break }
            if !(0x300...0x36F).contains(unit) { length += 1 }
        }
        return length
    }

    @inline(__always)
    static func isSpace(_ unit: UInt16) -> Bool {
        CharacterTables.isInlineSpace(unit) || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0x2009
    }

    static func rank(_ status: LexiconEntry.Status) -> Int {
        switch status {
        case .preferred: return 0
        case .admitted: return 1
        case .deprecated: return 2
        }
    }

    /// Interns keys into symbols while compiling; merges inflections with a union-find.
    struct Builder {
        let scanner: TokenScanner
        let stemmer: FrenchStemmer
        var exactKeys = Vocabulary(capacity: 2048)
        var foldedKeys = Vocabulary(capacity: 16384)
        var parent: [Int32] = []
        var forms: [([Int32], Accept)] = []
        /// Per symbol inflected so far: whether its feminine and masculine forms were made too (a
        /// word of a title after the same word in another entry still takes them).
        var inflected: [Int32: Bool] = [:]

        init(scanner: TokenScanner, stemmer: FrenchStemmer) {
            self.scanner = scanner
            self.stemmer = stemmer
        }

        mutating func newSymbol() -> Int32 {
            parent.append(Int32(parent.count))
            return Int32(parent.count - 1)
        }

        mutating func foldedSymbol(_ key: [UInt16]) -> Int32 {
            let found = foldedKeys.symbol(of: key)
            if found >= 0 { return found }
            let symbol = newSymbol()
            foldedKeys.insert(key, symbol: symbol)
            return symbol
        }

        mutating func exactSymbol(_ key: [UInt16]) -> Int32 {
            let found = exactKeys.symbol(of: key)
            if found >= 0 { return found }
            let symbol = newSymbol()
            exactKeys.insert(key, symbol: symbol)
            return symbol
        }

        mutating func root(_ symbol: Int32) -> Int32 {
            var current = symbol
            while parent[Int(current)] != current {
                parent[Int(current)] = parent[Int(parent[Int(current)])]
                current = parent[Int(current)]
            }
            return current
        }

        mutating func union(_ a: Int32, _ b: Int32) {
            let ra = root(a)
            let rb = root(b)
            if ra != rb { parent[Int(max(ra, rb))] = min(ra, rb) }
        }

        mutating func finalMap() -> [Int32] {
            (0..<parent.count).map { root(Int32($0)) }
        }

        /// The symbols of a form's tokens; hyphenated compounds stay one token.
        ///
        /// Every word takes its plurals; a word takes its feminine or masculine forms only when
        /// it names a person: a title's words ("procureure", "directrice générale") and
        /// participles used as nouns ("accusée", "détenue", "interpellées"). Other nouns have
        /// one gender, and the forms the rules make of them are verbs or participles once
        /// accents are folded: "tranchée" gave "tranché" and "tranche" ("la question a été
        /// tranchée"), "tirs" gave "tiré", "heurts" "heurté", "plainte" "plaint".
        mutating func symbols(of form: String, caseSensitive: Bool, person: Bool = false) -> [Int32] {
            let units = Array(form.utf16)
            var tokens: [ScannedToken] = []
            units.withUnsafeBufferPointer { scanner.scan($0, into: &tokens) }
            var result: [Int32] = []
            for token in tokens {
                let lower = String.Index(utf16Offset: Int(token.start), in: form)
                let upper = String.Index(utf16Offset: Int(token.end), in: form)
                let word = String(form[lower..<upper])
                if caseSensitive && token.hasUpper {
                    result.append(exactSymbol(KeyBuilder.exact(word)))
                    continue
                }
                let symbol = foldedSymbol(KeyBuilder.folded(word))
                result.append(symbol)
                // Plurals (and for persons feminines) of ordinary words of four letters or more.
                let genders = person || word.hasSuffix("é") || word.hasSuffix("u")
                guard !caseSensitive, !token.isElision, word.count >= 3, !word.contains(where: \.isNumber),
                    inflected[symbol] != true, inflected[symbol] == nil || genders
                else { continue }
                inflected[symbol] = genders
                if word.count == 3 {
                    // Short words ("vue" in "gardes à vues") only take a plural; determiners and
                    // prepositions ("des", "aux", "sur") end in s or x or never occur with one.
                    if let last = word.last, last != "s", last != "x" {
                        union(
                            symbol,
                            foldedSymbol(
                                KeyBuilder.folded(word + (word.hasSuffix("eu") || word.hasSuffix("au") ? "x" : "s"))))
                    }
                    continue
                }
                for inflection in Inflections.forms(of: word, stemmer: stemmer, genders: genders) {
                    union(symbol, foldedSymbol(KeyBuilder.folded(inflection)))
                }
            }
            return result
        }
    }
}

/// How a form's last word ends, a plural's "s" or "x" aside: a participle's "é" and a noun's or a
/// verb's plain "e" fold to the same key, but are different words ("accusé" and "il accuse",
/// "drogue" and "drogué", "les écoutes" and "il a écouté").
enum FinalVowel: Sendable, Hashable {
    case acute, plain, other

    init(form: String) {
        let lower = FinalVowel.singular(form.lowercased())
        if lower.hasSuffix("é") {
            self = .acute
        } else if lower.hasSuffix("e"), !lower.hasSuffix("ée") {
            self = .plain
        } else {
            self = .other
        }
    }

    /// A form without the final "s" or "x" of a plural (a word of three letters or more).
    static func singular(_ form: String) -> String {
        guard form.count > 2, let last = form.last, last == "s" || last == "x" || last == "S" || last == "X" else {
            return form
        }
        return String(form.dropLast())
    }
}
