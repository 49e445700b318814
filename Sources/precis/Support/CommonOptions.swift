import ArgumentParser
import Batch
import Foundation
import FrenchText

/// Options shared by every batch command: inputs and how to read them.
struct InputArguments: ParsableArguments {
    @Argument(help: "Text files, folders, or JSONL files (.jsonl); '-' or nothing reads stdin.")
    var inputs: [String] = []

    @Option(help: "How to read inputs: auto (.jsonl is JSONL, other files are text), jsonl or text.")
    var inputFormat: InputOptions.Format = .auto

    @Option(help: "JSONL field holding the record id.")
    var idField = "id"

    @Option(help: "JSONL field holding the text.")
    var textField = "text"

    @Flag(help: "Reject records with invalid UTF-8 instead of replacing it with U+FFFD.")
    var strict = false

    /// The part of a run's signature that the input options make.
    var signature: String { "input=\(inputFormat.rawValue),id=\(idField),text=\(textField),strict=\(strict)" }

    func reader(titleField: String? = nil) -> InputReader {
        InputReader(
            paths: inputs,
            options: InputOptions(
                format: inputFormat, idField: idField, textField: textField, titleField: titleField, strictUTF8: strict)
        )
    }
}

extension InputOptions.Format: ExpressibleByArgument {}

/// Options shared by every batch command: where output goes, threads, shards, errors, resume.
struct OutputArguments: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write to this file (replaced atomically at the end) instead of stdout.")
    var output: String?

    // Unconditional: "--jobs -1" is a value to refuse, not an unknown option.
    @Option(
        parsing: .unconditional, help: "Worker threads (default: all cores). Output is identical whatever the number.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(
        help: ArgumentHelp(
            "Handle shard i of N (0-based: 0/4 … 3/4), assigned by a stable hash of the record id.",
            discussion:
                "Also read from SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT, or JOB_COMPLETION_INDEX with PRECIS_SHARD_COUNT. Needs --output; merge the shards with 'precis merge'."
        ))
    var shard: String?

    @Flag(
        help: "Continue an interrupted run from its partial output (.NAME.partial beside --output), without duplicates."
    )
    var resume = false

    @Option(help: "On a rejected record: skip it and go on (default), or fail: stop at the first one.")
    var onError: OnError = .skip

    @Option(help: "Also write each rejected record's location, id and reason to this JSONL file.")
    var rejects: String?

    @Option(help: "Where to write the run manifest (default: OUTPUT.manifest.json when --output is given).")
    var manifest: String?

    @Flag(inversion: .prefixedNo, help: "Show progress on stderr (default: only when stderr is a terminal).")
    var progress: Bool?

    enum OnError: String, ExpressibleByArgument {
        case skip, fail
    }

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if resume && (output == nil || output == "-") { throw ValidationError("--resume needs --output FILE") }
        if try shardSpec() != nil, output == nil || output == "-" {
            throw ValidationError("a shard run needs --output FILE (its manifest and ordinals go beside it)")
        }
        try checkSideOutputs([("--rejects", rejects), ("--manifest", manifest)])
    }

    /// Refuses, before any work, other outputs of the run (`--html`, `--rejects`…) that would
    /// overwrite the output or one another, or whose folder does not exist: found at the end of
    /// a long batch, either would lose its work.
    func checkSideOutputs(_ named: [(option: String, path: String?)]) throws {
        var seen: [String: String] = [:]
        if let output, output != "-", !OutputWriter.writesInPlace(output) {
            seen[Self.identity(of: output)] = "--output"
            if manifest == nil { seen[Self.identity(of: RunManifest.path(for: output))] = "the manifest" }
        }
        for case let (option, path?) in named where path != "-" && !OutputWriter.writesInPlace(path) {
            let identity = Self.identity(of: path)
            if let other = seen[identity], other != option {
                throw ValidationError("\(option) \(path) is also \(other): give each output its own file")
            }
            seen[identity] = option
            let folder = URL(fileURLWithPath: identity).deletingLastPathComponent().path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("\(option) \(path): no folder \(folder)")
            }
        }
    }

    /// The file a path names: absolute, standardized, its links followed.
    static func identity(of path: String) -> String {
        URL(fileURLWithPath: OutputWriter.resolvingLinks(URL(fileURLWithPath: path).standardizedFileURL.path))
            .standardizedFileURL.path
    }

    /// Refuses shards and `--resume` for an output whose lines are not one JSON record each
    /// (`--format text`, `markdown`): `precis merge` and `--resume` read records by line.
    func requireRecordLines(format: String) throws {
        if resume { throw ValidationError("--resume needs JSONL output (not --format \(format))") }
        if try shardSpec() != nil {
            throw ValidationError(
                "a shard run needs JSONL output (not --format \(format)): 'precis merge' reads records")
        }
    }

    /// `--shard`, else the scheduler's environment, else nil.
    func shardSpec() throws -> ShardSpec? {
        try shardSpecAndSource().spec
    }

    /// `--shard`, else the scheduler's environment, else nil; with the variables it came from.
    func shardSpecAndSource() throws -> (spec: ShardSpec?, variables: String?) {
        let environment = ProcessInfo.processInfo.environment
        do {
            if let shard { return (try ShardSpec(parsing: shard), nil) }
            let spec = try ShardSpec.fromEnvironment(environment)
            let variables =
                environment["SLURM_ARRAY_TASK_ID"] != nil
                ? "SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT" : "JOB_COMPLETION_INDEX/PRECIS_SHARD_COUNT"
            return (spec, spec == nil ? nil : variables)
        } catch {
            throw ValidationError(error.description)
        }
    }
}

