import ArgumentParser
import Batch
import Foundation
import FrenchText
import Glossary
import Summarization

/// `precis glossary`: French security and diplomacy terms of each article, rendered into English.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Find lexicon terms in French articles and render them into English, per article and per batch.",
        subcommands: [GlossaryExtract.self, GlossaryMerge.self],
        defaultSubcommand: GlossaryExtract.self)
}

/// The default subcommand: per-article glossaries, and optionally the batch glossary.
struct GlossaryExtract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Per-article glossaries as JSONL (the default of `precis glossary`).",
        discussion: """
            Writes one JSONL line per input record:
              {"id": "…", "terms": [{"id", "fr", "en", "alternatives", "kind", "domain",
                "country", "count", "occurrences": [{"start", "end", "surface"}],
                "first_sentence", "source", "note"?}]}
            Offsets point into the record's text, end exclusive, in Unicode scalar values unless --offsets says \
            otherwise; terms found in the title are counted, and listed in "title_occurrences" (offsets into the \
            title). With --gloss, each line is instead the record with English glosses inline:
              {"id", "title"?, "text": "… la Direction générale de la sûreté nationale
               [General Directorate for National Security] …"}

            --batch-glossary FILE (repeatable) also writes the merged glossary of the whole batch, in the format \
            of the file's extension: .tsv (DeepL), .csv (Google Cloud Translation), .tbx (TBX-Basic), .md, .jsonl. \
            Shards' .jsonl batch glossaries merge into the single run's with `precis glossary merge`. The .jsonl \
            lists every article of each term, the .tbx and .md the first 20; past 8 MiB (PRECIS_SPILL_BYTES) the \
            lists go to a temporary file in $TMPDIR, removed as soon as it is opened, so memory stays bounded.

            The lexicon is every *.tsv of <Lexicons>/fr-en/ unless --lexicon FILE is given; malformed rows are \
            reported (file:line) and skipped.

            Examples:
              precis glossary Examples/articles.jsonl -o out/glossary.jsonl \\
                --batch-glossary out/batch-glossary.tsv
              precis glossary --gloss article.txt
            """)

    @OptionGroup var input: InputArguments
    @OptionGroup var output: OutputArguments
    @OptionGroup var lexiconOptions: GlossaryLexiconArguments
    @OptionGroup var languageCheck: LanguageCheckArguments

    @Option(help: "JSONL field holding the title (glossed too; ignored when absent).")
    var titleField = "title"

    @Option(help: "Unit of start/end: scalar (code points, the default), utf8 (bytes) or utf16 (code units).")
    var offsets: OffsetUnit = .scalar

    @Option(help: "Also write the batch glossary to this file (.tsv, .csv, .tbx, .md or .jsonl); repeatable.")
    var batchGlossary: [String] = []

    @Flag(help: "Write each article with English glosses inline instead of its glossary.")
    var gloss = false

    @Flag(help: "Gloss every occurrence, not only the first of each term (with --gloss).")
    var glossEvery = false

    @Flag(help: "Also list general vocabulary (<Lexicons>/fr-en/general-vocabulary.txt: enquête, victime…).")
    var allTerms = false

    func validate() throws {
        for path in batchGlossary where BatchGlossaryFormat(path: path) == nil {
            throw ValidationError("--batch-glossary \(path): extension must be .tsv, .csv, .tbx, .md or .jsonl")
        }
        if output.resume && gloss && !batchGlossary.isEmpty {
            throw ValidationError(
                "--resume cannot rebuild --batch-glossary with --gloss: the glossed lines already written list no terms"
            )
        }
        try output.checkSideOutputs(batchGlossary.map { ("--batch-glossary", $0) })
    }

    func run() throws {
        let loaded = try lexiconOptions.loadMatcher()
        let matcher = loaded.matcher
        let hidden = allTerms ? [] : try lexiconOptions.generalEntries(matcher)
        let lexiconRoot = try lexiconOptions.lexicons.directory()
        let rules = try loadRules(lexicons: lexiconOptions.lexicons)
        // The summarizer's cleanup rules keep bylines, credits and section labels out of the examples.
        let cleanup = try CleanupRule.load(path: lexiconRoot + "/fr/" + CleanupRule.fileName)
        let foreign = try ForeignSentences.load(directory: lexiconRoot + "/fr")
        let renderer = ArticleJSONLRenderer(entries: matcher.entries, unit: offsets)
        let glosser = InlineGlossRenderer(
            entries: matcher.entries, everyOccurrence: glossEvery, plural: try lexiconOptions.englishPlural())
        let collector = batchGlossary.isEmpty ? nil : TermCollector()
        // A shard's batch glossary keeps each article's input position, for `glossary merge`.
        let sharded = try output.shardSpec() != nil
        let gloss = gloss
        // Resumed, the batch glossary starts from the lines already written (the engine skips
        // their records), so that it equals an uninterrupted run's.
        var batch = try Self.startingBatch(for: batchGlossary, output, entries: matcher.entries)
        let signature = [
            "glossary", input.signature, "title=\(titleField)", "offsets=\(offsets.rawValue)", "gloss=\(gloss)",
            "gloss-every=\(glossEvery)", "all-terms=\(allTerms)", "icu=\(icuVersion)",
            "lexicon=\(LexiconArguments.digest(lexiconRoot + "/fr-en"))",
            "rules=\(LexiconArguments.digest(lexiconRoot + "/fr"))", languageCheck.signature,
        ].joined(separator: "|")
        try runBatch(output) {
            try BatchDriver.run(
                reader: input.reader(titleField: titleField), output: output, signature: signature,
                language: try languageCheck.check(lexicons: lexiconRoot),
                makeWorker: {
                    let cleaner = try ArticleCleaner(rules: cleanup, foreign: foreign)
                    return ArticleGlossaryBuilder(
                        matcher: matcher, segmenter: try SentenceSegmenter(rules: rules), hidden: hidden,
                        isExample: { units, sentences, title in
                            zip(sentences, cleaner.verdicts(for: sentences, in: units, title: title)).map {
                                sentence, verdict in
                                switch verdict {
                                case .keep: return sentence.range
                                case .noise: return nil
                                case .label(_, let length):
                                    return (sentence.range.lowerBound + length)..<sentence.range.upperBound
                                }
                            }
                        })
                },
                transform: { builder, record in
                    let article = builder.glossary(id: record.id, title: record.title, text: record.text)
                    collector?.put(record, article)
                    let warnings = record.warnings.map(\.message)
                    guard gloss else { return renderer.line(article, warnings: warnings) }
                    let glossed = glosser.render(article)
                    var json = JSONWriter(capacity: record.text.utf8.count + 256)
                    json.beginObject()
                    json.field("id", record.id)
                    if let title = glossed.title { json.field("title", title) }
                    json.field("text", glossed.text)
                    writeWarnings(record, into: &json)
                    json.endObject()
                    json.newline()
                    return json.bytes
                },
                onWritten: { record in
                    if let article = collector?.take(record) {
                        batch.add(article, entries: matcher.entries, ordinal: sharded ? record.ordinal : nil)
                    }
                })
        } sideOutputs: {
            try Self.write(batch, to: batchGlossary)
        }
    }

    /// How many bytes of article lists a batch glossary keeps in memory before it writes them to
    /// a temporary file (in `TMPDIR`): `PRECIS_SPILL_BYTES`, or 8 MiB.
    static var spillLimit: Int {
        ProcessInfo.processInfo.environment["PRECIS_SPILL_BYTES"].flatMap { Int($0) }.map { max($0, 1) } ?? 8 << 20
    }

    /// The batch glossary a run starts from: counts only when none of its files prints each
    /// term's articles; resumed (`--resume`), the glossary of the lines an interrupted run left
    /// in the partial output, so that it equals an uninterrupted run's.
    ///
    /// Only the lines the engine keeps count: whole lines (it drops a line cut by the
    /// interruption and writes its record again) and, for a shard, the lines whose ordinals were
    /// written, whose input positions the shard's batch glossary keeps for `glossary merge`.
    static func startingBatch(
        for paths: [String], _ output: OutputArguments, entries: [LexiconEntry]
    ) throws -> BatchGlossary {
        var batch = BatchGlossary(
            keepingArticles: paths.contains { BatchGlossaryFormat(path: $0)?.listsArticles ?? true },
            spillingAbove: spillLimit)
        guard !paths.isEmpty, output.resume, let path = output.output, path != "-", !OutputWriter.isSpecialFile(path)
        else { return batch }
        let partial = OutputWriter.partialPath(for: path)
        guard FileManager.default.fileExists(atPath: partial) else { return batch }
        var ordinals: [Int]?
        if try output.shardSpec() != nil {
            do {
                ordinals = try RunFiles.partialOrdinals(ofOutput: path)
            } catch {
                BatchDriver.report("\(error) (cannot resume --batch-glossary)")
                throw ExitCodes.ioError
            }
        }
        do {
            try BatchGlossaryReader.readArticles(path: partial, into: &batch, entries: entries, ordinals: ordinals)
        } catch {
            BatchDriver.report("\(error.description) (cannot resume --batch-glossary)")
            throw ExitCodes.ioError
        }
        return batch
    }

    /// Writes the batch glossary in each requested format (atomically), a term at a time.
    static func write(_ batch: some BatchGlossaryTerms, to paths: [String]) throws {
        if let batch = batch as? BatchGlossary, let failure = batch.spillFailure {
            BatchDriver.report("precis: warning: \(failure); the batch glossary was kept in memory")
        }
        for path in paths {
            guard let format = BatchGlossaryFormat(path: path) else { continue }
            let output = try StreamedSideOutput(path: path, header: "")
            do {
                try format.write(batch) { output.append($0) }
            } catch let error as BatchGlossaryMerger.MergeError {
                output.abandon()
                BatchDriver.report(error.description)
                throw ExitCodes.rejects
            } catch {
                output.abandon()
                BatchDriver.report("precis: error: \(path): \(error)")
                throw ExitCodes.ioError
            }
            try output.finish()
        }
    }
}

