import Batch
import Dispatch
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

    @Test("a FIFO target is written to as it is, never replaced by a renamed file")
    func specialFiles() throws {
        let scratch = try Scratch()
        let fifo = scratch.path + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(OutputWriter.isSpecialFile(fifo))
        #expect(OutputWriter.isSpecialFile("/dev/null"))
        #expect(!OutputWriter.isSpecialFile(try scratch.write("plain.txt", "x")))
        #expect(!OutputWriter.isSpecialFile(scratch.path))
        #expect(!OutputWriter.isSpecialFile(scratch.path + "/missing"))
        // A reader on the other end; opening a FIFO for writing waits for one.
        let received = ReceivedBytes()
        let reading = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            received.set(FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data())
            reading.signal()
        }
        let writer = try OutputWriter(path: fifo)
        try writer.write(Array("{\"id\": \"a\"}\n".utf8))
        try writer.finish()
        reading.wait()
        #expect(String(decoding: received.get(), as: UTF8.self) == "{\"id\": \"a\"}\n")
        #expect(OutputWriter.isSpecialFile(fifo))
        #expect(!FileManager.default.fileExists(atPath: OutputWriter.partialPath(for: fifo)))
    }
}

/// Bytes handed from the reading thread to the test.
final class ReceivedBytes: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) { lock.withLock { data = value } }
    func get() -> Data { lock.withLock { data } }
}
