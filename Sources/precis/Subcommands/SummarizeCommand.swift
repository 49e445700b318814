import ArgumentParser
import Batch
import Foundation
import FrenchText
import Summarization

/// `precis summarize`: extractive summaries of French news articles, explainable, under a budget.
struct SummarizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "Summarize French news articles by extracting their most salient sentences.",
        discussion: """
            Each sentence is scored by explicit features (position, named entities, acronyms, titles, \
            centrality, title overlap, length) with weights learned by `make tune` \
            (Lexicons/fr/summary-weights.tsv); redundant sentences are penalised (MMR); the chosen \
            sentences come out in document order, within the budget (default: 2 sentences). \
            Bylines, datelines, photo credits, "À lire aussi" links, embedded tweets, page furniture \
            (reading time, share buttons, paywall notices) and labels glued by scrapers \
            ("DiaporamaEn marge…") are never selected (rules: Lexicons/fr/cleanup.tsv).

            JSONL output, one line per article:
              {"id", "title", "summary", "sentences": [{"index", "start", "end", "score"}],
               "budget", "warnings"}
            warnings holds a reason code when the summary is empty: empty-text, no-usable-sentence, \
            budget-too-small. --explain adds every sentence's features, contributions and status. \
            A text file's first line is its title when it looks like one; JSONL titles come from --title-field.

            Examples:
              precis summarize Examples/articles.jsonl
              precis summarize --words 60 --format markdown article.txt
              precis summarize --explain --html report.html articles.jsonl \\
                -o summaries.jsonl
            """)

    @OptionGroup var input: InputArguments
    @OptionGroup var output: OutputArguments
    @OptionGroup var lexicons: LexiconArguments
    @OptionGroup var languageCheck: LanguageCheckArguments

    @Option(help: "JSONL field holding the title.")
    var titleField = "title"

    @Option(parsing: .unconditional, help: "Budget: at most N sentences (the default budget is 2 sentences).")
    var sentences: Int?

    @Option(parsing: .unconditional, help: "Budget: at most this share of the article's usable sentences (0 < R ≤ 1).")
    var ratio: Double?

    @Option(
        parsing: .unconditional,
        help: "Budget: at most N words, counted the French way (l'État, cessez-le-feu: one word).")
    var words: Int?

    @Option(parsing: .unconditional, help: "Budget: at most N characters, spaces included.")
    var chars: Int?

    @Option(help: "Output: jsonl (default), text or markdown.")
    var format: Format = .jsonl

    @Option(help: "Also write an HTML page showing each article with its chosen sentences and scores.")
    var html: String?

    @Option(help: "Also write each summary to its own file in this folder (named after the id, made safe).")
    var outputDir: String?

    @Flag(help: "Add every sentence's features, weighted contributions and status to the JSONL.")
    var explain = false

    @Option(help: "Unit of start/end: scalar (default), utf8 or utf16.")
    var offsets: OffsetUnit = .scalar

    @Option(help: "A weights file to use instead of Lexicons/fr/summary-weights.tsv (for tuning).")
    var weights: String?

    enum Format: String, ExpressibleByArgument {
        case jsonl, text, markdown

        var fileExtension: String {
            switch self {
            case .jsonl: return "json"
            case .text: return "txt"
            case .markdown: return "md"
            }
        }
    }

    func validate() throws {
        let budgets = [sentences != nil, ratio != nil, words != nil, chars != nil].filter { $0 }.count
        guard budgets <= 1 else { throw ValidationError("give one budget: --sentences, --ratio, --words or --chars") }
        if let sentences, sentences < 1 { throw ValidationError("--sentences must be at least 1") }
        if let ratio, !(ratio > 0 && ratio <= 1) { throw ValidationError("--ratio must be in (0, 1]") }
        if let words, words < 1 { throw ValidationError("--words must be at least 1") }
        if let chars, chars < 1 { throw ValidationError("--chars must be at least 1") }
        if format != .jsonl { try output.requireRecordLines(format: format.rawValue) }
        // The page shows every article: a resumed run has only the new ones to show.
        if output.resume, html != nil { throw ValidationError("--resume cannot write --html; rerun without --resume") }
        try output.checkSideOutputs([("--html", html)])
    }

    var budget: Budget {
        if let ratio { return .ratio(ratio) }
        if let words { return .words(words) }
        if let chars { return .characters(chars) }
        return .sentences(sentences ?? 2)
    }

    func run() throws {
        if let outputDir {
            do {
                try FileManager.default.createDirectory(atPath: outputDir, withIntermediateDirectories: true)
            } catch {
                BatchDriver.report("precis: error: cannot create \(outputDir): \(error.localizedDescription)")
                throw ExitCodes.ioError
            }
        }
        let directory = try lexicons.directory()
        let resources: SummarizerResources
        do {
            resources = try SummarizerResources.load(directory: directory + "/fr", weightsPath: weights)
        } catch {
            BatchDriver.report("precis: error: \(error)")
            throw ExitCodes.lexiconError
        }
        let budget = budget
        let format = format
        let renderer = SummaryJSONRenderer(unit: offsets, explain: explain, weights: resources.weights)
        var unwrittenFiles = 0
        var signatureParts = [
            "summarize", input.signature, "title=\(titleField)", "budget=\(budget)", "format=\(format.rawValue)",
            "explain=\(explain)", "offsets=\(offsets.rawValue)", "icu=\(icuVersion)",
            "lexicons=\(LexiconArguments.digest(directory + "/fr"))", languageCheck.signature,
        ]
        if let weights {
            signatureParts.append(
                "weights=\(StableHash.hex(StableHash.fnv1a(FileManager.default.contents(atPath: weights) ?? Data(), seed: StableHash.offsetBasis)))"
            )
        }
        // The page is written when records were rejected too: it shows the articles summarized.
        // It is written as the batch goes, so that memory does not grow with the batch.
        let page = try html.map { try StreamedSideOutput(path: $0, header: SummaryHTMLRenderer.header()) }
        let drawsPage = page != nil
        try runBatch(output, streaming: page.map { [$0] } ?? []) {
            try BatchDriver.run(
                reader: input.reader(titleField: titleField), output: output,
                signature: signatureParts.joined(separator: "|"),
                language: try languageCheck.check(lexicons: directory),
                makeWorker: { try Summarizer(resources: resources) },
                // A worker renders the article's section of the page too: the ordered writer only
                // appends it.
                transform: { summarizer, record -> (section: String?, bytes: [UInt8]) in
                    let article = Article(
                        id: record.id, title: record.title, text: record.text,
                        titleFromFirstLine: record.title == nil && record.location.line == 0)
                    let summary = summarizer.summarize(article, budget: budget)
                    let bytes: [UInt8]
                    switch format {
                    case .jsonl:
                        bytes = renderer.render(summary, recordWarnings: record.warnings.map(\.message))
                    case .text: bytes = Array(SummaryTextRenderer.text(summary).utf8)
                    case .markdown: bytes = Array(SummaryTextRenderer.markdown(summary).utf8)
                    }
                    return (drawsPage ? SummaryHTMLRenderer.article(summary) : nil, bytes)
                },
                bytes: { $0.bytes },
                observe: html == nil && outputDir == nil
                    ? nil
                    : { record, value in
                        if let section = value.section { page?.append(section) }
                        if let outputDir {
                            let name = FileNameSanitizer.fileName(for: record.id, extension: format.fileExtension)
                            let url = URL(fileURLWithPath: outputDir).appendingPathComponent(name)
                            do {
                                let writer = try OutputWriter(path: url.path)
                                try writer.write(value.bytes)
                                try writer.finish()
                            } catch {
                                BatchDriver.report("precis: error: cannot write \(url.path): \(error)")
                                unwrittenFiles += 1
                            }
                        }
                    })
        } sideOutputs: {
            try page?.finish(SummaryHTMLRenderer.footer)
            if unwrittenFiles > 0 {
                BatchDriver.report("precis: error: \(unwrittenFiles) file(s) of --output-dir could not be written")
                throw ExitCodes.ioError
            }
        }
    }
}