/// Article glossaries handed from the worker threads to the writing thread, by record.
final class TermCollector: @unchecked Sendable {
    let lock = NSLock()
    var pending: [String: ArticleGlossary] = [:]

    static func key(_ record: Record) -> String { "\(record.location)\u{0}\(record.id)" }

    func put(_ record: Record, _ article: ArticleGlossary) {
        // Only what the batch glossary needs: the text itself is not kept.
        let light = ArticleGlossary(id: article.id, title: nil, text: "", terms: article.terms)
        lock.lock()
        pending[Self.key(record)] = light
        lock.unlock()
    }

    func take(_ record: Record) -> ArticleGlossary? {
        lock.lock()
        defer { lock.unlock() }
        return pending.removeValue(forKey: Self.key(record))
    }
}

/// `precis glossary merge`: the batch glossary of several shards, as one run would write it.
struct GlossaryMerge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge shards' batch glossaries (.jsonl) into one.",
        discussion: """
            Each input is a batch glossary written as JSONL by `precis glossary --batch-glossary FILE.jsonl` \
            (or `precis digest`). The result is byte-identical to the batch glossary of a single run over all \
            of them: the glossaries of `--shard i/N` runs keep each article's input position and may be given \
            in any order; those of contiguous parts of a batch (Spark partitions) are given in batch order. \
            An article listed under a term by two inputs (a shard given twice), or a term under two French \
            terms (glossaries of different lexicons), refuses the merge before anything is written; an input \
            that is not a batch glossary is reported and left out (exit 1). The inputs are read side by side, \
            a term at a time, so memory does not grow with the batch. Writes JSONL to stdout, or each \
            --output file in the format of its extension.

            Example:
              precis glossary merge shard-1.jsonl shard-2.jsonl -o batch.jsonl -o batch.tbx
            """)

    @Argument(help: "Batch glossaries in JSONL (contiguous parts in batch order).")
    var shards: [String]

    @Option(
        name: .shortAndLong,
        help: "Output file (.tsv, .csv, .tbx, .md or .jsonl); repeatable; default: JSONL on stdout.")
    var output: [String] = []

    func validate() throws {
        guard !shards.isEmpty else { throw ValidationError("give at least one batch glossary") }
        for path in output where BatchGlossaryFormat(path: path) == nil {
            throw ValidationError("--output \(path): extension must be .tsv, .csv, .tbx, .md or .jsonl")
        }
    }

    func run() throws {
        var failed = false
        let merger = BatchGlossaryMerger(shards: shards) { error in
            BatchDriver.report(error.description)
            failed = true
        }
        if output.isEmpty {
            do {
                // A first pass finds an article two glossaries share before anything is written
                // (a file output is only put in place when it is whole).
                try merger.forEachTerm { _ in }
            } catch {
                BatchDriver.report("\(error)")
                throw ExitCodes.rejects
            }
            do {
                try BatchGlossaryFormat.jsonl.write(merger) { try StandardOutput.write($0) }
            } catch {
                BatchDriver.report("precis: error: \(error)")
                throw ExitCodes.ioError
            }
        } else {
            try GlossaryExtract.write(merger, to: output)
        }
        if failed { throw ExitCodes.rejects }
    }
}

