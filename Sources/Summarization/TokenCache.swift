import CPrefetch
import FrenchText

/// What the summarizer knows about each word form it met, computed once per form and kept.
///
/// News vocabulary repeats from article to article, so lowercasing, stemming, the stop-word
/// test and the capitalisation tests run once per distinct surface form. A form is found by a
/// 64-bit hash of its UTF-16 units in an open-addressing table, and checked unit by unit
/// against the stored form (a collision can never give a wrong answer), so a known form costs
/// no String, no SipHash and no reference counting.
///
/// Stems and lowercase forms get global ids in the cache and, per article, local ids in order
/// of first appearance: the sums of the features follow id order, and global ids depend on what
/// the thread summarized before, so only local ids give the same bits whatever `--jobs`. One
/// cache per thread (it belongs to a ``Summarizer``); emptied between articles once it holds
/// `limit` forms, which bounds memory on any batch.
final class TokenCache {
    /// A token of the current article as the features see it, in 16 bytes (a 10 MB article
    /// has millions of tokens).
    struct Facts {
        /// Global id of its Snowball stem (of the form itself for numbers), for the title expressions.
        let stem: Int32
        /// Local ids of its stem and of its lowercase form, in order of first appearance.
        let localStem: Int32
        let localLower: Int32
        /// ``Slot`` flags; 0 for an elision, which the features skip.
        let flags: UInt8

        static let skipped = Facts(stem: 0, localStem: 0, localLower: 0, flags: 0)

        var isSkipped: Bool { flags == 0 }
        var isStopWord: Bool { flags & Slot.stopWord != 0 }
        var isCapitalised: Bool { flags & Slot.capitalised != 0 }
        var isAcronym: Bool { flags & Slot.acronym != 0 }
        /// Its stem starts one of the title expressions ("directeur" of "directeur général").
        var startsExpression: Bool { flags & Slot.expressionStart != 0 }
        /// A day or month name (`date-words.txt`).
        var isDateWord: Bool { flags & Slot.dateWord != 0 }
    }

    /// One slot of the open-addressing table: a known form, its hash, where its units are, and
    /// its facts, in 24 bytes, so that finding a form touches one cache line and the arena.
    struct Slot {
        var hash: UInt64 = 0
        var start: UInt32 = 0
        var length: UInt16 = 0
        /// 0 for an empty slot; else `Slot.occupied` and the flags below.
        var flags: UInt8 = 0
        var stem: Int32 = 0
        var lower: Int32 = 0

        static let occupied: UInt8 = 1
        static let word: UInt8 = 2
        static let stopWord: UInt8 = 4
        static let capitalised: UInt8 = 8
        static let acronym: UInt8 = 16
        static let expressionStart: UInt8 = 32
        static let dateWord: UInt8 = 64

    }

    /// Everything that changes as forms are met, kept in one value: the hot loop works on a
    /// local copy moved out of the object, so it pays no exclusivity check per access.
    struct State {
        /// The number of forms in `slots`.
        var count = 0
        /// The forms' UTF-16 units, one after the other.
        var arena: [UInt16] = []
        /// The table; its count is a power of two, allocated on first use (an empty State is
        /// what stands in while the loop runs).
        var slots: [Slot] = []
        var stems = Interner()
        var lowers = Interner()
        /// Summary-worthiness prior by global stem id; -1 until the stem is met as a token.
        var priors: [Double] = []
        /// By global lowercase id, for word forms: the stem's global id (-1 until known) and the
        /// flags that follow from the lowercase form. "Les" and "LES" then reuse what "les" cost.
        var wordsByLower: [(stem: Int32, flags: UInt8)] = []
        /// The current article; local ids stamped with another one are stale.
        var generation: Int32 = 0

        @inline(__always)
        mutating func localStem(_ global: Int32) -> Int { stems.local(global, generation: generation) }
        @inline(__always)
        mutating func localLower(_ global: Int32) -> Int { lowers.local(global, generation: generation) }
    }

