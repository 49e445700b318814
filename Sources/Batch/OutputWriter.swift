import Foundation

/// Where a command writes its output: stdout, or a file replaced atomically at the end.
///
/// A file output is written to `.NAME.partial` beside it and renamed over the target only when
/// the run finishes, so an interrupted run never leaves a half-written output and a reader never
/// sees one. With `resume`, an existing `.NAME.partial` from an interrupted run is kept up to
/// its last complete line, and the run appends to it. A target that exists and is not a regular
/// file (`/dev/null`, a FIFO, a terminal), or any path under `/dev` or `/proc` (`/dev/stdout`,
/// `/dev/fd/3`), is written to directly: renaming a file over it would replace the device or the
/// link itself. A symbolic link is followed: the file it names is replaced, and the link stays.
public final class OutputWriter {
    let handle: FileHandle
    /// What messages call the output: "stdout", or its path as given.
    let name: String
    let target: String?
    let temporary: String?
    var buffer: [UInt8] = []
    static let flushSize = 1 << 16
    /// The complete lines found in the partial file of an interrupted run (with `resume`).
    public private(set) var resumedLines: [String] = []

    /// The partial file beside a target: `.NAME.partial` in the same folder.
    public static func partialPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".partial").path
    }

    /// Whether `path` exists and is neither a regular file nor a directory (a device, a FIFO, a
    /// socket), following symbolic links.
    public static func isSpecialFile(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        let kind = status.st_mode & S_IFMT
        return kind != S_IFREG && kind != S_IFDIR
    }

    /// Whether an output at `path` is written to directly, never replaced: a special file, or a
    /// path under `/dev` or `/proc`, whose names are the system's (`/dev/stdout` is a link to
    /// the process's own stdout, which may be a regular file that a rename would not reach).
    /// Nothing is written beside such an output (no manifest, no ordinals).
    public static func writesInPlace(_ path: String) -> Bool {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        return isSpecialFile(path) || absolute.hasPrefix("/dev/") || absolute.hasPrefix("/proc/")
    }

    /// The path a symbolic link finally names (the path itself when it is not a link), each
    /// relative link read from its own folder; a link that names one that does not exist yet
    /// gives that name, so the file is created where the link points.
    public static func resolvingLinks(_ path: String) -> String {
        var current = path
        // As the kernel does, give up after 40 links (a loop).
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, Int(PATH_MAX))
            guard length > 0 else { return current }
            let destination = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current =
                destination.hasPrefix("/")
                ? destination
                : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(destination).path
        }
        return current
    }

    /// The partial file being written, nil for stdout and for an output written in place.
    public var partialPath: String? { temporary }

    /// Opens stdout (`path` nil or `-`), a special file as it is, or the partial file beside
    /// `path`; with `resume`, the partial file's first complete lines are kept, `keepingAtMost`
    /// of them when it is given.
    public init(path: String?, resume: Bool = false, keepingAtMost limit: Int? = nil) throws {
        guard let path, path != "-" else {
            handle = FileHandle.standardOutput
            name = "stdout"
            target = nil
            temporary = nil
            return
        }
        if OutputWriter.writesInPlace(path) {
            guard let opened = FileHandle(forWritingAtPath: path) else {
                throw OutputError(path: path, message: "cannot open for writing")
            }
            handle = opened
            name = path
            target = nil
            temporary = nil
            return
        }
        // A link is kept: the file it names is the one replaced.
        let file = OutputWriter.resolvingLinks(path)
        let partial = OutputWriter.partialPath(for: file)
        let directory = URL(fileURLWithPath: partial).deletingLastPathComponent().path
        var kept = Data()
        if resume, let existing = FileManager.default.contents(atPath: partial) {
            // Keep whole lines only: the interrupted run may have stopped mid-line.
            if let lastNewline = existing.lastIndex(of: 0x0A) { kept = existing[...lastNewline] }
            if let limit {
                var lines = 0
                var end = kept.startIndex
                while lines < limit, let newline = kept[end...].firstIndex(of: 0x0A) {
                    lines += 1
                    end = newline + 1
                }
                kept = kept[kept.startIndex..<end]
            }
            resumedLines = String(decoding: kept, as: UTF8.self).split(separator: "\n").map(String.init)
        }
        guard FileManager.default.createFile(atPath: partial, contents: kept) else {
            throw OutputError(path: path, message: "cannot create a file in \(directory)")
        }
        guard let opened = FileHandle(forWritingAtPath: partial) else {
            throw OutputError(path: path, message: "cannot open \(partial)")
        }
        try opened.seekToEnd()
        handle = opened
        name = path
        target = file
        temporary = partial
    }

    /// Appends bytes, flushing in large blocks.
    public func write(_ bytes: [UInt8]) throws {
        append(bytes)
        if isFull { try flush() }
    }

    /// Appends bytes to the buffer only: the caller flushes (see ``isFull``), to keep two files
    /// in step.
    public func append(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
    }

    /// Whether the buffer has grown to a block worth writing.
    public var isFull: Bool { buffer.count >= OutputWriter.flushSize }

    /// Writes what is buffered, so that an interrupted run can resume from it.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            // Foundation's error names no file: say which output, and why.
            let reason = String(cString: strerror(errno))
            throw OutputError(path: name, message: "cannot write: \(reason)")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and, for a file, syncs and renames it over the target.
    public func finish() throws {
        try flush()
        guard let target, let temporary else {
            if handle !== FileHandle.standardOutput { try? handle.close() }
            return
        }
        try handle.synchronize()
        try handle.close()
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw OutputError(path: target, message: "cannot replace: \(reason)")
        }
    }

    /// Removes the partial file of a run that failed; the target is left as it was.
    public func abandon() {
        guard let temporary else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
    }

    /// Leaves the partial file for `--resume` (an interrupted or failed run); the target is
    /// left as it was.
    public func suspend() {
        try? flush()
        try? handle.close()
    }
}

/// A failure to write an output.
public struct OutputError: Error, CustomStringConvertible {
    public let path: String
    public let message: String
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
    public var description: String { "\(path): \(message)" }
}