/// `--lexicons`, `--lexicon` and `--timings`: where the fr→en lexicon comes from.
struct GlossaryLexiconArguments: ParsableArguments {
    @OptionGroup var lexicons: LexiconArguments

    @Option(
        name: .customLong("lexicon"),
        help: "A lexicon TSV file (repeatable) instead of every *.tsv of <Lexicons>/fr-en/.")
    var lexiconFiles: [String] = []

    @Flag(help: "Report the lexicon's load and compile times on stderr.")
    var timings = false

    /// The lexicon files: --lexicon, or every *.tsv of <Lexicons>/fr-en/.
    func files() throws -> [String] {
        if !lexiconFiles.isEmpty { return lexiconFiles }
        let directory = try lexicons.directory() + "/fr-en"
        do {
            return try LexiconLoader.files(in: directory)
        } catch {
            BatchDriver.report("precis: error: \(directory): cannot list the lexicon folder")
            throw ExitCodes.lexiconError
        }
    }

    /// The English nouns without a plural, for the glosses of French plurals.
    func englishPlural() throws -> EnglishPlural {
        do {
            return try EnglishPlural.load(directory: try lexicons.directory() + "/fr-en")
        } catch {
            BatchDriver.report("precis: error: \(error)")
            throw ExitCodes.lexiconError
        }
    }