    /// Global ids of strings (stems or lowercase forms), and their local ids in the current article.
    struct Interner {
        var ids: [String: Int32] = [:]
        /// By global id: the article that gave it a local id (`stamp`), and that id. One array
        /// of pairs, so that a look-up touches one cache line, not two.
        var locals: [(stamp: Int32, local: Int32)] = []
        /// Local ids given out in the current article.
        var localCount = 0

        /// The global id of a string, with room for its local id.
        mutating func intern(_ key: String) -> Int32 {
            if let id = ids[key] { return id }
            let id = Int32(ids.count)
            ids[key] = id
            if locals.count <= Int(id) {
                locals.append(contentsOf: repeatElement((stamp: Int32(0), local: Int32(0)), count: Int(id) + 1))
            }
            return id
        }

        /// The local id of a global id in the article `generation`, given on first sight.
        @inline(__always)
        mutating func local(_ global: Int32, generation: Int32) -> Int {
            let index = Int(global)
            if locals[index].stamp == generation { return Int(locals[index].local) }
            locals[index] = (generation, Int32(localCount))
            localCount += 1
            return localCount - 1
        }
    }

    private var state = State()
    let stemmer: FrenchStemmer
    /// Title expressions as stems, and the stems that start one.
    let expressions: [[String]]
    private let expressionStarts: Set<String>
    /// The expressions as global stem ids, keyed by their first stem; rebuilt after a purge.
    private var expressionsByFirstStem: [Int32: [[Int32]]]?
    let worthiness: SummaryWorthiness
    /// ``Slot/stopWord`` and ``Slot/dateWord`` by lowercase form, ’ read as ' in both lists:
    /// one look-up per new form instead of two.
    private let wordListFlags: [String: UInt8]
    let limit: Int

    /// A cache for a stemmer, the stop words, the title expressions (as stems) to look for, the
    /// stems' summary-worthiness and the names of days and months.
    init(
        stemmer: FrenchStemmer, stopwords: Set<String>, expressions: [[String]] = [],
        worthiness: SummaryWorthiness = SummaryWorthiness(counts: [:]), dateWords: Set<String> = [],
        limit: Int = 100_000
    ) {
        self.stemmer = stemmer
        self.worthiness = worthiness
        self.expressions = expressions.filter { !$0.isEmpty }
        self.expressionStarts = Set(self.expressions.map { $0[0] })
        var wordListFlags: [String: UInt8] = [:]
        for word in stopwords { wordListFlags[word.replacingApostrophes(), default: 0] |= Slot.stopWord }
        for word in dateWords { wordListFlags[word.replacingApostrophes(), default: 0] |= Slot.dateWord }
        self.wordListFlags = wordListFlags
        self.limit = limit
    }

    /// The summary-worthiness prior of a stem met as a token (by global id).
    func prior(ofStem stem: Int32) -> Double {
        let index = Int(stem)
        return index < state.priors.count && state.priors[index] >= 0 ? state.priors[index] : worthiness.defaultPrior
    }

    /// The number of local stem ids given out in the current article.
    var localStemCount: Int { state.stems.localCount }

    /// Starts an article: forgets the previous one's local ids, and every form once past `limit`.
    func beginArticle() {
        if state.count >= limit {
            state = State()
            expressionsByFirstStem = nil
        }
        state.generation &+= 1
        state.stems.localCount = 0
        state.lowers.localCount = 0
    }

    /// The facts of every token, in order (``Facts/skipped`` for elisions).
    func facts(of tokens: [Token], in units: [UInt16]) -> [Facts] {
        var state = self.state
        // Moved out, so the local copy is the only reference and grows in place.
        self.state = State()
        defer { self.state = state }
        return units.withUnsafeBufferPointer { facts(of: tokens, in: $0, &state) }
    }

