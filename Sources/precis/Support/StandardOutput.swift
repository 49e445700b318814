import Foundation

/// Writes a command's report to stdout, and exits 74 when it cannot be written.
///
/// `FileHandle.write(_: Data)` traps on a failed write (a full disk, `> /dev/full`, a closed
/// stdout), and `print` loses the error in stdio's buffer and exits 0, so reports are written
/// here with `write(2)` and every failure is named. A broken pipe still ends the process with
/// SIGPIPE (status 141), as for every other command.
enum StandardOutput {
    /// Writes all of `bytes` to file descriptor 1.
    static func write(_ bytes: [UInt8]) throws {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                Foundation.write(1, buffer.baseAddress.map { $0 + written }, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                BatchDriver.report("precis: error: cannot write to stdout: \(String(cString: strerror(errno)))")
                throw ExitCodes.ioError
            }
            written += result
        }
    }

    /// Writes a string as UTF-8.
    static func write(_ text: String) throws { try write(Array(text.utf8)) }

    /// Writes a string and a line break, as `print` would, but failing loudly.
    static func line(_ text: String) throws { try write(Array((text + "\n").utf8)) }
}

/// Writes diagnostics to stderr with `write(2)`: `FileHandle.write(_: Data)` traps when the write
/// fails (`2> /dev/full`, a closed stderr), and a diagnostic that cannot be shown must not stop
/// the batch it reports on.
enum StandardError {
    static func write(_ text: String) {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                Foundation.write(2, buffer.baseAddress.map { $0 + written }, buffer.count - written)
            }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { return }
            written += result
        }
    }
}
