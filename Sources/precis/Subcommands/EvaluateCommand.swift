import ArgumentParser
import Batch
import Foundation
import FrenchText
import Scoring

/// `precis evaluate`: ROUGE of candidate summaries against references, with intervals,
/// significance against a baseline, a configuration signature and CI gates.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score summaries with ROUGE-1, -2, -L and -Lsum, done right for French; gate them in CI.",
        discussion: """
            Pairs candidates with references by id: JSONL files (--id-field, --reference-field, \
            --candidate-field; a reference field may hold a list of strings) or folders of .txt files (the \
            id is the path without extension; other files are skipped with a warning, hidden ones \
            silently). Repeat --references for several references per document: each is scored, and \
            --multi-reference max (default: per metric, the reference with the best F1, reported as \
            best_reference) or mean combines them. An id on one side only (references, candidates or \
            --baseline) is an error naming both files, unless --allow-missing leaves its document out of \
            every side, so that the candidates and the baseline are scored on the same documents.

            Profiles: french (default: NFC, case folding, Unicode word tokens, elisions split; --stem adds \
            Snowball French stems, --stop-words drops Lexicons/fr/stopwords.txt) and rouge-score (rouge-score \
            0.1.2's ASCII tokenizer byte for byte; --stem is NLTK's Porter variant, as rouge-score's, see \
            Evaluation/rouge/DIFFERENCES.md). ROUGE-Lsum cuts texts at line breaks, or with Précis' French \
            segmenter when a text has none (french); rouge-score cuts at newlines only.

            Corpus values are means over documents, with seeded bootstrap intervals of F1 (--bootstrap, \
            --seed). With --baseline, a paired bootstrap and an approximate randomization test compare F1 \
            per metric. Every output carries the configuration signature.

            Gates: --min rouge2=0.12 fails when corpus F1 (from 0 to 1) is below 0.12; --max-drop rouge1=0.5 \
            fails when F1 is more than 0.5 ROUGE points (0.005) below the baseline's and the drop is \
            significant (approximate randomization p < --alpha).

            Exit status: 0 scored (and gates passed); 1 input errors (broken lines, duplicate or unpaired \
            ids, texts too long to score, no document in common), nothing scored; 3 a gate failed (one \
            line on stderr says why); 64 bad usage; 65 malformed Lexicons/; 74 an output could not be \
            written.

            Examples:
              precis evaluate --references orangesum-valid.jsonl --candidates lead2.jsonl
              precis evaluate --references refs/ --candidates out/ --json
              precis evaluate -r refs.jsonl -c new.jsonl --baseline old.jsonl \\
                --max-drop rougeL=0.5 --junit rouge.xml
            """)

    @Option(
        name: [.customShort("r"), .long],
        help: "References: a JSONL file or a folder of .txt files (repeat for several).")
    var references: [String] = []

    @Option(name: [.customShort("c"), .long], help: "Candidates: a JSONL file or a folder of .txt files.")
    var candidates: String?

    @Option(help: "Another candidate set to compare with (significance tests, --max-drop).")
    var baseline: String?

    @Option(help: "JSONL field holding the id.")
    var idField = "id"

    @Option(help: "JSONL field holding the reference (a string or a list of strings).")
    var referenceField = "summary"

    @Option(help: "JSONL field holding the candidate (also used for --baseline).")
    var candidateField = "summary"

    @Option(help: "JSONL field of the references file holding the article (lengths in the HTML report).")
    var articleField: String?

    @Flag(help: "Leave out ids found on one side only, baseline included (a warning each), instead of failing.")
    var allowMissing = false

    @Option(help: "Tokenization profile: french (default) or rouge-score.")
    var profile: Profile.Name = .french

    @Flag(help: "Stem tokens (Snowball French in the french profile, Porter in rouge-score).")
    var stem = false

    @Flag(help: "Leave out French stop words (Lexicons/fr/stopwords.txt; french profile only).")
    var stopWords = false

    @Option(help: "ROUGE-Lsum sentences: auto (lines, else the French segmenter), newline or segmenter.")
    var lsumSplit: LsumSplit?

    @Option(help: "Several references: max (best F1 per metric) or mean.")
    var multiReference: MultiReference = .max

    @Option(help: "Bootstrap resamples for intervals and significance (0: none).")
    var bootstrap = 1000

    @Option(help: "Seed of the bootstrap and randomization tests.")
    var seed: UInt64 = 12345

    @Option(help: "Confidence level of the intervals.")
    var confidence = 0.95

    @Option(help: "A floor on corpus F1 (0 to 1), metric=value (rouge1, rouge2, rougeL, rougeLsum); repeatable.")
    var min: [String] = []

    @Option(help: "Largest allowed significant F1 drop below --baseline, in ROUGE points: metric=points; repeatable.")
    var maxDrop: [String] = []

    @Option(help: "Significance level for --max-drop.")
    var alpha = 0.05

    @Flag(help: "Print JSON instead of the table.")
    var json = false

    @Flag(help: "Print CSV (one row per scope, document and metric) instead of the table.")
    var csv = false

    @Flag(help: "Print a Markdown table instead of the terminal table.")
    var markdown = false

    @Option(help: "Also write JUnit XML to this file.")
    var junit: String?

    @Option(help: "Also write an HTML report with SVG plots to this file.")
    var html: String?

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: .hidden)
    var dumpTokens = false

    @OptionGroup var lexicons: LexiconArguments

    func validate() throws {
        guard !references.isEmpty else { throw ValidationError("--references is required") }
        guard candidates != nil else { throw ValidationError("--candidates is required") }
        guard [json, csv, markdown].filter({ $0 }).count <= 1 else {
            throw ValidationError("choose one of --json, --csv and --markdown")
        }
        guard bootstrap >= 0, bootstrap <= 1_000_000 else {
            throw ValidationError("--bootstrap must be between 0 and 1000000")
        }
        guard confidence > 0, confidence < 1 else { throw ValidationError("--confidence must be between 0 and 1") }
        guard alpha > 0, alpha < 1 else { throw ValidationError("--alpha must be between 0 and 1") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if stopWords && profile == .rougeScore { throw ValidationError("--stop-words needs the french profile") }
        for (option, texts, minimum) in [("--min", min, true), ("--max-drop", maxDrop, false)] {
            for text in texts {
                do {
                    _ = try Gate.Rule(parsing: text, minimum: minimum)
                } catch {
                    throw ValidationError("\(option): \(error)")
                }
            }
        }
        if !maxDrop.isEmpty && baseline == nil { throw ValidationError("--max-drop needs --baseline") }
    }

    func run() throws {
        let root = try lexicons.directory()
        let name = self.profile
        let profile: Profile
        do {
            profile = try Profile(
                name: name, stem: stem, stopWords: stopWords, lsumSplit: lsumSplit, lexiconDirectory: root + "/fr")
        } catch {
            BatchDriver.report("precis: error: \(error)")
            throw ExitCodes.lexiconError
        }
        let referenceOptions = TextSet.Options(idField: idField, textField: referenceField, articleField: articleField)
        let candidateOptions = TextSet.Options(idField: idField, textField: candidateField)
        let referenceSets = references.map { TextSet.read($0, options: referenceOptions) }
        let candidateSet = TextSet.read(candidates ?? "", options: candidateOptions)
        // With a baseline, both sides are paired on the same documents, so that their means and
        // the difference between them are over the same texts.
        let corpus =
            if let baseline {
                EvaluationCorpus.pair(
                    references: referenceSets, candidates: candidateSet,
                    baseline: TextSet.read(baseline, options: candidateOptions), allowMissing: allowMissing)
            } else {
                EvaluationCorpus.pair(references: referenceSets, candidates: candidateSet, allowMissing: allowMissing)
            }
        if dumpTokens { return try dump(corpus, profile: profile) }
        if report(corpus.diagnostics) {
            BatchDriver.report("precis: error: input errors: nothing scored")
            throw ExitCodes.rejects
        }
        // A gate that passes on no document would let any regression through CI.
        guard !corpus.documents.isEmpty else {
            BatchDriver.report(
                "precis: error: no document to score: no id is common to "
                    + (baseline == nil
                        ? "the references and the candidates" : "the references, the candidates and the baseline"))
            throw ExitCodes.rejects
        }
        let evaluator = Evaluator(profile: profile, rule: multiReference, jobs: jobs)
        let (results, refused) = try evaluator.evaluate(corpus.documents)
        var comparison: BaselineComparison?
        var refusedBaseline: [Diagnostic] = []
        let resampling = Bootstrap(samples: bootstrap, seed: seed, confidence: confidence)
        if let baselineDocuments = corpus.baseline {
            let (baselineResults, refusals) = try evaluator.evaluate(baselineDocuments)
            refusedBaseline = refusals
            comparison = BaselineComparison(
                candidates: results, baseline: baselineResults,
                significance: Significance(trials: max(bootstrap, 1000), seed: seed),
                bootstrap: resampling)
        }
        if report(refused + refusedBaseline) {
            BatchDriver.report("precis: error: texts too long to score: nothing scored")
            throw ExitCodes.rejects
        }
        let empty = results.filter(\.isEmpty)
        if let first = empty.first {
            BatchDriver.report(
                "\(first.location): warning: \(empty.count) empty candidate\(empty.count == 1 ? "" : "s") scored 0"
                    + " (first: '\(first.id)')")
        }
        let tokenizer = try profile.makeTokenizer()
        let signature = RougeSignature(
            tokenizer: tokenizer.settings, rule: multiReference, bootstrap: resampling, version: Precis.version)
        let corpusScores = CorpusScores(results, bootstrap: resampling)
        let rules =
            min.compactMap { Gate.Rule.parse($0, minimum: true) }
            + maxDrop.compactMap { Gate.Rule.parse($0, minimum: false) }
        let gate = rules.isEmpty ? nil : Gate(rules: rules, alpha: alpha)
        let failures = gate?.failures(corpus: corpusScores, comparison: comparison) ?? []
        let evaluation = EvaluationReport(
            signature: signature, corpus: corpusScores, documents: results, comparison: comparison, gate: gate,
            gateFailures: failures)
        let output: [UInt8]
        if json {
            output = JSONReportRenderer.render(evaluation)
        } else if csv {
            output = Array(CSVRenderer.render(evaluation).utf8)
        } else if markdown {
            output = Array(MarkdownRenderer.render(evaluation).utf8)
        } else {
            output = Array(TableRenderer.render(evaluation).utf8)
        }
        do {
            try write(output, to: nil)
            if let junit { try write(Array(JUnitRenderer.render(evaluation).utf8), to: junit) }
            if let html { try write(Array(HTMLRenderer.render(evaluation).utf8), to: html) }
        } catch {
            BatchDriver.report("precis: error: \(error)")
            throw ExitCodes.ioError
        }
        if !failures.isEmpty {
            BatchDriver.report("precis: gate failed: " + failures.joined(separator: "; "))
            throw ExitCodes.gateFailed
        }
    }

    /// Reports diagnostics on stderr, the first 20, errors before warnings (each kind in its
    /// order), so that many skipped files do not hide the error that stops the run; whether any
    /// was an error.
    func report(_ diagnostics: [Diagnostic]) -> Bool {
        let limit = 20
        let ordered = diagnostics.filter { $0.severity == .error } + diagnostics.filter { $0.severity != .error }
        for diagnostic in ordered.prefix(limit) { BatchDriver.report(diagnostic.description) }
        if ordered.count > limit { BatchDriver.report("precis: … and \(ordered.count - limit) more") }
        return diagnostics.contains { $0.severity == .error }
    }

    func write(_ bytes: [UInt8], to path: String?) throws {
        let writer = try OutputWriter(path: path)
        do {
            try writer.write(bytes)
            try writer.finish()
        } catch {
            writer.abandon()
            throw error
        }
    }

    /// The hidden `--dump-tokens`: each text's tokens by sentence, for the differential script.
    func dump(_ corpus: EvaluationCorpus, profile: Profile) throws {
        let tokenizer = try profile.makeTokenizer()
        var out: [UInt8] = []
        for document in corpus.documents {
            let vocabulary = Vocabulary()
            var json = JSONWriter()
            json.beginObject()
            json.field("id", document.id)
            for (key, texts) in [("references", document.references), ("candidate", [document.candidate])] {
                json.key(key)
                json.beginArray()
                for text in texts {
                    json.beginArray()
                    for sentence in tokenizer.tokenize(text, vocabulary: vocabulary).sentences {
                        json.beginArray()
                        for token in sentence { json.string(vocabulary.token(token)) }
                        json.endArray()
                    }
                    json.endArray()
                }
                json.endArray()
            }
            json.endObject()
            json.newline()
            out.append(contentsOf: json.bytes)
        }
        try write(out, to: nil)
    }
}

extension Profile.Name: ExpressibleByArgument {}
extension LsumSplit: ExpressibleByArgument {}
extension MultiReference: ExpressibleByArgument {}
