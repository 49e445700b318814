import ArgumentParser
import Batch
import Foundation
import FrenchText

/// `precis benchmark`: in-process throughput of Précis' text layer, for `make bench`.
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Measure in-process throughput (use a release build).",
        subcommands: [SegmentBenchmark.self, RougeBenchmark.self, GlossaryBenchmark.self])
}

/// Throughput of the sentence segmenter against ICU's raw iterator on the same text.
struct SegmentBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "MB/s of Précis' segmenter and of ICU's raw sentence iterator on a UTF-8 corpus, one thread.",
        discussion: """
            Both include the UTF-8 to UTF-16 conversion. The corpus is cut at blank lines into chunks of
            whole paragraphs of at most --chunk characters (article-sized texts, as the peers get them in
            Evaluation/segmentation/evaluate.py); best of --repeat runs. MB = 10^6 bytes of UTF-8.
            """)

    @Option(help: "A UTF-8 text file (≥ 20 MB for stable figures).")
    var corpus: String

    @Option(help: "Runs per engine; the best is reported.")
    var `repeat` = 3

    @Option(help: "Maximum characters per chunk of whole paragraphs.")
    var chunk = 10_000

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    @OptionGroup var lexicons: LexiconArguments

    func run() throws {
        let rules = try loadRules(lexicons: lexicons)
        guard let data = FileManager.default.contents(atPath: corpus) else {
            throw ValidationError("cannot read \(corpus)")
        }
        let text = try TextDecoder.decode(Array(data)).text
        let articles = Self.chunks(text, maxCharacters: chunk)
        let segmenter = try SentenceSegmenter(rules: rules)
        var sentences = 0
        func measure(_ body: () -> Int) -> Double {
            var best = Double.infinity
            for _ in 0..<max(1, `repeat`) {
                let clock = ContinuousClock()
                let start = clock.now
                sentences = body()
                let elapsed = clock.now - start
                best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
            }
            return Double(data.count) / 1e6 / best
        }
        let icu = measure {
            articles.reduce(0) { $0 + segmenter.icuBoundaries(in: UTF16Text($1)).count + 1 }
        }
        let icuSentences = sentences
        let precis = measure {
            articles.reduce(0) { $0 + segmenter.sentences(in: UTF16Text($1)).count }
        }
        if json {
            var writer = JSONWriter()
            writer.beginObject()
            writer.field("bytes", data.count)
            writer.field("chunks", articles.count)
            writer.key("precis_mb_s")
            writer.double(precis, digits: 2)
            writer.key("icu_mb_s")
            writer.double(icu, digits: 2)
            writer.field("precis_sentences", sentences)
            writer.field("icu_sentences", icuSentences)
            writer.endObject()
            writer.newline()
            FileHandle.standardOutput.write(Data(writer.bytes))
        } else {
            print("corpus: \(corpus), \(data.count) bytes, \(articles.count) chunks")
            print(
                "ICU fr@ss=standard raw iterator: \(JSONWriter.format(icu, digits: 1)) MB/s (\(icuSentences) sentences)"
            )
            print(
                "Précis segmenter:                \(JSONWriter.format(precis, digits: 1)) MB/s (\(sentences) sentences)"
            )
            print("ratio Précis / ICU: \(JSONWriter.format(precis / icu, digits: 2))")
        }
    }

    /// Whole paragraphs grouped into chunks of at most `maxCharacters` (a longer paragraph alone).
    static func chunks(_ text: String, maxCharacters: Int) -> [String] {
        var chunks: [String] = []
        var current: [Substring] = []
        var length = 0
        for paragraph in text.split(separator: "\n\n", omittingEmptySubsequences: false) {
            let count = paragraph.count
            if !current.isEmpty, length + 2 + count > maxCharacters {
                chunks.append(current.joined(separator: "\n\n"))
                current = []
                length = 0
            }
            length += count + (current.isEmpty ? 0 : 2)
            current.append(paragraph)
        }
        if !current.isEmpty { chunks.append(current.joined(separator: "\n\n")) }
        return chunks
    }
}
