/// What a regular expression's text says about the units of every match: the literal units it
/// starts with, and the longest run of literal units it must hold.
///
/// Both are read from the pattern as written, conservatively (a pattern this reading does not
/// follow gives none), so that a cleanup rule is refused without a call to ICU on every text
/// that lacks them: most sentences lack most rules' words.
enum PatternLiterals {
    /// The literal prefix of a pattern (see ``prefix(of:)``), its longest required run (see
    /// ``longest(of:)``), never shorter than the prefix, and all its required runs (see
    /// ``requiredRuns(in:)``), read once.
    static func prefixAndRequired(of pattern: String) -> (prefix: [UInt16], required: [UInt16], runs: [[UInt16]]) {
        let units = Array(pattern.utf16)
        let prefix = Self.prefix(of: units)
        let runs = Self.requiredRuns(in: units)
        let required = Self.longest(of: runs)
        return (prefix, required.count > prefix.count ? required : prefix, runs)
    }

    /// ASCII units with a meaning of their own in a pattern.
    private static let metacharacters: Set<UInt16> = Set("\\^$.|?*+()[]{}".utf16)

    /// Whether the pattern has a `|` outside brackets and groups: a match may then take either
    /// side, and no unit of one side is required.
    static func hasTopLevelAlternation(_ units: [UInt16]) -> Bool {
        var groups = 0
        var sets = 0
        var index = 0
        while index < units.count {
            let unit = units[index]
            if unit == 0x5C {  // a backslash escapes the next unit
                index += 2
                continue
            }
            if sets > 0 {
                if unit == 0x5B { sets += 1 } else if unit == 0x5D { sets -= 1 }
            } else {
                switch unit {
                case 0x5B: sets += 1
                case 0x28: groups += 1
                case 0x29: groups -= 1
                case 0x7C where groups == 0: return true
                default: break
                }
            }
            index += 1
        }
        return false
    }

    /// The literal units a pattern starts with, up to its first metacharacter (a unit under a
    /// quantifier `?` `*` `{` left out; an escaped punctuation mark, `\(`, counts as itself; a
    /// leading `^` and a `\b` are passed over); none when the pattern has a `|` outside
    /// brackets and groups, where a match may start otherwise. Flags such as `(?i)` act from
    /// where they stand, after the prefix, which stops at their `(`.
    static func prefix(of units: [UInt16]) -> [UInt16] {
        guard !hasTopLevelAlternation(units) else { return [] }
        var prefix: [UInt16] = []
        // A match starts where `^` stands; `\b` holds between units: neither is a unit.
        var position = units.first == 0x5E ? 1 : 0
        while position < units.count {
            var unit = units[position]
            if unit == 0x5C, position + 1 < units.count, units[position + 1] == 0x62 {
                position += 2
                continue
            }
            // An escaped ASCII punctuation mark is itself ("\(", "\."); "\d", "\p{Lu}" are classes.
            if unit == 0x5C, position + 1 < units.count, units[position + 1] < 0x80,
                !UTF16Classes.isAlphanumeric(units[position + 1])
            {
                unit = units[position + 1]
                position += 2
            } else if metacharacters.contains(unit) {
                if unit == 0x3F || unit == 0x2A || unit == 0x7B, !prefix.isEmpty { prefix.removeLast() }
                break
            } else {
                position += 1
            }
            prefix.append(unit)
        }
        return prefix
    }

    /// The first of the longest of a pattern's required runs (none for no run): the longest run
    /// of literal units, outside groups and brackets, that every match holds one after the
    /// other (" vous recommande" in `\p{Lu}[\p{L} -]{1,30} vous recommande\s?:?`, " |" in
    /// `[^\n]{10,250} \| ?©`).
    private static func longest(of runs: [[UInt16]]) -> [UInt16] {
        runs.reduce([]) { $1.count > $0.count ? $1 : $0 }
    }

