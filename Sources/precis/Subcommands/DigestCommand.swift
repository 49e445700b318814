import ArgumentParser
import Batch
import Foundation
import FrenchText
import Glossary
import Summarization

/// `precis digest`: the analyst's brief: each article's summary, the summary with English glosses,
/// and its glossary, in one pass; plus the batch glossary.
struct DigestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "The analyst's brief: summary, glossed summary and glossary of each article, and the batch glossary.",
        discussion: """
            One pass per article: it is read, segmented and tokenized once for the summary, and matched \
            once against the lexicon. JSONL, one line per article:
              {"id", "title", "summary", "summary_glossed",
               "sentences": [{"index", "start", "end", "score"}],
               "budget", "warnings", "terms": [...as in `precis glossary`...]}
            --brief FILE.md writes the same as Markdown for reading; --batch-glossary as in `precis glossary`.

            Example:
              precis digest Examples/articles.jsonl -o digest.jsonl --brief digest.md \\
                --batch-glossary glossary.tsv
            """)

    @OptionGroup var input: InputArguments
    @OptionGroup var output: OutputArguments
    @OptionGroup var lexiconOptions: GlossaryLexiconArguments
    @OptionGroup var languageCheck: LanguageCheckArguments

    @Option(help: "JSONL field holding the title.")
    var titleField = "title"

    @Option(help: "Summary length in sentences.")
    var sentences = 2

    @Option(help: "Also write the brief as Markdown to this file.")
    var brief: String?

    @Option(help: "Also write the batch glossary (.tsv, .csv, .tbx, .md or .jsonl); repeatable.")
    var batchGlossary: [String] = []

    func validate() throws {
        guard sentences >= 1 else { throw ValidationError("--sentences must be at least 1") }
        for path in batchGlossary where BatchGlossaryFormat(path: path) == nil {
            throw ValidationError("--batch-glossary \(path): extension must be .tsv, .csv, .tbx, .md or .jsonl")
        }
        if output.resume && brief != nil {
            // The digest lines already written do not hold all of the brief (the summary's own
            // warnings are mixed with the record's), so it could not equal an uninterrupted run's.
            throw ValidationError("--resume cannot rebuild --brief: rerun without --resume")
        }
        try output.checkSideOutputs(batchGlossary.map { ("--batch-glossary", $0) } + [("--brief", brief)])
    }

    /// One summarizer and one glossary builder per thread.
    final class Worker {
        let summarizer: Summarizer
        let glossaries: ArticleGlossaryBuilder
        init(resources: SummarizerResources, matcher: CompiledMatcher, hidden: Set<Int>) throws {
            summarizer = try Summarizer(resources: resources)
            // No segmenter: the first sentence of each term comes from the summarizer's sentences.
            glossaries = ArticleGlossaryBuilder(matcher: matcher, segmenter: nil, hidden: hidden)
        }
    }

    /// What one article gives.
    struct Digest {
        var summary: Summary
        var glossary: ArticleGlossary
        var glossedSummary: String
        var bytes: [UInt8]
    }

    func run() throws {
        let root = try lexiconOptions.lexicons.directory()
        let loaded = try lexiconOptions.loadMatcher()
        let matcher = loaded.matcher
        let hidden = try lexiconOptions.generalEntries(matcher)
        let resources: SummarizerResources
        do {
            resources = try SummarizerResources.load(directory: root + "/fr")
        } catch {
            BatchDriver.report("precis: error: \(error)")
            throw ExitCodes.lexiconError
        }
        let budget = Budget.sentences(sentences)
        let terms = ArticleJSONLRenderer(entries: matcher.entries)
        let glosser = InlineGlossRenderer(entries: matcher.entries, plural: try lexiconOptions.englishPlural())
        let signature = [
            "digest", input.signature, "title=\(titleField)", "budget=\(budget)", "icu=\(icuVersion)",
            "lexicons=\(LexiconArguments.digest(root))", languageCheck.signature,
        ].joined(separator: "|")
        // Resumed, the batch glossary starts from the lines already written, as in `precis glossary`.
        var batch = try GlossaryExtract.startingBatch(for: batchGlossary, output, entries: matcher.entries)
        // The brief is written as the batch goes, so that memory does not grow with the batch.
        let markdown = try brief.map { try StreamedSideOutput(path: $0, header: "# Précis: digest\n\n") }
        // A shard's batch glossary keeps each article's input position, for `glossary merge`.
        let sharded = try output.shardSpec() != nil
        try runBatch(output, streaming: markdown.map { [$0] } ?? []) {
            try BatchDriver.run(
                reader: input.reader(titleField: titleField), output: output, signature: signature,
                language: try languageCheck.check(lexicons: root),
                makeWorker: { try Worker(resources: resources, matcher: matcher, hidden: hidden) },
                transform: { worker, record -> Digest in
                    let article = Article(
                        id: record.id, title: record.title, text: record.text,
                        titleFromFirstLine: record.title == nil && record.location.line == 0)
                    let summary = worker.summarizer.summarize(article, budget: budget)
                    var glossary = worker.glossaries.glossary(id: record.id, title: summary.title, text: record.text)
                    DigestCommand.setFirstSentences(&glossary, from: summary)
                    let glossed = DigestCommand.glossedSummary(summary, glossary: glossary, glosser: glosser)
                    var json = JSONWriter(capacity: 2048)
                    json.beginObject()
                    json.field("id", record.id)
                    json.key("title")
                    if let title = summary.title { json.string(title) } else { json.null() }
                    json.field("summary", summary.text)
                    json.field("summary_glossed", glossed)
                    json.key("sentences")
                    json.beginArray()
                    let bounds = OffsetConverter(summary.source).convert(
                        summary.selected.flatMap { [$0.range.lowerBound, $0.range.upperBound] }, to: .scalar)
                    for (position, sentence) in summary.selected.enumerated() {
                        json.beginObject()
                        json.field("index", sentence.index)
                        json.field("start", bounds[2 * position])
                        json.field("end", bounds[2 * position + 1])
                        json.field("score", sentence.score)
                        json.endObject()
                    }
                    json.endArray()
                    json.field("budget", budget.description)
                    json.key("warnings")
                    json.beginArray()
                    for warning in summary.warnings + record.warnings.map(\.message) { json.string(warning) }
                    json.endArray()
                    // The glossary's terms, as `precis glossary` writes them.
                    json.key("terms")
                    terms.writeTerms(glossary, into: &json)
                    json.endObject()
                    json.newline()
                    return Digest(summary: summary, glossary: glossary, glossedSummary: glossed, bytes: json.bytes)
                },
                bytes: { $0.bytes },
                observe: { record, digest in
                    batch.add(digest.glossary, entries: matcher.entries, ordinal: sharded ? record.ordinal : nil)
                    markdown?.append(
                        DigestCommand.markdown(
                            digest, warnings: record.warnings.map(\.message), entries: matcher.entries))
                })
        } sideOutputs: {
            try GlossaryExtract.write(batch, to: batchGlossary)
            try markdown?.finish()
        }
    }

    /// Each term's first sentence: the summarizer's sentence holding its first occurrence in prose,
    /// as `precis glossary` chooses it (the first occurrence's when every one is in furniture).
    static func setFirstSentences(_ glossary: inout ArticleGlossary, from summary: Summary) {
        let sentences = summary.sentences.map(\.range)
        let prose = summary.sentences.map { sentence -> Range<Int>? in
            if case .noise = sentence.status { return nil }
            return sentence.status == .title ? nil : sentence.range
        }
        for index in glossary.terms.indices {
            if let chosen = ArticleGlossaryBuilder.example(
                of: glossary.terms[index].occurrences, sentences: sentences, prose: prose)
            {
                glossary.terms[index].firstSentence = summary.source.substring(chosen)
            }
        }
    }

    /// The summary with " [English]" after the first occurrence of each term in it.
    static func glossedSummary(_ summary: Summary, glossary: ArticleGlossary, glosser: InlineGlossRenderer) -> String {
        var matches: [Match] = []
        var offset = 0
        for sentence in summary.selected {
            for term in glossary.terms {
                for match in term.occurrences
                where sentence.range.contains(match.range.lowerBound)
                    && match.range.upperBound <= sentence.range.upperBound
                {
                    let shift = offset - sentence.range.lowerBound
                    matches.append(
                        Match(
                            entry: match.entry, form: match.form,
                            range: (match.range.lowerBound + shift)..<(match.range.upperBound + shift)))
                }
            }
            offset += sentence.text.utf16.count + 1
        }
        return glosser.render(summary.text, matches: matches)
    }

    /// One article of the Markdown brief, with its record's warnings (repaired UTF-8, another
    /// language) under its heading.
    static func markdown(_ digest: Digest, warnings: [String], entries: [LexiconEntry]) -> String {
        let summary = digest.summary
        // A heading is one line: a title's line breaks would end it and start a paragraph.
        let heading = (summary.title ?? summary.id).split(whereSeparator: \.isNewline).joined(separator: " ")
        var text = "## \(heading)\n\n"
        for warning in warnings { text += "_Warning: \(warning)._\n\n" }
        text +=
            summary.selected.isEmpty
            ? "_No summary: \(summary.warnings.joined(separator: ", "))._\n\n" : digest.glossedSummary + "\n\n"
        if !digest.glossary.terms.isEmpty {
            text += "| French | English | kind | count |\n|---|---|---|---:|\n"
            for term in digest.glossary.terms {
                let entry = entries[term.entry]
                let cells = [entry.fr, entry.en, entry.kind].map { $0.replacingOccurrences(of: "|", with: "\\|") }
                text += "| \(cells[0]) | \(cells[1]) | \(cells[2]) | \(term.count) |\n"
            }
            text += "\n"
        }
        return text + "_Source: \(summary.id)_\n\n"
    }
}
