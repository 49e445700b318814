/// Where something is in the input: a file (or `<stdin>`) and a 1-based line.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The path as the user gave it, or `<stdin>`.
    public var path: String
    /// The 1-based line, or 0 when the whole file is meant.
    public var line: Int

    public init(path: String, line: Int) {
        self.path = path
        self.line = line
    }

    /// `path:line`, or `path` alone for a whole file.
    public var description: String { line > 0 ? "\(path):\(line)" : path }
}

/// A problem found in the input, reported and counted while the batch goes on.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious it is.
    public enum Severity: String, Sendable {
        /// The record was rejected: nothing was written for it.
        case error
        /// The record was processed, but something was repaired (invalid UTF-8, say).
        case warning
    }

    public var location: SourceLocation
    public var severity: Severity
    public var message: String
    /// The record's id, when known.
    public var recordID: String?

    public init(location: SourceLocation, severity: Severity, message: String, recordID: String? = nil) {
        self.location = location
        self.severity = severity
        self.message = message
        self.recordID = recordID
    }

    /// `path:line: error: message`, the form editors and CI logs link to.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