    /// Every run of literal units, outside groups and brackets, that every match holds one
    /// after the other, in the pattern's order (", " and " [" in
    /// `\p{Lu}[\p{L} -]{0,40}, \d{1,2} \p{Ll}+ \d{4} \[[^\]\n]{2,30}\]`): each is required, not only
    /// the longest, so the units of all of them make a finer first test.
    ///
    /// A unit under `?`, `*` or `{…}` leaves the run, one under `+` ends it; groups, classes,
    /// `.` and anchors end it too, and `\b` (between units) does not. None for a pattern with a
    /// top-level `|`, or with a flag group such as `(?i)` or `(?x)`, which changes how the
    /// literals that follow it match.
    static func requiredRuns(in units: [UInt16]) -> [[UInt16]] {
        // \Q…\E quotes metacharacters, which this reading would take for what they mean.
        let quotes = units.indices.dropLast().contains { units[$0] == 0x5C && units[$0 + 1] == 0x51 }
        guard !hasTopLevelAlternation(units), !hasFlagGroup(units), !quotes else { return [] }
        var runs: [[UInt16]] = []
        var run: [UInt16] = []
        func endRun() {
            if !run.isEmpty { runs.append(run) }
            run = []
        }
        /// Whether the atom just read is a literal unit, the last of `run`.
        var lastIsLiteral = false
        var groups = 0
        var sets = 0
        var index = 0
        while index < units.count {
            let unit = units[index]
            let next: UInt16? = index + 1 < units.count ? units[index + 1] : nil
            if sets > 0 || groups > 0 {
                if unit == 0x5C {
                    index += 2
                    continue
                }
                if sets > 0 {
                    if unit == 0x5B { sets += 1 } else if unit == 0x5D { sets -= 1 }
                } else if unit == 0x5B {
                    sets += 1
                } else if unit == 0x28 {
                    groups += 1
                } else if unit == 0x29 {
                    groups -= 1
                }
                index += 1
                continue
            }
            switch unit {
            case 0x5C:
                guard let next else { return [] }
                if next == 0x62 {  // \b: between units
                    index += 2
                    continue
                }
                if next < 0x80, !UTF16Classes.isAlphanumeric(next) {
                    run.append(next)
                    lastIsLiteral = true
                    index += 2
                    continue
                }
                // A class ("\d", "\s", "\p{Lu}"): the run ends; a \p{…} or \P{…} is passed whole.
                endRun()
                lastIsLiteral = false
                index += 2
                if next == 0x70 || next == 0x50, index < units.count, units[index] == 0x7B {
                    while index < units.count, units[index] != 0x7D { index += 1 }
                    index += 1
                }
            case 0x3F, 0x2A, 0x7B, 0x2B:  // ? * {…} +: a quantifier of the atom before
                if lastIsLiteral, let last = run.popLast() {
                    if unit == 0x2B {
                        run.append(last)  // at least once, but what follows may repeat it
                    }
                }
                endRun()
                lastIsLiteral = false
                if unit == 0x7B {
                    while index < units.count, units[index] != 0x7D { index += 1 }
                }
                index += 1
                // A lazy or possessive mark after the quantifier.
                if index < units.count, units[index] == 0x3F || units[index] == 0x2B { index += 1 }
            case 0x28:
                endRun()
                lastIsLiteral = false
                groups = 1
                index += 1
            case 0x5B:
                endRun()
                lastIsLiteral = false
                sets = 1
                index += 1
            case _ where metacharacters.contains(unit):  // . ^ $ and a stray ) ] }
                endRun()
                lastIsLiteral = false
                index += 1
            default:
                run.append(unit)
                lastIsLiteral = true
                index += 1
            }
        }
        endRun()
        return runs
    }

    /// Whether the pattern has a group of flags, `(?i)` or `(?x-s)`, whose effect reaches the
    /// literals after it (a scoped `(?i:…)` is a group, which ``requiredRuns(in:)`` passes over).
    static func hasFlagGroup(_ units: [UInt16]) -> Bool {
        var index = 0
        while index + 2 < units.count {
            if units[index] == 0x5C {
                index += 2
                continue
            }
            if units[index] == 0x28, units[index + 1] == 0x3F {
                var end = index + 2
                while end < units.count, (0x61...0x7A).contains(units[end]) || units[end] == 0x2D { end += 1 }
                if end > index + 2, end < units.count, units[end] == 0x29 { return true }
            }
            index += 1
        }
        return false
    }
}
