import ArgumentParser
import Batch
import Foundation

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

    func reader(titleField: String? = nil) -> InputReader {
        InputReader(
            paths: inputs,
            options: InputOptions(
                format: inputFormat, idField: idField, textField: textField, titleField: titleField, strictUTF8: strict))
    }
}

extension InputOptions.Format: ExpressibleByArgument {}

/// Options shared by every batch command: where output goes and how many threads.
struct OutputArguments: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write to this file (replaced atomically at the end) instead of stdout.")
    var output: String?

    @Option(help: "Worker threads (default: all cores). Output is identical whatever the number.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }
}

/// The `--lexicons` option.
struct LexiconArguments: ParsableArguments {
    @Option(help: "The Lexicons/ folder (default: $PRECIS_LEXICONS, the installed share/precis/Lexicons, or the repository's).")
    var lexicons: String?

    func directory() throws -> String {
        do {
            return try Lexicons.directory(explicit: lexicons)
        } catch {
            FileHandle.standardError.write(Data("precis: error: \(error)\n".utf8))
            throw ExitCodes.lexiconError
        }
    }
}
