/// A problem in the lexicon, located by file and line: `path:line: error: message`.
public struct LexiconIssue: Error, Sendable, Equatable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        /// The row cannot be used (malformed) or contradicts another (conflicting renderings).
        case error
        /// Worth a look: a variant shared by concepts of different countries, say.
        case warning

        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public var location: LexiconLocation
    public var severity: Severity
    public var message: String

    public init(_ location: LexiconLocation, _ severity: Severity, _ message: String) {
        self.location = location
        self.severity = severity
        self.message = message
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