/// The `--language-check` flag of the commands whose rules are French.
struct LanguageCheckArguments: ParsableArguments {
    @Flag(
        inversion: .prefixedNo,
        help: """
            Warn about each record written in another language than French ("not-french: reads as \
            English (en, 98% of the text)"), found by French function words and Compact Language \
            Detector 2; the record is processed all the same.
            """)
    var languageCheck = true

    /// The part of a run's signature that the flag makes.
    var signature: String { "language-check=\(languageCheck)" }

    /// The check, with the markers of `Lexicons/fr/french-markers.txt`; nil when turned off.
    func check(lexicons directory: String) throws -> LanguageCheck? {
        guard languageCheck else { return nil }
        do {
            return try LanguageCheck(markersAt: directory + "/fr/french-markers.txt")
        } catch {
            StandardError.write("precis: error: \(error)\n")
            throw ExitCodes.lexiconError
        }
    }
}

/// The `--lexicons` option.
struct LexiconArguments: ParsableArguments {
    @Option(
        help:
            "The Lexicons/ folder (default: $PRECIS_LEXICONS, the installed share/precis/Lexicons, or the repository's)."
    )
    var lexicons: String?

    /// A digest of every file under `directory` (sorted paths and contents): two runs with
    /// different data have different signatures.
    static func digest(_ directory: String) -> String {
        var hash = StableHash.offsetBasis
        let root = URL(fileURLWithPath: directory)
        let files = (FileManager.default.enumerator(atPath: directory)?.allObjects as? [String] ?? []).sorted()
        for relative in files where !relative.hasPrefix("tools/") && !relative.contains("/tools/") {
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path) else {
                continue
            }
            hash = StableHash.fnv1a(Array(relative.utf8) + [0], seed: hash)
            hash = StableHash.fnv1a(data, seed: hash)
        }
        return StableHash.hex(hash)
    }

    func directory() throws -> String {
        do {
            return try Lexicons.directory(explicit: lexicons)
        } catch {
            StandardError.write("precis: error: \(error)\n")
            throw ExitCodes.lexiconError
        }
    }
}
