import Batch
import Foundation
import Testing

@Suite("Shards and safe file names")
struct ShardAndNamesTests {
    @Test("shards partition the ids exactly, whatever the count")
    func partition() throws {
        let ids = (0..<1000).map { "orangesum-valid-\($0)" }
        for count in [1, 2, 3, 7] {
            let shards = try (0..<count).map { try ShardSpec(index: $0, count: count) }
            for id in ids { #expect(shards.filter { $0.owns(id) }.count == 1) }
        }
    }

    @Test("--shard syntax and scheduler environments")
    func parsing() throws {
        #expect(try ShardSpec(parsing: "2/4") == ShardSpec(index: 2, count: 4))
        #expect(throws: ShardSpecError.self) { try ShardSpec(parsing: "4/4") }
        #expect(throws: ShardSpecError.self) { try ShardSpec(parsing: "1-4") }
        #expect(
            try ShardSpec.fromEnvironment(["SLURM_ARRAY_TASK_ID": "3", "SLURM_ARRAY_TASK_COUNT": "4"])
                == ShardSpec(index: 3, count: 4))
        #expect(
            try ShardSpec.fromEnvironment([
                "SLURM_ARRAY_TASK_ID": "4", "SLURM_ARRAY_TASK_COUNT": "4", "SLURM_ARRAY_TASK_MIN": "1",
            ])
                == ShardSpec(index: 3, count: 4))
        #expect(
            try ShardSpec.fromEnvironment(["JOB_COMPLETION_INDEX": "0", "PRECIS_SHARD_COUNT": "2"])
                == ShardSpec(index: 0, count: 2))
        #expect(throws: ShardSpecError.self) { try ShardSpec.fromEnvironment(["JOB_COMPLETION_INDEX": "0"]) }
        #expect(try ShardSpec.fromEnvironment([:]) == nil)
    }

    @Test(
        "hostile ids become names inside the folder, distinct and stable",
        arguments: [
            "../../etc/passwd", "/abs/path", "", ".", "..", ".hidden", "a\u{0}b", "a/b", "a\\b",
            String(repeating: "é", count: 300), "ok-id_1.2",
        ])
    func hostileIDs(id: String) {
        let name = FileNameSanitizer.fileName(for: id, extension: "md")
        #expect(!name.contains("/") && !name.contains("\\") && !name.contains("\u{0}"))
        #expect(!name.hasPrefix("."))
        #expect(name.utf8.count <= 140)
        #expect(name == FileNameSanitizer.fileName(for: id, extension: "md"))
        if id == "ok-id_1.2" { #expect(name == "ok-id_1.2.md") }
    }

    @Test("ids that differ only by unsafe characters get different names")
    func collisions() {
        #expect(
            FileNameSanitizer.fileName(for: "a/b", extension: "md")
                != FileNameSanitizer.fileName(for: "a_b", extension: "md"))
        #expect(
            FileNameSanitizer.fileName(for: "a/b", extension: "md")
                != FileNameSanitizer.fileName(for: "a\\b", extension: "md"))
        // An id that is already the name another id was given keeps a name of its own.
        let changed = FileNameSanitizer.fileName(for: "a/b", extension: "md")
        let lookAlike = String(changed.dropLast(3))
        #expect(FileNameSanitizer.fileName(for: lookAlike, extension: "md") != changed)
        #expect(changed.count == "a_b-".count + 8 + ".md".count)
    }
}
