/// Buffers reused from one text to the next: matching allocates nothing per token.
///
/// Not thread-safe; use one per thread.
public final class MatchScratch {
    var tokens: [ScannedToken] = []
    var starts: [Int32] = []
    var ends: [Int32] = []
    var exact: [Int32] = []
    var folded: [Int32] = []
    var key: [UInt16] = []
    var stack: [(node: Int32, next: Int32, gap: UInt8)] = []

    public init() {}

    func reset(capacity: Int) {
        tokens.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        exact.removeAll(keepingCapacity: true)
        folded.removeAll(keepingCapacity: true)
        tokens.reserveCapacity(capacity)
    }
}

extension CompiledMatcher {
    /// The matches in UTF-16 units (offsets into `units`), leftmost-longest, in text order.
    public func matches(in units: UnsafeBufferPointer<UInt16>, scratch: MatchScratch = MatchScratch()) -> [Match] {
        scratch.reset(capacity: units.count / 6)
        scanner.scan(units, into: &scratch.tokens)
        symbolize(units, scratch)
        var result = walk(scratch)
        result = AcronymLinker.link(result, units: units, starts: scratch.starts, ends: scratch.ends, matcher: self)
        return result
    }

    /// The matches of a string, offsets in UTF-16 units.
    public func matches(in text: String, scratch: MatchScratch = MatchScratch()) -> [Match] {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { matches(in: $0, scratch: scratch) }
    }

    /// Turns tokens into match units with their symbols; a hyphenated token unknown as a whole
    /// is matched by its parts ("DGSN-DGST" → "DGSN", "DGST").
    func symbolize(_ units: UnsafeBufferPointer<UInt16>, _ scratch: MatchScratch) {
        for token in scratch.tokens {
            let start = Int(token.start)
            let end = Int(token.end)
            let (exact, folded) = lookup(units, start..<end, hasUpper: token.hasUpper, scratch)
            if token.hasHyphen, exact < 0, folded < 0 {
                var partStart = start
                var index = start
                while index <= end {
                    if index == end || CharacterTables.isHyphen(units[index]) {
                        if index > partStart {
                            let hasUpper = (partStart..<index).contains { CharacterTables.upper[Int(units[$0])] != 0 }
                            let (e, f) = lookup(units, partStart..<index, hasUpper: hasUpper, scratch)
                            append(partStart, index, e, f, scratch)
                        }
                        partStart = index + 1
                    }
                    index += 1
                }
                continue
            }
            append(start, end, exact, folded, scratch)
        }
    }

    @inline(__always)
    func append(_ start: Int, _ end: Int, _ exact: Int32, _ folded: Int32, _ scratch: MatchScratch) {
        scratch.starts.append(Int32(start))
        scratch.ends.append(Int32(end))
        scratch.exact.append(exact)
        scratch.folded.append(folded)
    }

    /// The exact and folded symbols of `units[range]` (-1 when absent).
    @inline(__always)
    func lookup(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, hasUpper: Bool, _ scratch: MatchScratch)
        -> (Int32, Int32)
    {
        var exact: Int32 = -1
        if hasUpper, exactKeys.count > 0 {
            scratch.key.removeAll(keepingCapacity: true)
            KeyBuilder.appendExact(units[range], to: &scratch.key)
            exact = scratch.key.withUnsafeBufferPointer { exactKeys.symbol(of: $0) }
        }
        scratch.key.removeAll(keepingCapacity: true)
        KeyBuilder.appendFolded(units[range], to: &scratch.key)
        let folded = scratch.key.withUnsafeBufferPointer { foldedKeys.symbol(of: $0) }
        return (exact, folded)
    }

    /// Leftmost-longest walk of the trie over the match units.
    func walk(_ scratch: MatchScratch) -> [Match] {
        var result: [Match] = []
        let count = scratch.starts.count
        var index = 0
        while index < count {
            var bestEnd = -1
            var bestNode: Int32 = -1
            scratch.stack.removeAll(keepingCapacity: true)
            // Exact symbol pushed last, so popped (tried) first.
            let f = scratch.folded[index]
            if f >= 0, rootChildren[Int(f)] >= 0 { scratch.stack.append((rootChildren[Int(f)], Int32(index + 1), 0)) }
            let e = scratch.exact[index]
            if e >= 0, e != f, rootChildren[Int(e)] >= 0 {
                scratch.stack.append((rootChildren[Int(e)], Int32(index + 1), 0))
            }
            while let (node, next, gap) = scratch.stack.popLast() {
                let position = Int(next)
                if gap != 1, !accepts[Int(node)].isEmpty, position > bestEnd {
                    bestEnd = position
                    bestNode = node
                }
                guard position < count else { continue }
                let keyBase = UInt64(node) << 32
                let folded = scratch.folded[position]
                // One nationality adjective may stand before "de" inside a name.
                if gap == 0, gapNodes[Int(node)], folded >= 0, gapSymbols[Int(folded)] {
                    scratch.stack.append((node, next + 1, 1))
                }
                if folded >= 0, let child = edges[keyBase | UInt64(folded)] {
                    scratch.stack.append((child, next + 1, gap == 0 ? 0 : 2))
                }
                let exact = scratch.exact[position]
                if exact >= 0, exact != folded, let child = edges[keyBase | UInt64(exact)] {
                    scratch.stack.append((child, next + 1, gap == 0 ? 0 : 2))
                }
            }
            if bestNode >= 0 {
                let accept = accepts[Int(bestNode)][0]
                result.append(
                    Match(
                        entry: Int(accept.entry), form: Int(accept.form),
                        range: Int(scratch.starts[index])..<Int(scratch.ends[bestEnd - 1])))
                index = bestEnd
            } else {
                index += 1
            }
        }
        return result
    }
}
