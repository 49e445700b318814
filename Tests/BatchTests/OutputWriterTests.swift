import Batch
import Foundation
import Testing

@Suite("Atomic output files")
struct OutputWriterTests {
    @Test("the target only changes when the run finishes; an abandoned run leaves it as it was")
    func atomic() throws {
        let scratch = try Scratch()
        let target = try scratch.write("out.jsonl", "ancien\n")
        let writer = try OutputWriter(path: target)
        try writer.write(Array("nouveau\n".utf8))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "ancien\n")
        try writer.finish()
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "nouveau\n")

        let failing = try OutputWriter(path: target)
        try failing.write(Array("partiel".utf8))
        failing.abandon()
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "nouveau\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["out.jsonl"])
    }
}
