import ArgumentParser
import Batch
import Foundation
import FrenchText

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
        language: LanguageCheck? = nil,
        makeWorker: () throws -> Worker,
        transform: @escaping @Sendable (Worker, Record) throws -> [UInt8],
        onWritten: (Record) -> Void = { _ in }
    ) throws {
        try withoutActuallyEscaping(onWritten) { onWritten in
            try run(
                reader: reader, output: output, signature: signature, language: language, makeWorker: makeWorker,
                transform: transform, bytes: { $0 }, observe: { record, _ in onWritten(record) })
        }
    }

    /// The same, for commands whose workers return a richer value: `bytes` renders it for the
    /// output, and `observe` sees each one in input order (to build an HTML page, say).
    ///
    /// With a `language` check, a record in another language than French gets a warning before
    /// `transform` sees it, so that its output carries the warning as well as stderr.
    static func run<Worker, Output>(
        reader: InputReader,
        output: OutputArguments,
        signature: String,
        language: LanguageCheck? = nil,
        makeWorker: () throws -> Worker,
        transform: @escaping @Sendable (Worker, Record) throws -> Output,
        bytes: (Output) -> [UInt8],
        observe: ((Record, Output) -> Void)? = nil
    ) throws {
        let shard: ShardSpec?
        do {
            let (spec, variables) = try output.shardSpecAndSource()
            shard = spec
            // A shard taken from the scheduler's environment is said once: a task given a file
            // of its own would otherwise do a part of it without a word.
            if let spec, let variables { report("precis: shard \(spec.description) (from \(variables))") }
        } catch {
            throw ValidationError("\(error)")
        }
        let files: RunFiles
        do {
            files = try RunFiles(output: output, shard: shard, signature: signature)
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
        let checkedTransform: @Sendable (Worker, Record) throws -> Checked<Output> = { worker, record in
            let record = withLanguageWarning(record, language)
            return Checked(warnings: record.warnings, value: try transform(worker, record))
        }
        do {
            try OrderedParallelMap<Worker, Checked<Output>>(jobs: output.jobs).run(
                next: source.next, makeWorker: makeWorker, transform: checkedTransform
            ) { result in
                switch result {
                case .output(let read, let checked):
                    // What `observe` sees is the record as `transform` saw it, warnings included.
                    var record = read
                    record.warnings = checked.warnings
                    let value = checked.value
                    for warning in record.warnings {
                        warnings += 1
                        progress.clear()
                        report(warning.description)
                    }
                    try files.write(bytes(value), ordinal: record.ordinal)
                    observe?(record, value)
                    written += 1
                case .rejected(let diagnostic):
                    rejected += 1
                    progress.clear()
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
            try files.checkResumed(against: source)
            let manifest = RunManifest(
                precis: Precis.version, signature: signature, inputHash: source.inputHashHex,
                inputRecords: source.recordsRead,
                shard: shard.map { RunManifest.Shard(index: $0.index, count: $0.count) },
                written: written + files.resumedIDs.count, rejectedInput: source.inputRejects,
                rejectedRecords: rejected - source.inputRejects, skippedOtherShards: source.skippedOtherShards,
                resumedRecords: files.resumedIDs.count, outputHash: files.outputHashHex)
            try files.finish(manifest: manifest)
        } catch is StopOnError {
            progress.clear()
            files.suspend()
            report("precis: stopped at the first rejected record (--on-error fail); rerun with --resume once fixed")
            throw ExitCodes.rejects
        } catch {
            progress.clear()
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

    /// A record's output with the record's warnings, the language check's included.
    struct Checked<Value> {
        let warnings: [Diagnostic]
        let value: Value
    }

    /// The record, with a `not-french` warning when `language` finds it in another language.
    static func withLanguageWarning(_ record: Record, _ language: LanguageCheck?) -> Record {
        guard let language, let other = language.otherLanguage(of: record.text) else { return record }
        var record = record
        record.warnings.append(
            Diagnostic(
                location: record.location, severity: .warning, message: "not-french: reads as \(other)",
                recordID: record.id))
        return record
    }

    static func report(_ line: String) {
        StandardError.write(line + "\n")
    }
}

/// Runs a batch, then writes its side outputs (batch glossary, brief, HTML page), also when
/// records were rejected.
///
/// A rejected record is skipped and the batch goes on, so the side outputs cover the records
/// written, as the output does; they are not written when the run stopped early (`--on-error
/// fail`, an I/O error), whose output is left partial for `--resume`: the partial files of the
/// side outputs `streaming` as the batch goes are removed then.
func runBatch(
    _ output: OutputArguments, streaming streams: [StreamedSideOutput] = [], _ batch: () throws -> Void,
    sideOutputs: () throws -> Void
) throws {
    do {
        try batch()
    } catch let code as ExitCode where code == ExitCodes.rejects && output.onError == .skip {
        try sideOutputs()
        throw code
    } catch {
        for stream in streams { stream.abandon() }
        throw error
    }
    try sideOutputs()
}

/// `--on-error fail` stops the batch at the first reject.
struct StopOnError: Error {}

/// The files of one run: the output, its ordinals (shards), its rejects and its manifest.
///
/// Beside the partial output, `.NAME.partial.run` records the signature and shard of the run
/// that writes it, so that `--resume` continues only the same run: another command, other
/// options or another shard are refused, as are a partial output with an id twice and one whose
/// lines are not records of the input. A shard's ordinals are flushed before its output, so an
/// interrupted shard never holds a line without its ordinal.
final class RunFiles {
    let writer: OutputWriter
    let ordinals: OutputWriter?
    let rejects: OutputWriter?
    let manifestPath: String?
    let resumedIDs: Set<String>
    /// The ordinals of the resumed lines, read from the shard's partial ordinals.
    let resumedOrdinals: [Int]
    /// The record of the run beside the partial output (nil for stdout or a device).
    let runRecordPath: String?
    var outputHash = StableHash.offsetBasis

    init(output: OutputArguments, shard: ShardSpec?, signature: String) throws {
        let outputPath = output.output ?? "-"
        // Ordinals, the manifest and the run's record go beside a real output file only, not
        // beside a device or a FIFO (`-o /dev/null`).
        let outputFile = output.output.flatMap { $0 == "-" || OutputWriter.writesInPlace($0) ? nil : $0 }
        let record = "signature=\(signature)\nshard=\(shard.map { "\($0.index)/\($0.count)" } ?? "none")\n"
        var previousOrdinals: [Int] = []
        if output.resume, let path = outputFile {
            let partial = OutputWriter.partialPath(for: OutputWriter.resolvingLinks(path))
            if FileManager.default.fileExists(atPath: partial) {
                guard let stored = FileManager.default.contents(atPath: partial + ".run") else {
                    throw OutputError(
                        path: partial,
                        message:
                            "cannot resume: no record of the run that wrote it (\(partial).run); rerun without --resume"
                    )
                }
                guard String(decoding: stored, as: UTF8.self) == record else {
                    throw OutputError(
                        path: partial,
                        message: "cannot resume: it was written by another command, other options or another shard; "
                            + "rerun without --resume")
                }
                if shard != nil {
                    previousOrdinals = try RunFiles.partialOrdinals(ofOutput: path)
                }
            }
        }
        // A shard keeps the lines whose ordinals were kept (a line written without its ordinal
        // is done again).
        writer = try OutputWriter(
            path: output.output, resume: output.resume, keepingAtMost: shard != nil ? previousOrdinals.count : nil)
        var ids: Set<String> = []
        for line in writer.resumedLines {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let id = object["id"] as? String
            else {
                throw OutputError(path: outputPath, message: "cannot resume: a line of the partial output has no id")
            }
            guard ids.insert(id).inserted else {
                throw OutputError(
                    path: outputPath, message: "cannot resume: id '\(id)' is twice in the partial output")
            }
            outputHash = StableHash.fnv1a(Array(line.utf8) + [0x0A], seed: outputHash)
        }
        resumedIDs = ids
        resumedOrdinals = Array(previousOrdinals.prefix(ids.count))
        if shard != nil, let path = outputFile {
            // The ordinals of the lines kept, then the new ones.
            let fresh = try OutputWriter(path: RunManifest.ordinalsPath(for: path))
            for ordinal in resumedOrdinals { fresh.append(Array("\(ordinal)\n".utf8)) }
            try fresh.flush()
            ordinals = fresh
        } else {
            ordinals = nil
        }
        if let partial = writer.partialPath {
            runRecordPath = partial + ".run"
            guard FileManager.default.createFile(atPath: partial + ".run", contents: Data(record.utf8)) else {
                throw OutputError(path: outputPath, message: "cannot write \(partial).run")
            }
        } else {
            runRecordPath = nil
        }
        rejects = try output.rejects.map { try OutputWriter(path: $0) }
        manifestPath = output.manifest ?? outputFile.map(RunManifest.path(for:))
    }

    /// The ordinals an interrupted shard wrote for its output at `path` (in its partial
    /// ordinals file, beside the file the output's links lead to), up to the last complete line.
    static func partialOrdinals(ofOutput path: String) throws -> [Int] {
        let partial = OutputWriter.partialPath(for: OutputWriter.resolvingLinks(RunManifest.ordinalsPath(for: path)))
        guard let data = FileManager.default.contents(atPath: partial) else { return [] }
        // Whole lines only, as for the output: the last one may have been cut.
        let complete = data.lastIndex(of: 0x0A).map { data[...$0] } ?? Data()
        return try complete.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().enumerated().map {
            number, line in
            guard let ordinal = Int(String(decoding: line, as: UTF8.self)), ordinal > 0 else {
                throw OutputError(path: "\(partial):\(number + 1)", message: "cannot resume: not an ordinal")
            }
            return ordinal
        }
    }

    /// After the input is read: every resumed line must be a record of this input, at the place
    /// its ordinal says for a shard; else the partial output came from another input.
    func checkResumed(against source: BatchSource) throws {
        guard !resumedIDs.isEmpty else { return }
        let missing = resumedIDs.count - source.skippedAlreadyWritten
        if missing > 0 {
            throw OutputError(
                path: writer.partialPath ?? "-",
                message: "cannot resume: \(missing) line\(missing == 1 ? "" : "s") of the partial output "
                    + "\(missing == 1 ? "is not a record" : "are not records") of this input; rerun without --resume")
        }
        if ordinals != nil, source.alreadyWrittenOrdinals != resumedOrdinals {
            throw OutputError(
                path: writer.partialPath ?? "-",
                message: "cannot resume: the partial output's records are not at the places of this input; "
                    + "rerun without --resume")
        }
    }

    var outputHashHex: String { StableHash.hex(outputHash) }

    func write(_ bytes: [UInt8], ordinal: Int) throws {
        outputHash = StableHash.fnv1a(bytes, seed: outputHash)
        guard let ordinals else { return try writer.write(bytes) }
        ordinals.append(Array("\(ordinal)\n".utf8))
        writer.append(bytes)
        // The ordinals first: an interrupted shard may hold an ordinal without its line, which
        // is done again, never a line without its ordinal.
        if writer.isFull || ordinals.isFull {
            try ordinals.flush()
            try writer.flush()
        }
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
        try ordinals?.flush()
        try writer.finish()
        try ordinals?.finish()
        if let runRecordPath { try? FileManager.default.removeItem(atPath: runRecordPath) }
        try rejects?.finish()
        if let manifestPath {
            let manifestWriter = try OutputWriter(path: manifestPath)
            try manifestWriter.write(Array(try manifest.encoded()))
            try manifestWriter.finish()
        }
    }

    /// Keeps the partial output for `--resume`; the rejects found so far are written.
    func suspend() {
        ordinals?.suspend()
        writer.suspend()
        try? rejects?.finish()
    }
}
