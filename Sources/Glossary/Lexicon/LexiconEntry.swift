/// One concept of the fr→en lexicon: a French term with its variants and English renderings.
///
/// A row of `Lexicons/fr-en/*.tsv` (`id fr variants en alternatives kind domain status country
/// case note source`), with the file and line it came from so that every report can point at it.
public struct LexiconEntry: Sendable, Equatable, Hashable {
    /// The terminological status of the French term.
    public enum Status: String, Sendable, CaseIterable {
        case preferred, admitted, deprecated
    }

    /// Whether matching folds case.
    public enum CaseRule: String, Sendable, CaseIterable {
        /// Case-sensitive: "DR" (Democratic Republic) must not fire on "dr".
        case sensitive = "cs"
        /// Case-insensitive, the default for ordinary terms.
        case insensitive = "ci"
    }

    public var id: String
    /// The canonical French term.
    public var fr: String
    /// Spelling variants, acronyms, short forms.
    public var variants: [String]
    /// The preferred English rendering.
    public var en: String
    /// Accepted English alternatives.
    public var alternatives: [String]
    public var kind: String
    public var domain: String
    public var status: Status
    /// ISO 3166 code (or `INT`) where the concept belongs to one country; empty otherwise.
    public var country: String
    public var caseRule: CaseRule
    /// A short note for ambiguous terms.
    public var note: String
    /// Where the entry comes from.
    public var source: String
    /// The file and line the entry was read from (empty path for entries built in code).
    public var location: LexiconLocation

    public init(
        id: String, fr: String, variants: [String] = [], en: String, alternatives: [String] = [], kind: String = "",
        domain: String = "", status: Status = .preferred, country: String = "", caseRule: CaseRule = .insensitive,
        note: String = "", source: String = "", location: LexiconLocation = LexiconLocation(path: "", line: 0)
    ) {
        self.id = id
        self.fr = fr
        self.variants = variants
        self.en = en
        self.alternatives = alternatives
        self.kind = kind
        self.domain = domain
        self.status = status
        self.country = country
        self.caseRule = caseRule
        self.note = note
        self.source = source
        self.location = location
    }

    /// The French forms matched in text: the canonical term first, then its variants.
    public var forms: [String] { [fr] + variants }

    /// The lexicon's column names, in order.
    public static let columns = [
        "id", "fr", "variants", "en", "alternatives", "kind", "domain", "status", "country", "case", "note", "source",
    ]

    /// The entry as the 12 cells of a lexicon row.
    public var cells: [String] {
        [
            id, fr, variants.joined(separator: "|"), en, alternatives.joined(separator: "|"), kind, domain,
            status.rawValue, country, caseRule.rawValue, note, source,
        ]
    }

    /// Whether a form is matched case-sensitively: the entry says so, or the form is an acronym
    /// (all capitals, at most 6 letters: "DR", "DGSN", "ONU").
    public func isCaseSensitive(_ form: String) -> Bool {
        caseRule == .sensitive || LexiconEntry.isShortAcronym(form)
    }

    /// An ALL-CAPS form of at most 6 characters (digits and hyphens allowed, one letter at least).
    public static func isShortAcronym(_ form: String) -> Bool {
        var letters = 0
        var length = 0
        for character in form {
            length += 1
            if character.isLetter {
                guard character.isUppercase else { return false }
                letters += 1
            } else if !(character.isNumber || character == "-" || character == "&") {
                return false
            }
        }
        return letters > 0 && length <= 6
    }
}

/// A file and 1-based line of the lexicon.
public struct LexiconLocation: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    public var path: String
    public var line: Int

    public init(path: String, line: Int) {
        self.path = path
        self.line = line
    }

    public var description: String { line > 0 ? "\(path):\(line)" : path }

    public static func < (a: LexiconLocation, b: LexiconLocation) -> Bool {
        a.path != b.path ? a.path.utf8.lexicographicallyPrecedes(b.path.utf8) : a.line < b.line
    }
}
