import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An anonymous temporary file that a batch writes what it cannot keep in memory to, and reads
/// back at the end.
///
/// The file is removed from its folder as soon as it is opened, so that nothing is left behind
/// whatever way the process ends; it lives as long as the object. It is read and written at
/// offsets (`pread`, `pwrite`), by one thread.
public final class SpillFile {
    /// A spill file that could not be created, written or read.
    public struct SpillError: Error, Sendable, CustomStringConvertible {
        public let message: String
        public var description: String { message }

        public init(message: String) { self.message = message }
    }

    let descriptor: Int32
    /// The bytes written so far: where the next append goes.
    public private(set) var size: Int64 = 0

    /// Opens a new spill file in `directory` (the system's temporary folder, `TMPDIR`, by default).
    public init(directory: String? = nil) throws(SpillError) {
        let folder = directory ?? FileManager.default.temporaryDirectory.path
        var template = Array((folder + "/.precis-spill-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else {
            throw SpillError(
                message: "cannot create a temporary file in \(folder): \(String(cString: strerror(errno)))")
        }
        let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        unlink(path)
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Appends `bytes` and returns the offset they start at.
    @discardableResult
    public func append(_ bytes: [UInt8]) throws(SpillError) -> Int64 {
        let start = size
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                pwrite(
                    descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written,
                    off_t(start) + off_t(written))
            }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else {
                throw SpillError(message: "cannot write a temporary file: \(String(cString: strerror(errno)))")
            }
            written += result
        }
        size += Int64(bytes.count)
        return start
    }

    /// The `count` bytes at `offset`, which an earlier append wrote.
    public func read(at offset: Int64, count: Int) throws(SpillError) -> [UInt8] {
        guard offset >= 0, count >= 0, offset + Int64(count) <= size else {
            throw SpillError(message: "a read past the end of a temporary file")
        }
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let result = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress.map { $0 + done }, count - done, off_t(offset) + off_t(done))
            }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else {
                throw SpillError(message: "cannot read a temporary file: \(String(cString: strerror(errno)))")
            }
            done += result
        }
        return bytes
    }
}
