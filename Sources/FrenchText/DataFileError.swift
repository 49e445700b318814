/// A problem in one of the data files under `Lexicons/`, located by file and line.
public struct DataFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's path as given.
    public let path: String
    /// The 1-based line, or 0 when the problem concerns the whole file.
    public let line: Int
    /// What is wrong.
    public let message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: message`, the form editors and CI logs link to.
    public var description: String { line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)" }
}
