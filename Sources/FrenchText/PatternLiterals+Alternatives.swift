extension PatternLiterals {
    /// Runs of literal units of which every match of a pattern holds one, read through groups,
    /// alternations and bracket classes: `(?:KEYSTONE|AFP|REUTERS)` gives the three names,
    /// `[(\[]` its two brackets, `[^\n]{10,250} [–—-] (?:Légifrance|EUR-Lex)` the two names
    /// (they say more than the lone space ``requiredRuns(in:)`` finds outside the groups).
    ///
    /// The reading is conservative: a part it does not follow requires nothing, and a pattern
    /// with syntax it does not know (`\x`, `\Q`, back-references, a flag group such as `(?i)`
    /// that changes how the literals after it match) gives none. Inside a scoped flag group
    /// `(?i:…)`, under a quantifier that allows zero, in a negated class or a look-around,
    /// nothing is required. Runs made only of spaces are left out: every sentence holds one.
    /// Empty when nothing is known.
    static func requiredAlternatives(in units: [UInt16]) -> [[UInt16]] {
        var reader = AlternativesReader(units: units)
        do {
            let found = try reader.alternation()
            // A `)` with no group open: not a pattern this reading follows.
            guard reader.position == units.count, let found else { return [] }
            var unique: [[UInt16]] = []
            for run in found where !unique.contains(run) { unique.append(run) }
            return unique
        } catch {
            return []
        }
    }
}

/// A pattern this reading does not follow.
private struct UnreadablePattern: Error {}

/// A recursive reading of a pattern's alternations, sequences, atoms and quantifiers, with
/// what each part requires of every match (nil: nothing known).
private struct AlternativesReader {
    let units: [UInt16]
    var position = 0

    /// One item of a sequence.
    enum Atom {
        /// A literal unit.
        case literal(UInt16)
        /// A unit that takes no text (`\b`): a run of literals goes on across it.
        case boundary
        /// Anything else, with the runs of which every match of it holds one.
        case other([[UInt16]]?)
    }

    init(units: [UInt16]) { self.units = units }

    private var current: UInt16? { position < units.count ? units[position] : nil }

    /// The alternatives up to a `)` or the end of the pattern (not read): every match holds a
    /// run that one of them requires, when each requires one.
    mutating func alternation() throws(UnreadablePattern) -> [[UInt16]]? {
        var result: [[UInt16]] = []
        var known = true
        while true {
            if let required = try sequence() { result += required } else { known = false }
            guard current == 0x7C else { break }  // |
            position += 1
        }
        return known ? result : nil
    }

    /// A sequence of atoms, up to a `|`, a `)` or the end: the most telling of the runs of
    /// literals it holds and of its atoms' requirements.
    mutating func sequence() throws(UnreadablePattern) -> [[UInt16]]? {
        var best: [[UInt16]]? = nil
        var run: [UInt16] = []
        func consider(_ candidate: [[UInt16]]) {
            let score = AlternativesReader.score(candidate)
            if score > 0, score > best.map(AlternativesReader.score) ?? 0 { best = candidate }
        }
        func endRun() {
            if !run.isEmpty { consider([run]) }
            run = []
        }
        while let unit = current, unit != 0x7C, unit != 0x29 {
            let atom = try atom()
            let minimum = try quantifier()
            switch atom {
            case .boundary:
                continue
            case .literal(let literal):
                if let minimum {
                    // At least `minimum` times (two spaces of ` {2,}` tell a menu's gap from
                    // a word's), but what follows may repeat it.
                    run.append(contentsOf: repeatElement(literal, count: min(minimum, 8)))
                    endRun()
                } else {
                    run.append(literal)
                }
            case .other(let required):
                endRun()
                if minimum ?? 1 >= 1, let required { consider(required) }
            }
        }
        endRun()
        return best
    }

    /// How much a requirement tells: the fewest units other than spaces among its runs, so
    /// that a longer shortest run wins. A lone space tells nothing (every sentence holds one),
    /// two or more in a row as much as one other unit: prose rarely holds them.
    static func score(_ runs: [[UInt16]]) -> Int {
        runs.map { run in
            let other = run.count(where: { $0 != 0x20 })
            return other > 0 || run.count < 2 ? other : 1
        }.min() ?? 0
    }

    /// Reads one atom.
    mutating func atom() throws(UnreadablePattern) -> Atom {
        guard let unit = current else { throw UnreadablePattern() }
        switch unit {
        case 0x5C:  // \
            return try escape()
        case 0x5B:  // [
            return .other(try bracketClass())
        case 0x28:  // (
            return .other(try group())
        case 0x2E, 0x5E, 0x24:  // . ^ $
            position += 1
            return .other(nil)
        case 0x2A, 0x2B, 0x3F, 0x7B, 0x7D, 0x5D:  // * + ? { } ] with no atom before
            throw UnreadablePattern()
        case 0xD800...0xDBFF:  // a code point in two units, which a quantifier takes whole
            position += 2
            return .other(nil)
        default:
            position += 1
            return .literal(unit)
        }
    }

