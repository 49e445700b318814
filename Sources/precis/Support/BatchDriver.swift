import ArgumentParser
import Batch
import Foundation

/// Runs a batch command: reads, transforms in parallel, writes in order, reports, exits.
///
/// Every command shares this loop, so they all behave the same way: each reject and warning
/// goes to stderr as `path:line: severity: message` (and to `--rejects`) while the batch goes
/// on (or stops with `--on-error fail`); `--shard` keeps this machine's share; `--resume`
/// continues an interrupted run; the output, its `.ordinals` (shards) and its manifest are
/// written atomically at the end; the exit status is 1 when anything was rejected.
enum BatchDriver {
    static func run<Worker>(
        reader: InputReader,
        output: OutputArguments,
        signature: String,
        makeWorker: () throws -> Worker,
        transform: @escaping @Sendable (Worker, Record) throws -> [UInt8],
        onWritten: (Record) -> Void = { _ in }
    ) throws {
        try withoutActuallyEscaping(onWritten) { onWritten in
            try run(
                reader: reader, output: output, signature: signature, makeWorker: makeWorker, transform: transform,
                bytes: { $0 }, observe: { record, _ in onWritten(record) })
        }
    }

    /// The same, for commands whose workers return a richer value: `bytes` renders it for the
    /// output, and `observe` sees each one in input order (to build an HTML page, say).
    static func run<Worker, Output>(
        reader: InputReader,
        output: OutputArguments,
        signature: String,
        makeWorker: () throws -> Worker,
        transform: @escaping @Sendable (Worker, Record) throws -> Output,
        bytes: (Output) -> [UInt8],
        observe: ((Record, Output) -> Void)? = nil
    ) throws {
        let shard: ShardSpec?
        do {
            shard = try output.shardSpec()
        } catch {
            throw ValidationError("\(error)")
        }
        let files: RunFiles
        do {
            files = try RunFiles(output: output, sharded: shard != nil)
        } catch {
            report("precis: error: \(error)")
            throw ExitCodes.ioError
        }
        let source = BatchSource(reader: reader, shard: shard, alreadyWritten: files.resumedIDs)
        let progress = ProgressReporter(forced: output.progress)
        var written = 0
        var rejected = 0
        var warnings = 0
        var stoppedOnError = false
        do {
            try OrderedParallelMap<Worker, Output>(jobs: output.jobs).run(
                next: source.next, makeWorker: makeWorker, transform: transform
            ) { result in
                switch result {
                case .output(let record, let value):
                    for warning in record.warnings {
                        warnings += 1
                        report(warning.description)
                    }
                    try files.write(bytes(value), ordinal: record.ordinal)
                    observe?(record, value)
                    written += 1
                case .rejected(let diagnostic):
                    rejected += 1
                    report(diagnostic.description)
                    try files.reject(diagnostic)
                    if output.onError == .fail {
                        stoppedOnError = true
                        throw StopOnError()
                    }
                }
                progress.update(written + rejected)
            }
            progress.finish(written + rejected)
            let manifest = RunManifest(
                precis: Precis.version, signature: signature, inputHash: source.inputHashHex,
                inputRecords: source.recordsRead,
                shard: shard.map { RunManifest.Shard(index: $0.index, count: $0.count) },
                written: written + files.resumedIDs.count, rejectedInput: source.inputRejects,
                rejectedRecords: rejected - source.inputRejects, skippedOtherShards: source.skippedOtherShards,
                resumedRecords: files.resumedIDs.count, outputHash: files.outputHashHex)
            try files.finish(manifest: manifest)
        } catch is StopOnError {
            files.suspend()
            report("precis: stopped at the first rejected record (--on-error fail); rerun with --resume once fixed")
            throw ExitCodes.rejects
        } catch {
            files.suspend()
            report("precis: error: \(error)")
            throw ExitCodes.ioError
        }
        if rejected > 0 || warnings > 0 || source.skippedAlreadyWritten > 0 {
            var summary =
                "precis: \(written) written, \(rejected) rejected, \(warnings) warning\(warnings == 1 ? "" : "s")"
            if source.skippedAlreadyWritten > 0 {
                summary += ", \(source.skippedAlreadyWritten) already written (resumed)"
            }
            report(summary)
        }
        _ = stoppedOnError
        if rejected > 0 { throw ExitCodes.rejects }
    }

    static func report(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// `--on-error fail` stops the batch at the first reject.
struct StopOnError: Error {}

/// The files of one run: the output, its ordinals (shards), its rejects and its manifest.
final class RunFiles {
    let writer: OutputWriter
    let ordinals: OutputWriter?
    let rejects: OutputWriter?
    let manifestPath: String?
    let resumedIDs: Set<String>
    var outputHash = StableHash.offsetBasis

    init(output: OutputArguments, sharded: Bool) throws {
        writer = try OutputWriter(path: output.output, resume: output.resume)
        var ids: Set<String> = []
        for line in writer.resumedLines {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let id = object["id"] as? String
            else {
                throw OutputError(
                    path: output.output ?? "-", message: "cannot resume: a line of the partial output has no id")
            }
            ids.insert(id)
            outputHash = StableHash.fnv1a(Array(line.utf8) + [0x0A], seed: outputHash)
        }
        resumedIDs = ids
        // Ordinals and the manifest go beside a real output file only, not beside a device or a
        // FIFO (`-o /dev/null`).
        let outputFile = output.output.flatMap { OutputWriter.isSpecialFile($0) ? nil : $0 }
        if sharded, let path = outputFile {
            // The ordinals of the lines kept, then the new ones.
            let previous = try OutputWriter(path: RunManifest.ordinalsPath(for: path), resume: output.resume)
                .resumedLines
            let fresh = try OutputWriter(path: RunManifest.ordinalsPath(for: path))
            for line in previous.prefix(ids.count) { try fresh.write(Array((line + "\n").utf8)) }
            ordinals = fresh
        } else {
            ordinals = nil
        }
        rejects = try output.rejects.map { try OutputWriter(path: $0) }
        manifestPath = output.manifest ?? outputFile.map(RunManifest.path(for:))
    }

    var outputHashHex: String { StableHash.hex(outputHash) }

    func write(_ bytes: [UInt8], ordinal: Int) throws {
        outputHash = StableHash.fnv1a(bytes, seed: outputHash)
        try writer.write(bytes)
        try ordinals?.write(Array("\(ordinal)\n".utf8))
    }

    func reject(_ diagnostic: Diagnostic) throws {
        guard let rejects else { return }
        var json = JSONWriter()
        json.beginObject()
        json.field("location", diagnostic.location.description)
        json.key("id")
        if let id = diagnostic.recordID { json.string(id) } else { json.null() }
        json.field("message", diagnostic.message)
        json.endObject()
        json.newline()
        try rejects.write(json.bytes)
    }

    func finish(manifest: RunManifest) throws {
        try writer.finish()
        try ordinals?.finish()
        try rejects?.finish()
        if let manifestPath {
            let manifestWriter = try OutputWriter(path: manifestPath)
            try manifestWriter.write(Array(try manifest.encoded()))
            try manifestWriter.finish()
        }
    }

    /// Keeps the partial output for `--resume`; the rejects found so far are written.
    func suspend() {
        writer.suspend()
        ordinals?.suspend()
        try? rejects?.finish()
    }
}
