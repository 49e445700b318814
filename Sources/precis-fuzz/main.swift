// libFuzzer target for the JSONL reader, the French sentence segmenter, the tokenizer, the
// normalizer, the summarizer, the glossary matcher and the language check.
//
// SwiftPM links executables with `--defsym main=<module>_main`, so libFuzzer's own `main` is not
// used: this file calls `LLVMFuzzerRunDriver` itself, and the callback is exported under the C
// name libFuzzer looks for. Built alone by `make fuzz` with `-sanitize=fuzzer,address`.
// Every input is checked for the invariants the rest of Précis relies on: sentences are
// ordered, non-overlapping, inside the text and trimmed; tokens are ordered and inside the text,
// and the same when ICU reads the whole text as when plain words are taken without it; the
// normalizer's map stays inside the original; a summary's sentences are in document order,
// inside the text and within every kind of budget; a glossary's occurrences are in order, do not
// overlap and lie inside the text; the same bytes read as a JSONL file give a record or a
// reject for each of their lines; the language check (a scan of UTF-8 bytes, then CLD2) gives
// the same answer twice. A crash in any of them would stop a whole batch.
import Batch
import FrenchText
import Glossary
import Summarization

#if canImport(Glibc)
    import Glibc
#endif

#if PRECIS_FUZZ
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32
#endif

/// Objects built once; libFuzzer calls the callback on one thread.
nonisolated(unsafe) var segmenter: SentenceSegmenter?
nonisolated(unsafe) var tokenizer: WordTokenizer?
nonisolated(unsafe) var checkedTokenizer: WordTokenizer?
nonisolated(unsafe) var summarizer: Summarizer?
nonisolated(unsafe) var glossaries: ArticleGlossaryBuilder?
nonisolated(unsafe) var languageCheck: LanguageCheck?

func setUp() {
    let directory = getenv("PRECIS_LEXICONS").map { String(cString: $0) } ?? "Lexicons"
    do {
        segmenter = try SentenceSegmenter(rules: SegmentationRules.load(directory: directory + "/fr"))
        tokenizer = try WordTokenizer(lexiconDirectory: directory + "/fr")
        let checked = try WordTokenizer(lexiconDirectory: directory + "/fr")
        checked.asksICUForEveryBreak = true
        checkedTokenizer = checked
        summarizer = try Summarizer(resources: SummarizerResources.load(directory: directory + "/fr"))
        let lexicon = LexiconLoader.load(files: try LexiconLoader.files(in: directory + "/fr-en")).checked()
        let matcher = try CompiledMatcher(
            entries: lexicon.entries, resources: MatcherResources.load(directory: directory + "/fr"))
        glossaries = ArticleGlossaryBuilder(matcher: matcher, segmenter: segmenter)
        languageCheck = try LanguageCheck(markersAt: directory + "/fr/french-markers.txt")
    } catch {
        print("precis-fuzz: cannot load \(directory)/fr: \(error)")
        exit(2)
    }
}