    /// Reads an escape: a boundary, an escaped mark, a control character, or a class.
    mutating func escape() throws(UnreadablePattern) -> Atom {
        guard position + 1 < units.count else { throw UnreadablePattern() }
        let next = units[position + 1]
        position += 2
        if next < 0x80, !UTF16Classes.isAlphanumeric(next) { return .literal(next) }
        switch next {
        case 0x62, 0x42, 0x41, 0x7A, 0x5A, 0x47:  // \b \B \A \z \Z \G
            return .boundary
        case 0x6E: return .literal(0x0A)  // \n
        case 0x74: return .literal(0x09)  // \t
        case 0x72: return .literal(0x0D)  // \r
        // \d \D \s \S \w \W \h \H \v \V \X \R
        case 0x64, 0x44, 0x73, 0x53, 0x77, 0x57, 0x68, 0x48, 0x76, 0x56, 0x58, 0x52:
            return .other(nil)
        case 0x70, 0x50:  // \p{…} \P{…}, or \pL
            if current == 0x7B {
                while let unit = current, unit != 0x7D { position += 1 }
                guard current == 0x7D else { throw UnreadablePattern() }
            }
            position += 1
            return .other(nil)
        default:
            // \x, \u, \N{…}, \Q…\E, \c, \k<…>, back-references: not followed.
            throw UnreadablePattern()
        }
    }

    /// Reads a quantifier, if one follows: its least count (nil when none follows).
    mutating func quantifier() throws(UnreadablePattern) -> Int? {
        let minimum: Int
        switch current {
        case 0x3F, 0x2A:  // ? *
            minimum = 0
            position += 1
        case 0x2B:  // +
            minimum = 1
            position += 1
        case 0x7B:  // {n}, {n,}, {n,m}
            position += 1
            var count = 0
            var digits = 0
            while let unit = current, (0x30...0x39).contains(unit) {
                count = min(count * 10 + Int(unit - 0x30), 1_000_000)
                digits += 1
                position += 1
            }
            guard digits > 0 else { throw UnreadablePattern() }
            if current == 0x2C {
                position += 1
                while let unit = current, (0x30...0x39).contains(unit) { position += 1 }
            }
            guard current == 0x7D else { throw UnreadablePattern() }
            position += 1
            minimum = count
        default:
            return nil
        }
        // A lazy or possessive mark.
        if current == 0x3F || current == 0x2B { position += 1 }
        return minimum
    }

    /// Reads a bracket class: its units, one run each, when it lists plain units only (no
    /// negation, range, class escape, nested set or unit outside the BMP); else nil.
    mutating func bracketClass() throws(UnreadablePattern) -> [[UInt16]]? {
        position += 1
        var members: [UInt16] = []
        var plain = true
        if current == 0x5E {  // ^
            plain = false
            position += 1
        }
        // "[]…]" reads differently from one syntax to another.
        guard current != 0x5D else { throw UnreadablePattern() }
        var depth = 1
        while let unit = current {
            if unit == 0x5C {  // an escape: a mark is itself, anything else a class
                guard position + 1 < units.count else { throw UnreadablePattern() }
                let next = units[position + 1]
                position += 2
                if depth == 1, next < 0x80, !UTF16Classes.isAlphanumeric(next) {
                    members.append(next)
                    continue
                }
                plain = false
                if (next == 0x70 || next == 0x50 || next == 0x4E || next == 0x78) && current == 0x7B {
                    while let inner = current, inner != 0x7D { position += 1 }
                    position += 1
                }
                continue
            }
            position += 1
            switch unit {
            case 0x5B:  // a nested set
                depth += 1
                plain = false
            case 0x5D:
                depth -= 1
                if depth == 0 { return plain && !members.isEmpty ? members.map { [$0] } : nil }
            case 0x2D where current == 0x5D && depth == 1:  // a hyphen last is itself
                members.append(unit)
            case 0x2D, 0x26, 0x24, 0x7B, 0x7D, 0x3A, 0xD800...0xDFFF:  // ranges, set operators, properties
                plain = false
            default:
                if depth == 1 { members.append(unit) }
            }
        }
        throw UnreadablePattern()
    }

    /// Reads a group: what every match of it requires, nil for a look-around or a scoped flag
    /// group; a flag group `(?i)` (which changes what follows) or a comment is not followed.
    mutating func group() throws(UnreadablePattern) -> [[UInt16]]? {
        position += 1
        var requires = true
        if current == 0x3F {  // ?
            position += 1
            switch current {
            case 0x3A, 0x3E:  // (?: (?>
                position += 1
            case 0x3D, 0x21:  // (?= (?!
                position += 1
                requires = false
            case 0x3C:  // (?<= (?<! or a named group (?<name>
                position += 1
                if current == 0x3D || current == 0x21 {
                    position += 1
                    requires = false
                } else {
                    while let unit = current, unit != 0x3E {
                        guard unit < 0x80, UTF16Classes.isAlphanumeric(unit) else { throw UnreadablePattern() }
                        position += 1
                    }
                    guard current == 0x3E else { throw UnreadablePattern() }
                    position += 1
                }
            default:
                while let unit = current, (0x61...0x7A).contains(unit) || unit == 0x2D { position += 1 }
                guard current == 0x3A else { throw UnreadablePattern() }
                position += 1
                requires = false
            }
        }
        let inside = try alternation()
        guard current == 0x29 else { throw UnreadablePattern() }
        position += 1
        return requires ? inside : nil
    }
}
