import Foundation

/// Where a command writes its output: stdout, or a file replaced atomically at the end.
///
/// A file output is written to a temporary file beside it and renamed over the target only
/// when the run finishes, so an interrupted run never leaves a half-written output, and a
/// reader never sees one.
public final class OutputWriter {
    let handle: FileHandle
    let target: String?
    let temporary: String?
    var buffer: [UInt8] = []
    static let flushSize = 1 << 20

    /// Opens stdout (`path` nil or `-`) or a temporary file beside `path`.
    public init(path: String?) throws {
        guard let path, path != "-" else {
            handle = FileHandle.standardOutput
            target = nil
            temporary = nil
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let temporaryPath =
            directory + "/." + url.lastPathComponent + ".precis-\(getpid())-\(UUID().uuidString.prefix(8)).tmp"
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil) else {
            throw OutputError(path: path, message: "cannot create a file in \(directory)")
        }
        guard let opened = FileHandle(forWritingAtPath: temporaryPath) else {
            throw OutputError(path: path, message: "cannot open \(temporaryPath)")
        }
        handle = opened
        target = path
        temporary = temporaryPath
    }

    /// Appends bytes, flushing in large blocks.
    public func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= OutputWriter.flushSize { try flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and, for a file, syncs and renames it over the target.
    public func finish() throws {
        try flush()
        guard let target, let temporary else { return }
        try handle.synchronize()
        try handle.close()
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw OutputError(path: target, message: "cannot replace: \(reason)")
        }
    }

    /// Removes the temporary file of a run that failed; the target is left as it was.
    public func abandon() {
        guard let temporary else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
    }
}

/// A failure to write an output.
public struct OutputError: Error, CustomStringConvertible {
    public let path: String
    public let message: String
    public var description: String { "\(path): \(message)" }
}
