import ArgumentParser
import Batch
import Foundation
import Glossary

/// `precis lexicon`: checks and imports for the fr→en lexicon.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check the fr→en lexicon, or import terms from TBX, CSV or TSV.",
        subcommands: [LexiconCheck.self, LexiconImport.self])
}

/// `precis lexicon check`: every problem of the lexicon, with file:line.
struct LexiconCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report malformed rows, duplicates, conflicting renderings and colliding variants (file:line).",
        discussion: """
            Errors: malformed rows (columns, empty id/fr/en/source, unknown status or case, invalid UTF-8), \
            duplicate ids, the same French form with different English renderings in one country (or none). \
            Warnings: forms that have no word to match, the same French form in concepts of different \
            countries, the same concept twice, spaces around cells, unknown country codes. Exit status 1 when there is an error (with --strict, \
            a warning too), 0 otherwise. CI runs it.
            """)

    @OptionGroup var lexicon: GlossaryLexiconArguments

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Flag(help: "Report errors only.")
    var quiet = false

    func run() throws {
        let files = try lexicon.files()
        // The rows the glossary would skip are not compiled: their problems are already reported.
        let loaded = LexiconLoader.load(files: files).checked()
        var issues = loaded.issues
        if let directory = try? lexicon.lexicons.directory(),
            let resources = try? MatcherResources.load(directory: directory + "/fr"),
            let matcher = try? CompiledMatcher(entries: loaded.entries, resources: resources)
        {
            issues += matcher.issues
        }
        issues.sort { $0.location != $1.location ? $0.location < $1.location : $0.message < $1.message }
        let errors = issues.filter { $0.severity == .error }.count
        let warnings = issues.count - errors
        var report = ""
        for issue in issues where !(quiet && issue.severity == .warning) {
            report += issue.description + "\n"
        }
        try StandardOutput.write(report)
        BatchDriver.report(
            "precis: lexicon: \(loaded.entries.count) entries in \(files.count) files; \(errors) error\(errors == 1 ? "" : "s"), "
                + "\(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors > 0 || (strict && warnings > 0) { throw ExitCodes.rejects }
    }
}

/// `precis lexicon import`: terms from TBX, CSV or TSV as lexicon rows.
struct LexiconImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert a TBX-Basic, CSV or TSV glossary into lexicon rows (TSV with the lexicon's header).",
        discussion: """
            TBX: each conceptEntry gives one row: the first French term is fr, other French terms variants, the \
            first English term en (a preferredTerm if any), the others alternatives; subjectField is the domain. \
            DTDs and external entities are refused (no XXE). CSV/TSV: a header naming at least fr and en (other \
            lexicon columns optional, in any order), or two columns French, English without header. \
            Rows are checked like lexicon rows; problems are reported with file:line and the row skipped.

            Example:
              precis lexicon import terms.tbx --source "IATE export 2024" \\
                --id-prefix iate- -o Lexicons/fr-en/iate.tsv
            """)

    @Argument(help: "A .tbx, .csv or .tsv file.")
    var file: String

    @Option(help: "The 'source' column of rows that have none.")
    var source: String?

    @Option(help: "Prefix of the ids made for rows that have none.")
    var idPrefix = "imported-"

    @Option(help: "The 'kind' of rows that have none.")
    var kind = "term"

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
    var output: String?

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            BatchDriver.report("\(file): error: cannot read file")
            throw ExitCodes.ioError
        }
        let defaults = ImportDefaults(source: source ?? file, idPrefix: idPrefix, kind: kind)
        let result: ImportResult
        if file.lowercased().hasSuffix(".tbx") || file.lowercased().hasSuffix(".xml") {
            result = TBXImporter.importTerms(data, path: file, defaults: defaults)
        } else {
            result = DelimitedImporter.importTerms(data, path: file, defaults: defaults)
        }
        for issue in result.issues { BatchDriver.report(issue.description) }
        let text = DelimitedImporter.lexiconTSV(
            result.entries, comment: "Imported from \(file) by precis lexicon import.")
        if let output {
            do {
                let writer = try OutputWriter(path: output)
                try writer.write(Array(text.utf8))
                try writer.finish()
            } catch {
                BatchDriver.report("precis: error: \(error)")
                throw ExitCodes.ioError
            }
        } else {
            try StandardOutput.write(text)
        }
        BatchDriver.report("precis: imported \(result.entries.count) entries, \(result.issues.count) problems")
        if result.issues.contains(where: { $0.severity == .error }) { throw ExitCodes.rejects }
    }
}
