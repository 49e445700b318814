import Dispatch
import FrenchText
import Synchronization

/// One rule of `Lexicons/fr/cleanup.tsv`: a kind of scraped-article noise and its pattern.
public struct CleanupRule: Sendable, Equatable {
    /// What the rule recognises.
    public enum Action: String, Sendable {
        /// A whole sentence that is noise (byline, dateline, credit, link, tweet, subscription prompt).
        case drop
        /// A sentence that contains a match anywhere is noise (an embedded tweet's link).
        case dropIfContains = "drop-if-contains"
        /// A label at a sentence start: glued to the next word ("DiaporamaEn marge …") or an
        /// agency dateline ("PARIS (AFP) - …").
        case splitLabel = "split-label"
        /// A sentence that starts with the pattern, plain text compared case aside (’ as '), is
        /// noise, however long and however it ends ("À lire aussi … « … »"); tried on every sentence.
        case dropIfStarts = "drop-if-starts"
        /// A sentence that starts with a match of the pattern is noise, however long and however
        /// it ends ("Chaque samedi, recevez …", a newsletter's blurb); tried on every sentence
        /// that starts with a unit the pattern can start with.
        case dropIfOpens = "drop-if-opens"
        /// A sentence that ends with the pattern, plain text compared as `drop-if-starts` does,
        /// is noise, however long ("… revendus à l'étranger (illustration)."); tried on every
        /// sentence, without ICU.
        case dropIfEnds = "drop-if-ends"
        /// A sentence of the page's end matter in which the pattern occurs is noise, however it
        /// ends: an author's bio ("Name est journaliste à … depuis 2018."), a kiosk or support
        /// blurb. The end matter is the last paragraphs that hold prose, two sentences at most
        /// each, after a story paragraph: the same words open story sentences ("Mamoudou Barry
        /// était chercheur à …"), which are left alone.
        case dropAtEnd = "drop-at-end"

        /// Whether the rule's pattern is plain text, compared without ICU (`drop-if-starts`,
        /// `drop-if-ends`), not a regular expression.
        public var takesPlainText: Bool { self == .dropIfStarts || self == .dropIfEnds }
    }

    /// The kind of noise, reported in explanations: byline, dateline, credit, caption (a photo's
    /// caption that says so: "Illustration : …"), read-also, tweet, promo, widget (page furniture:
    /// reading time, share and print buttons), label, bullet (a list item's marker), about (a
    /// body's "À propos de …" boilerplate), heading (a short line without final punctuation). ``ArticleCleaner/verdicts(for:in:title:leading:)``
    /// also marks as caption the lines a credit closes, and adds title.
    public let kind: String
    public let action: Action
    /// The pattern as written in the file.
    public let pattern: String
    /// The ICU regular expression, compiled when the rule is made (each ``ArticleCleaner`` takes
    /// its own copy); nil for `drop-if-starts` and `drop-if-ends`, whose pattern is plain text.
    public let compiled: CompiledPattern?
    /// Its line in ``fileName``, which explanations name ("cleanup.tsv:37"); nil for a rule made
    /// in code.
    public let line: Int?

    public init(kind: String, action: Action, pattern: String, line: Int? = nil) throws(ICUError) {
        self.kind = kind
        self.action = action
        self.pattern = pattern
        self.line = line
        compiled = action.takesPlainText ? nil : try CompiledPattern(pattern)
    }

    /// A rule whose pattern is already compiled (nil for plain text).
    init(kind: String, action: Action, pattern: String, line: Int, compiled: CompiledPattern?) {
        self.kind = kind
        self.action = action
        self.pattern = pattern
        self.line = line
        self.compiled = compiled
    }

    public static func == (lhs: CleanupRule, rhs: CleanupRule) -> Bool {
        lhs.kind == rhs.kind && lhs.action == rhs.action && lhs.pattern == rhs.pattern
    }

    /// The file read by ``load(path:)``, in `Lexicons/fr/`.
    public static let fileName = "cleanup.tsv"

    /// Reads the rules, refusing an unknown action or a pattern that does not compile, with its line.
    ///
    /// The patterns are compiled on every core: ICU builds each `\p{…}` set afresh (a few hundred
    /// thousand instructions apiece, with hundreds in the file), which made the file's compile
    /// most of a run's start.
    public static func load(path: String) throws(DataFileError) -> [CleanupRule] {
        let rows = try DataFile.rows(ofTSV: DataFile.readText(path), path: path, header: ["kind", "action", "pattern"])
        // The rows up to the first malformed one; its error comes after any pattern above it
        // that does not compile, as the file reads.
        var actions: [Action] = []
        var malformed: DataFileError? = nil
        for row in rows {
            guard let action = Action(rawValue: row.cells[1]) else {
                malformed = DataFileError(
                    path: path, line: row.line,
                    message:
                        "unknown action '\(row.cells[1])' (expected drop, drop-if-contains, drop-if-starts, drop-if-ends, drop-if-opens, drop-at-end or split-label)"
                )
                break
            }
            if action.takesPlainText, row.cells[2].allSatisfy(\.isWhitespace) {
                malformed = DataFileError(
                    path: path, line: row.line, message: "\(action.rawValue) needs a text to look for")
                break
            }
            actions.append(action)
        }
        let patterns = actions.indices.map { actions[$0].takesPlainText ? nil : rows[$0].cells[2] }
        let compiled = Mutex([Result<CompiledPattern, ICUError>?](repeating: nil, count: patterns.count))
        DispatchQueue.concurrentPerform(iterations: patterns.count) { index in
            guard let pattern = patterns[index] else { return }
            let result = Result { () throws(ICUError) in try CompiledPattern(pattern) }
            compiled.withLock { $0[index] = result }
        }
        let results = compiled.withLock { $0 }
        var rules: [CleanupRule] = []
        rules.reserveCapacity(actions.count)
        // In file order, so the error reported is the first line's, whatever thread found it.
        for (index, action) in actions.enumerated() {
            let row = rows[index]
            var pattern: CompiledPattern? = nil
            if let result = results[index] {
                switch result {
                case .success(let compiled): pattern = compiled
                case .failure(let error):
                    throw DataFileError(path: path, line: row.line, message: "pattern does not compile: \(error)")
                }
            }
            rules.append(
                CleanupRule(
                    kind: row.cells[0], action: action, pattern: row.cells[2], line: row.line, compiled: pattern))
        }
        if let malformed { throw malformed }
        return rules
    }
}
