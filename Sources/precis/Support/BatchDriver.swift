import ArgumentParser
import Batch
import Foundation

/// Runs a batch command: reads, transforms in parallel, writes in order, reports, exits.
///
/// Every command shares this loop, so they all report problems the same way: each reject and
/// warning goes to stderr as `path:line: severity: message` while the batch goes on; a
/// summary line follows; the exit status is 1 when anything was rejected.
enum BatchDriver {
    static func run<Worker>(
        reader: InputReader,
        output: OutputArguments,
        makeWorker: () throws -> Worker,
        transform: @escaping @Sendable (Worker, Record) throws -> [UInt8],
        onWritten: (Record) -> Void = { _ in }
    ) throws {
        let writer: OutputWriter
        do {
            writer = try OutputWriter(path: output.output)
        } catch {
            report("precis: error: \(error)")
            throw ExitCodes.ioError
        }
        var written = 0
        var rejected = 0
        var warnings = 0
        // 64-bit hashes, not the ids: memory stays small on batches of millions.
        var seen = Set<UInt64>()
        do {
            try OrderedParallelMap<Worker>(jobs: output.jobs).run(
                reader: reader, makeWorker: makeWorker, transform: transform
            ) { result in
                switch result {
                case .output(let record, let bytes):
                    guard seen.insert(fnv1a(record.id)).inserted else {
                        rejected += 1
                        report("\(record.location): error: duplicate id '\(record.id)': record skipped")
                        return
                    }
                    for warning in record.warnings {
                        warnings += 1
                        report(warning.description)
                    }
                    try writer.write(bytes)
                    written += 1
                    onWritten(record)
                case .rejected(let diagnostic):
                    rejected += 1
                    report(diagnostic.description)
                }
            }
            try writer.finish()
        } catch {
            writer.abandon()
            report("precis: error: \(error)")
            throw ExitCodes.ioError
        }
        if rejected > 0 || warnings > 0 {
            report(
                "precis: \(written) written, \(rejected) rejected, \(warnings) warning\(warnings == 1 ? "" : "s")")
        }
        if rejected > 0 { throw ExitCodes.rejects }
    }

    /// FNV-1a, 64 bits: stable across runs and platforms, unlike `Hasher`.
    static func fnv1a(_ string: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in string.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    static func report(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
