// libFuzzer target for the French sentence segmenter, the tokenizer and the normalizer.
//
// SwiftPM links executables with `--defsym main=<module>_main`, so libFuzzer's own `main` is not
// used: this file calls `LLVMFuzzerRunDriver` itself, and the callback is exported under the C
// name libFuzzer looks for. Built alone by `make fuzz` with `-sanitize=fuzzer,address`.
// Every input is checked for the invariants the rest of Précis relies on: sentences are
// ordered, non-overlapping, inside the text and trimmed; tokens are ordered and inside the text,
// and the same when ICU reads the whole text as when plain words are taken without it; the
// normalizer's map stays inside the original.
import FrenchText

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

func setUp() {
    let directory = getenv("PRECIS_LEXICONS").map { String(cString: $0) } ?? "Lexicons"
    do {
        segmenter = try SentenceSegmenter(rules: SegmentationRules.load(directory: directory + "/fr"))
        tokenizer = try WordTokenizer(lexiconDirectory: directory + "/fr")
        let checked = try WordTokenizer(lexiconDirectory: directory + "/fr")
        checked.asksICUForEveryBreak = true
        checkedTokenizer = checked
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
    return 0
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