    /// The entries of the general vocabulary file, not listed unless --all-terms.
    func generalEntries(_ matcher: CompiledMatcher) throws -> Set<Int> {
        let directory = try lexicons.directory() + "/fr-en"
        do {
            return matcher.entries(withFrench: try MatcherResources.generalVocabulary(directory: directory))
        } catch {
            BatchDriver.report("precis: error: \(error)")
            throw ExitCodes.lexiconError
        }
    }

    /// Loads and compiles the lexicon; reports skipped rows (malformed, duplicate ids, conflicting
    /// renderings); exits 65 when nothing is usable.
    func loadMatcher() throws -> (lexicon: Lexicon, matcher: CompiledMatcher, loadMilliseconds: Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let lexicon = LexiconLoader.load(files: try files()).checked()
        let loaded = clock.now - start
        let errors = lexicon.issues.filter { $0.severity == .error }
        for issue in errors { BatchDriver.report(issue.description) }
        guard !lexicon.entries.isEmpty else { throw ExitCodes.lexiconError }
        if !errors.isEmpty {
            BatchDriver.report(
                "precis: lexicon: \(errors.count) row\(errors.count == 1 ? "" : "s") skipped; see `precis lexicon check`"
            )
        }
        let resources: MatcherResources
        do {
            resources = try MatcherResources.load(directory: try lexicons.directory() + "/fr")
        } catch {
            BatchDriver.report("precis: error: \(error)")
            throw ExitCodes.lexiconError
        }
        let matcher = try CompiledMatcher(entries: lexicon.entries, resources: resources)
        let loadMilliseconds = milliseconds(loaded)
        if timings {
            BatchDriver.report(
                "precis: lexicon: \(lexicon.entries.count) entries, \(matcher.statistics.forms) forms from "
                    + "\(lexicon.files.count) files; load \(JSONWriter.format(loadMilliseconds, digits: 1)) ms, compile "
                    + "\(JSONWriter.format(matcher.statistics.compileMilliseconds, digits: 1)) ms "
                    + "(\(matcher.statistics.nodes) trie nodes, \(matcher.statistics.keys) keys)")
        }
        return (lexicon, matcher, loadMilliseconds)
    }
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) * 1e-15
}
