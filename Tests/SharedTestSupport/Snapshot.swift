import Foundation
import Testing

/// Golden files for the test targets: one comparison, whatever the target.
public enum Snapshot {
    /// Compares `actual` with the file `name` in `directory`; `PRECIS_RECORD_SNAPSHOTS=1`
    /// re-records it instead.
    public static func assert(
        _ actual: String, named name: String, in directory: URL, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PRECIS_RECORD_SNAPSHOTS"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing snapshot \(name): run with PRECIS_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "snapshot \(name) differs", sourceLocation: sourceLocation)
    }
}
