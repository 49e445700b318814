#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The lines of a file, read a block at a time with their numbers: for the side files a command
/// reads back (shards' batch glossaries, a partial output), whose size grows with the batch.
public final class FileLines {
    /// A file that could not be opened or read.
    public struct ReadError: Error, Sendable, CustomStringConvertible {
        public let path: String
        public let message: String
        public var description: String { "\(path): error: \(message)" }
    }

    let reader: LineReader
    public let path: String
    /// The number of the line last returned (1-based).
    public var lineNumber: Int { reader.lineNumber }
    /// Whether the line last returned ended with a newline: the last line of a file written
    /// by an interrupted run may be cut.
    public var lastLineTerminated: Bool { reader.lastLineTerminated }

    /// Opens `path` for reading.
    public init(path: String) throws(ReadError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw ReadError(path: path, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        self.path = path
        reader = LineReader(descriptor: descriptor, closeOnDeinit: true)
    }

    /// The next line without its terminator (`\n`, or `\r\n`), or nil at the end of the file.
    public func next() throws(ReadError) -> ArraySlice<UInt8>? {
        do {
            return try reader.nextLine()
        } catch {
            throw ReadError(path: path, message: error.message)
        }
    }
}