func check(_ condition: Bool, _ message: String) {
    if !condition {
        print("precis-fuzz: invariant broken: \(message)")
        abort()
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, let segmenter, let tokenizer, let checkedTokenizer else { return 0 }
    checkJSONL(UnsafeBufferPointer(start: data, count: size))
    // Non-strict decoding never throws: invalid UTF-8 becomes U+FFFD.
    guard let decoded = try? TextDecoder.decode(UnsafeBufferPointer(start: data, count: size)) else { return 0 }
    let text = UTF16Text(decoded.text)
    for engine in SentenceSegmenter.Engine.allCases {
        var previousEnd = 0
        var previousParagraph = 0
        for sentence in segmenter.sentences(in: text, engine: engine) {
            check(sentence.range.lowerBound >= previousEnd, "sentences overlap or go backwards")
            check(sentence.range.upperBound <= text.count, "sentence beyond the text")
            check(!sentence.range.isEmpty, "empty sentence")
            check(sentence.paragraph >= previousParagraph, "paragraph index decreases")
            previousEnd = sentence.range.upperBound
            previousParagraph = sentence.paragraph
        }
    }
    var previousEnd = 0
    let tokens = tokenizer.tokens(in: text)
    for token in tokens {
        check(token.range.lowerBound >= previousEnd && token.range.upperBound <= text.count, "token out of order")
        previousEnd = token.range.upperBound
    }
    check(tokens == checkedTokenizer.tokens(in: text), "tokens differ from ICU's over the whole text")
    if let normalized = try? Normalizer(options: NormalizationOptions(form: .nfkc, caseFold: true)).normalize(text) {
        let whole = normalized.originalRange(of: 0..<normalized.units.count)
        check(whole.upperBound <= text.count, "normalizer map beyond the original")
    }
    if let summarizer { checkSummaries(of: decoded.text, units: text.count, summarizer) }
    if let glossaries { checkGlossary(of: decoded.text, units: text.count, glossaries) }
    if let languageCheck {
        let language = languageCheck.otherLanguage(of: decoded.text)
        check(language == languageCheck.otherLanguage(of: decoded.text), "the language check changes its mind")
        check(language.map { !$0.code.isEmpty && (0...100).contains($0.percent) } ?? true, "a language without a code")
    }
    return 0
}

/// Where the input is written to be read as a JSONL file, by the same reader as a batch's.
let jsonlPath = "/tmp/precis-fuzz-\(getpid()).jsonl"

/// Reads the input as a JSONL file: one record or one reject for each non-blank line.
func checkJSONL(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let file = fopen(jsonlPath, "wb") else { return }
    let written = fwrite(bytes.baseAddress, 1, bytes.count, file)
    fclose(file)
    guard written == bytes.count else { return }
    let reader = InputReader(paths: [jsonlPath], options: InputOptions(format: .jsonl, titleField: "title"))
    var items = 0
    while reader.next() != nil { items += 1 }
    let lines = bytes.split(separator: 0x0A).filter { !$0.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
    check(items <= lines.count + 1, "more records than lines")
}

/// Summarizes the input under each kind of budget, its first line read as a title when it looks
/// like one, and checks the choice.
func checkSummaries(of text: String, units: Int, _ summarizer: Summarizer) {
    let budgets: [Budget] = [.sentences(2), .ratio(0.3), .words(25), .characters(160)]
    for budget in budgets {
        let summary = summarizer.summarize(
            Article(id: "fuzz", text: text, titleFromFirstLine: true), budget: budget)
        var previousEnd = 0
        for sentence in summary.selected {
            check(sentence.range.lowerBound >= previousEnd, "summary sentences out of document order")
            check(sentence.range.upperBound <= units, "summary sentence beyond the text")
            previousEnd = sentence.range.upperBound
        }
        let selected = summary.selected
        switch budget {
        case .sentences(let count): check(selected.count <= count, "more sentences than the budget")
        case .words(let count): check(selected.map(\.words).reduce(0, +) <= count, "more words than the budget")
        case .characters(let count): check(summary.text.count <= count, "more characters than the budget")
        case .ratio: break
        }
    }
}

/// Builds the input's glossary (its first line as a title too) and checks its occurrences.
func checkGlossary(of text: String, units: Int, _ builder: ArticleGlossaryBuilder) {
    let title = text.split(separator: "\n", maxSplits: 1).first.map(String.init)
    let glossary = builder.glossary(id: "fuzz", title: title, text: text)
    var occurrences = glossary.terms.flatMap(\.occurrences).map(\.range)
    occurrences.sort { $0.lowerBound < $1.lowerBound }
    var previousEnd = 0
    for range in occurrences {
        check(range.lowerBound >= previousEnd && !range.isEmpty, "glossary occurrences overlap or are empty")
        check(range.upperBound <= units, "glossary occurrence beyond the text")
        previousEnd = range.upperBound
    }
}

#if PRECIS_FUZZ
    setUp()
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    let status = runFuzzerDriver(&argc, &argv) { data, size in fuzzOne(data, size) }
    exit(status)
#else
    // A plain build (`swift build`, `swift test`) has no libFuzzer runtime to link.
    print("precis-fuzz: build it with `make fuzz` (-sanitize=fuzzer,address -D PRECIS_FUZZ)")
    exit(64)
#endif
