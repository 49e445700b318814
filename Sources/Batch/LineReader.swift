#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file descriptor line by line, in large blocks, with line numbers.
///
/// Lines may be of any length (a 50 MB JSONL line is read whole); `\n` ends a line and a
/// `\r` before it is dropped, unless the reader keeps the bytes exactly. Memory is bounded by
/// the longest line plus one block.
final class LineReader {
    let descriptor: Int32
    let closeOnDeinit: Bool
    /// Whether a `\r` before `\n` stays in the line (an output copied byte for byte).
    let keepsCarriageReturns: Bool
    var buffer: [UInt8] = []
    var position = 0
    var atEnd = false
    /// Where the search for the next newline resumes: bytes before it hold none.
    var searched = 0
    /// The number of the line last returned.
    private(set) var lineNumber = 0
    /// Whether the line last returned ended with a newline (the last line of a file may not).
    private(set) var lastLineTerminated = true
    static let blockSize = 1 << 20

    init(descriptor: Int32, closeOnDeinit: Bool, keepsCarriageReturns: Bool = false) {
        self.descriptor = descriptor
        self.closeOnDeinit = closeOnDeinit
        self.keepsCarriageReturns = keepsCarriageReturns
    }

    deinit { if closeOnDeinit { close(descriptor) } }

    /// The next line without its terminator, or `nil` at the end of the input.
    func nextLine() throws(InputError) -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[max(position, searched)...].firstIndex(of: 0x0A) {
                var end = newline
                if !keepsCarriageReturns, end > position, buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[position..<end]
                position = newline + 1
                searched = position
                lineNumber += 1
                lastLineTerminated = true
                return line
            }
            searched = buffer.count
            if atEnd {
                guard position < buffer.count else { return nil }
                let line = buffer[position...]
                position = buffer.count
                lineNumber += 1
                lastLineTerminated = false
                return !keepsCarriageReturns && line.last == 0x0D ? line.dropLast() : line
            }
            try fill()
        }
    }

    /// Reads one more block, dropping the consumed part of the buffer first.
    func fill() throws(InputError) {
        if position > 0 {
            buffer.removeSubrange(0..<position)
            searched -= position
            position = 0
        }
        let oldCount = buffer.count
        buffer.reserveCapacity(oldCount + LineReader.blockSize)
        var readCount = 0
        buffer.append(contentsOf: repeatElement(0, count: LineReader.blockSize))
        repeat {
            readCount = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress.map { $0 + oldCount }, LineReader.blockSize)
            }
        } while readCount < 0 && errno == EINTR
        guard readCount >= 0 else {
            buffer.removeSubrange(oldCount...)
            throw InputError(message: "read error: \(String(cString: strerror(errno)))")
        }
        buffer.removeSubrange((oldCount + readCount)...)
        if readCount == 0 { atEnd = true }
    }
}

/// A failure to read an input.
struct InputError: Error {
    let message: String
}
