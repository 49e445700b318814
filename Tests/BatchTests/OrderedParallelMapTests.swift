import Batch
import Foundation
import Testing

@Suite("Ordered parallel map")
struct OrderedParallelMapTests {
    /// Runs a batch of `count` JSONL records with `jobs` threads; returns the emitted lines.
    func run(jobs: Int, count: Int) throws -> [String] {
        let scratch = try Scratch()
        let lines = (0..<count).map { "{\"id\": \"r\($0)\", \"text\": \"Texte numéro \($0).\"}" }
        let file = try scratch.write("batch.jsonl", lines.joined(separator: "\n") + "\n{broken\n")
        var emitted: [String] = []
        try OrderedParallelMap<Int, [UInt8]>(jobs: jobs, window: 7).run(
            reader: InputReader(paths: [file], options: InputOptions()),
            makeWorker: { 0 },
            transform: { _, record in
                if record.id == "r13" { throw RecordError("refused for the test") }
                return Array((record.id + "=" + record.text.uppercased()).utf8)
            },
            emit: { result in
                switch result {
                case .output(_, let bytes): emitted.append(String(decoding: bytes, as: UTF8.self))
                case .rejected(let diagnostic):
                    emitted.append("reject \(diagnostic.location.line): \(diagnostic.message)")
                }
            })
        return emitted
    }

    @Test("output is identical and in input order whatever the number of threads")
    func deterministic() throws {
        let one = try run(jobs: 1, count: 100)
        #expect(one.count == 101)
        #expect(one[0] == "r0=TEXTE NUMÉRO 0.")
        #expect(one[13] == "reject 14: refused for the test")
        #expect(one[100].hasPrefix("reject 101: broken JSON line"))
        for jobs in [2, 3, 8] { #expect(try run(jobs: jobs, count: 100) == one) }
    }

    @Test("records that finish out of order are emitted in input order, the window full or not")
    func outOfOrder() throws {
        let scratch = try Scratch()
        let lines = (0..<200).map { "{\"id\": \"r\($0)\", \"text\": \"Texte \($0).\"}" }
        let file = try scratch.write("batch.jsonl", lines.joined(separator: "\n") + "\n")
        // The last two: a byte bound that lets in one record at a time, or a few.
        for (jobs, window, bytes) in [
            (2, 1, 1 << 20), (2, 2, 1 << 20), (3, 5, 1 << 20), (4, 64, 1 << 20), (4, 1000, 1 << 20), (3, 64, 1),
            (3, 64, 40),
        ] {
            var emitted: [String] = []
            try OrderedParallelMap<Int, String>(jobs: jobs, window: window, windowBytes: bytes).run(
                reader: InputReader(paths: [file], options: InputOptions()), makeWorker: { 0 },
                transform: { _, record in
                    // Every third record takes longer, so a later one is often done first.
                    if (Int(record.id.dropFirst()) ?? 0) % 3 == 0 { usleep(300) }
                    return record.id
                },
                emit: { result in
                    guard case .output(_, let id) = result else { return }
                    emitted.append(id)
                })
            #expect(emitted == (0..<200).map { "r\($0)" }, "jobs \(jobs), window \(window), bytes \(bytes)")
        }
    }

    @Test("a batch that fills its window exactly, and an empty batch")
    func blockEdges() throws {
        // 13 records and the broken line: twice a full window of 7.
        let one = try run(jobs: 1, count: 13)
        #expect(one.count == 14)
        for jobs in [2, 4] { #expect(try run(jobs: jobs, count: 13) == one) }
        let scratch = try Scratch()
        let empty = try scratch.write("empty.jsonl", "")
        var calls = 0
        try OrderedParallelMap<Int, Int>(jobs: 2, window: 7).run(
            reader: InputReader(paths: [empty], options: InputOptions()), makeWorker: { 0 },
            transform: { _, _ in 1 }, emit: { _ in calls += 1 })
        #expect(calls == 0)
    }

    @Test("an error thrown by emit stops the run after the results before it, in order")
    func emitThrows() throws {
        let scratch = try Scratch()
        let lines = (0..<60).map { "{\"id\": \"r\($0)\", \"text\": \"Texte \($0).\"}" }
        let file = try scratch.write("batch.jsonl", lines.joined(separator: "\n") + "\n")
        var emitted: [String] = []
        #expect(throws: RecordError.self) {
            try OrderedParallelMap<Int, String>(jobs: 3, window: 7).run(
                reader: InputReader(paths: [file], options: InputOptions()), makeWorker: { 0 },
                transform: { _, record in record.id },
                emit: { result in
                    guard case .output(_, let id) = result else { return }
                    if id == "r20" { throw RecordError("stop at r20") }
                    emitted.append(id)
                })
        }
        #expect(emitted == (0..<20).map { "r\($0)" })
    }
}
