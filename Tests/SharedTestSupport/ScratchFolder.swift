import Foundation

/// The one folder under the system's temporary directory where the tests write their files,
/// removed when the test process exits.
///
/// Tests name their files in it as they did in `/tmp` (with a UUID, so that tests running in
/// parallel never share one); before this folder, a run of `swift test` left some 130 entries
/// in `/tmp`.
public enum ScratchFolder {
    /// The folder, made on first use; its removal is registered with `atexit` then.
    public static let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "precis-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ScratchFolder.root) }
        return url
    }()
}