    private func facts(of tokens: [Token], in units: UnsafeBufferPointer<UInt16>, _ state: inout State) -> [Facts] {
        if state.slots.isEmpty {
            state.slots = Array(repeating: Slot(), count: 1 << 12)
            // Room for three quarters of the limit from the start: a batch of thousands of
            // articles fills the dictionaries that far anyway, and growing them rehashed every
            // String key (with Unicode normalization) at each doubling.
            state.stems.ids.reserveCapacity(limit * 3 / 4)
            state.lowers.ids.reserveCapacity(limit * 3 / 4)
        }
        // All hashes first, so that the table can be read ahead of the tokens (`knownForms`).
        let hashes = tokens.map { TokenCache.hash(units, $0.range, isWord: $0.kind == .word) }
        var result: [Facts] = []
        result.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            // Known forms run on raw pointers; a new form stops the run, since adding it may
            // grow the table and the arrays under them.
            index = TokenCache.knownForms(from: index, tokens, hashes, units, &state, into: &result)
            guard index < tokens.count else { break }
            let token = tokens[index]
            guard token.kind != .elision else {
                result.append(.skipped)
                index += 1
                continue
            }
            let slot = newSlot(&state, units, token.range, hash: hashes[index], isWord: token.kind == .word)
            result.append(
                Facts(
                    stem: slot.stem, localStem: Int32(state.localStem(slot.stem)),
                    localLower: Int32(state.localLower(slot.lower)), flags: slot.flags))
            index += 1
        }
        return result
    }

    /// Appends the facts of the tokens from `start` on while their forms are in the table, and
    /// returns the index of the first token whose form is not (or `tokens.count`).
    ///
    /// The table is read ahead in two stages, so that the cache misses overlap instead of
    /// stalling one after the other: `far` tokens ahead, the slot's line is prefetched; `near`
    /// tokens ahead, that slot (arrived by then) gives where the form's units and its stem's and
    /// lowercase form's local ids are, which are prefetched in turn. Prefetches are hints: a
    /// wrong guess costs nothing but the hint. Nothing here allocates or checks uniqueness: the
    /// arrays are read and written through pointers taken once for the run.
    private static func knownForms(
        from start: Int, _ tokens: [Token], _ hashes: [UInt64], _ units: UnsafeBufferPointer<UInt16>,
        _ state: inout State, into result: inout [Facts]
    ) -> Int {
        let far = 6
        let near = 3
        let generation = state.generation
        var stemCount = Int32(state.stems.localCount)
        var lowerCount = Int32(state.lowers.localCount)
        defer {
            state.stems.localCount = Int(stemCount)
            state.lowers.localCount = Int(lowerCount)
        }
        return state.slots.withUnsafeBufferPointer { slots in
            state.arena.withUnsafeBufferPointer { arena in
                state.priors.withUnsafeBufferPointer { priors in
                    state.stems.locals.withUnsafeMutableBufferPointer { stemLocals in
                        state.lowers.locals.withUnsafeMutableBufferPointer { lowerLocals in
                            tokens.withUnsafeBufferPointer { tokens in
                                hashes.withUnsafeBufferPointer { hashes in
                                    // An empty table or arena has no form to find.
                                    guard let slotBase = slots.baseAddress, let arenaBase = arena.baseAddress
                                    else { return start }
                                    let mask = slots.count - 1
                                    var index = start
                                    while index < tokens.count {
                                        if index + far < tokens.count {
                                            cprefetch_read(slotBase + home(of: hashes[index + far], mask: mask))
                                        }
                                        if index + near < tokens.count {
                                            let hash = hashes[index + near]
                                            let slot = slots[home(of: hash, mask: mask)]
                                            if slot.flags != 0, slot.hash == hash {
                                                cprefetch_read(arenaBase + Int(slot.start))
                                                prefetch(stemLocals, Int(slot.stem))
                                                prefetch(lowerLocals, Int(slot.lower))
                                                // Read by the document analysis once every token is known.
                                                prefetch(priors, Int(slot.stem))
                                            }
                                        }
                                        let token = tokens[index]
                                        if token.kind == .elision {
                                            result.append(.skipped)
                                            index += 1
                                            continue
                                        }
                                        guard
                                            let slot = find(
                                                hashes[index], token.range, isWord: token.kind == .word, slots,
                                                arenaBase, units)
                                        else { return index }
                                        let stem = Int(slot.stem)
                                        if stemLocals[stem].stamp != generation {
                                            stemLocals[stem] = (generation, stemCount)
                                            stemCount += 1
                                        }
                                        let lower = Int(slot.lower)
                                        if lowerLocals[lower].stamp != generation {
                                            lowerLocals[lower] = (generation, lowerCount)
                                            lowerCount += 1
                                        }
                                        result.append(
                                            Facts(
                                                stem: slot.stem, localStem: stemLocals[stem].local,
                                                localLower: lowerLocals[lower].local, flags: slot.flags))
                                        index += 1
                                    }
                                    return index
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The slot of a form already in the table; nil when it is not (or too long to be kept).
    @inline(__always)
    private static func find(
        _ hash: UInt64, _ range: Range<Int>, isWord: Bool, _ slots: UnsafeBufferPointer<Slot>,
        _ arena: UnsafePointer<UInt16>, _ units: UnsafeBufferPointer<UInt16>
    ) -> Slot? {
        guard range.count <= longestKeptForm else { return nil }
        let mask = slots.count - 1
        let wordFlag = isWord ? Slot.word : 0
        var position = home(of: hash, mask: mask)
        while slots[position].flags != 0 {
            let slot = slots[position]
            if slot.hash == hash, Int(slot.length) == range.count, slot.flags & Slot.word == wordFlag,
                same(arena + Int(slot.start), units, range)
            {
                return slot
            }
            position = (position + 1) & mask
        }
        return nil
    }

    /// Whether the stored form at `stored` has the units of `range`, known to be as long.
    @inline(__always)
    private static func same(_ stored: UnsafePointer<UInt16>, _ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>)
        -> Bool
    {
        var offset = 0
        while offset < range.count {
            if stored[offset] != units[range.lowerBound + offset] { return false }
            offset += 1
        }
        return true
    }

    /// Hints that an element of a buffer will be read soon (nothing for an index out of range).
    @inline(__always)
    private static func prefetch<Element>(_ buffer: UnsafeBufferPointer<Element>, _ index: Int) {
        if index < buffer.count, let base = buffer.baseAddress { cprefetch_read(base + index) }
    }

    @inline(__always)
    private static func prefetch<Element>(_ buffer: UnsafeMutableBufferPointer<Element>, _ index: Int) {
        prefetch(UnsafeBufferPointer(buffer), index)
    }

    /// The slot where a form's probe starts: its hash with high bits folded in (FNV-1a's low
    /// bits alone mix poorly), cut to the table's power-of-two size.
    @inline(__always)
    private static func home(of hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    }

    /// FNV-1a of a form's UTF-16 units, seeded apart for words and numbers.
    private static func hash(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, isWord: Bool) -> UInt64 {
        // Numbers start from the basis with its halves swapped.
        var hash = isWord ? FNV1a.basis : FNV1a.basis << 32 | FNV1a.basis >> 32
        for index in range { hash = FNV1a.mix(hash, UInt64(units[index])) }
        return hash
    }

    /// The title expressions that start with a global stem id, as sequences of global stem ids.
    func expressions(startingWith stem: Int32) -> [[Int32]] {
        if expressionsByFirstStem == nil {
            var table: [Int32: [[Int32]]] = [:]
            for expression in expressions {
                let ids = expression.map { state.stems.intern($0) }
                table[ids[0], default: []].append(ids)
            }
            expressionsByFirstStem = table
        }
        return expressionsByFirstStem?[stem] ?? []
    }

    /// Forms longer than this are not kept: a 50 MB line without spaces is one token.
    static let longestKeptForm = 64

    /// The slot of a form that ``knownForms(from:_:_:_:_:into:)`` did not find, added to the table.
    private func newSlot(
        _ state: inout State, _ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, hash: UInt64, isWord: Bool
    ) -> Slot {
        let form = UnsafeBufferPointer(rebasing: units[range])
        guard range.count <= TokenCache.longestKeptForm else { return makeSlot(form, isWord, &state) }
        let mask = state.slots.count - 1
        var position = TokenCache.home(of: hash, mask: mask)
        while state.slots[position].flags != 0 { position = (position + 1) & mask }
        var slot = makeSlot(form, isWord, &state)
        slot.hash = hash
        slot.start = UInt32(state.arena.count)
        slot.length = UInt16(range.count)
        state.arena.append(contentsOf: form)
        state.slots[position] = slot
        state.count += 1
        if state.count * 2 > state.slots.count { TokenCache.grow(&state) }
        return slot
    }

    /// Doubles the table (kept under half full, so probes stay short).
    private static func grow(_ state: inout State) {
        let old = state.slots
        let mask = old.count * 2 - 1
        state.slots = Array(repeating: Slot(), count: old.count * 2)
        for slot in old where slot.flags != 0 {
            var position = TokenCache.home(of: slot.hash, mask: mask)
            while state.slots[position].flags != 0 { position = (position + 1) & mask }
            state.slots[position] = slot
        }
    }

    /// Computes the facts of a new form; `isWord` is false for numbers (not stemmed).
    private func makeSlot(_ form: UnsafeBufferPointer<UInt16>, _ isWord: Bool, _ state: inout State) -> Slot {
        let surface = UTF16Text.string(form)
        let lower = TokenCache.latin1Lowercase(form) ?? surface.lowercased()
        let lowerID = state.lowers.intern(lower)
        var flags = Slot.occupied
        if isWord {
            flags |= Slot.word
            if surface.unicodeScalars.first.map(isUppercase) == true { flags |= Slot.capitalised }
            if isAcronym(surface) { flags |= Slot.acronym }
        }
        // Another case of a word form already met: its stem and list flags are the same.
        if isWord, Int(lowerID) < state.wordsByLower.count, state.wordsByLower[Int(lowerID)].stem >= 0 {
            let known = state.wordsByLower[Int(lowerID)]
            return Slot(flags: flags | known.flags, stem: known.stem, lower: lowerID)
        }
        let stem = isWord ? stemmer.stem(lowercase: lower) : lower
        let listed = wordListFlags[lower.replacingApostrophes()] ?? 0
        var lowerFlags = listed & Slot.stopWord
        if isWord {
            lowerFlags |= listed & Slot.dateWord
            if expressionStarts.contains(stem) { lowerFlags |= Slot.expressionStart }
        }
        let id = state.stems.intern(stem)
        // Title expressions intern stems too, so ids can run ahead of the priors.
        if state.priors.count <= Int(id) {
            state.priors.append(contentsOf: repeatElement(-1, count: Int(id) + 1 - state.priors.count))
        }
        if state.priors[Int(id)] < 0 { state.priors[Int(id)] = worthiness.prior(ofStem: stem) }
        if isWord {
            if state.wordsByLower.count <= Int(lowerID) {
                state.wordsByLower.append(
                    contentsOf: repeatElement((stem: -1, flags: 0), count: Int(lowerID) + 1 - state.wordsByLower.count))
            }
            state.wordsByLower[Int(lowerID)] = (id, lowerFlags)
        }
        return Slot(flags: flags | lowerFlags, stem: id, lower: lowerID)
    }

    /// The lowercase of a form made of Latin-1 units only (nearly every French word), without
    /// String's general case mapping: in that range it is A–Z and À–Þ (but ×) moved by 0x20, which
    /// is what `lowercased()` gives. Nil for any other form.
    static func latin1Lowercase(_ form: UnsafeBufferPointer<UInt16>) -> String? {
        for unit in form where unit >= 0x100 { return nil }
        // Written straight as UTF-8: one byte below 0x80, two above.
        return String(unsafeUninitializedCapacity: 2 * form.count) { bytes in
            var count = 0
            for unit in form {
                let lowered = UInt8(truncatingIfNeeded: UTF16Text.latin1Lowercase(unit))
                if lowered < 0x80 {
                    bytes[count] = lowered
                    count += 1
                } else {
                    bytes[count] = 0xC0 | (lowered >> 6)
                    bytes[count + 1] = 0x80 | (lowered & 0x3F)
                    count += 2
                }
            }
            return count
        }
    }
}
