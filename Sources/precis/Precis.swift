import ArgumentParser
import FrenchText

/// The `precis` command: French news text, summaries, glossaries and ROUGE, in batches.
@main
struct Precis: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "precis",
        abstract: "French news: normalization, sentences, tokens, summaries, glossaries and ROUGE, in batches.",
        discussion: """
            Inputs are text files (one article each), folders of them (read recursively in path order), \
            JSONL files (one record a line, with an id and a text field), or stdin. Every command writes \
            JSONL, one line per input record, in input order, to stdout or --output.

            A bad record (broken JSON, invalid UTF-8 with --strict, missing field) is reported on stderr as \
            path:line: error: message; the batch goes on and precis exits with status 1 at the end.
            """,
        version: "\(version) (ICU \(icuVersion))",
        subcommands: [
            SegmentCommand.self, NormalizeCommand.self, TokenizeCommand.self, SummarizeCommand.self,
            GlossaryCommand.self, DigestCommand.self, LexiconCommand.self, EvaluateCommand.self, MergeCommand.self,
            BenchmarkCommand.self,
        ]
    )
}
