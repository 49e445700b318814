import Foundation
import SharedTestSupport
import Testing

/// Runs the built `precis` binary from the repository root and compares outputs with snapshots.
enum CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `precis` binary built beside the test bundle.
    static var binary: URL {
        let beside = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
        for candidate in [beside, beside.deletingLastPathComponent(), root.appendingPathComponent(".build/debug")] {
            let url = candidate.appendingPathComponent("precis")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return root.appendingPathComponent(".build/debug/precis")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `precis` with arguments, stdin bytes and extra environment, in the repository root.
    static func run(_ arguments: [String], stdin: [UInt8] = [], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        var env = ProcessInfo.processInfo.environment
        env["PRECIS_LEXICONS"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(stdin))
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot fill a pipe and block.
        var out = Data()
        var err = Data()
        let group = DispatchGroup()
        let queue = DispatchQueue(label: "precis-tests.read", attributes: .concurrent)
        let outBox = DataBox()
        let errBox = DataBox()
        queue.async(group: group) { outBox.data = output.fileHandleForReading.readDataToEndOfFile() }
        queue.async(group: group) { errBox.data = error.fileHandleForReading.readDataToEndOfFile() }
        group.wait()
        out = outBox.data
        err = errBox.data
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }

    /// Compares `actual` with `Tests/precisTests/Snapshots/name` (``Snapshot/assert(_:named:in:sourceLocation:)``).
    static func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        try Snapshot.assert(
            actual, named: name, in: root.appendingPathComponent("Tests/precisTests/Snapshots"),
            sourceLocation: sourceLocation)
    }
}

final class DataBox: @unchecked Sendable {
    var data = Data()
}
