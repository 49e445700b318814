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
            Both include the UTF-8 to UTF-16 conversion. The corpus is cut at blank lines into chunks of \
            whole paragraphs of at most --chunk characters (article-sized texts, as the peers get them in \
            Evaluation/segmentation/evaluate.py); best of --repeat runs. MB = 10^6 bytes of UTF-8.
            """)

    @OptionGroup var options: BenchmarkCorpusArguments

    @OptionGroup var lexicons: LexiconArguments

    func run() throws {
        let rules = try loadRules(lexicons: lexicons)
        let (bytes, articles) = try options.load()
        let segmenter = try SentenceSegmenter(rules: rules)
        var sentences = 0
        func measure(_ body: () -> Int) -> Double {
            Double(bytes) / 1e6 / options.bestSeconds { sentences = body() }
        }
        let icu = measure {
            articles.reduce(0) { $0 + segmenter.icuBoundaries(in: UTF16Text($1)).count + 1 }
        }
        let icuSentences = sentences
        let precis = measure {
            articles.reduce(0) { $0 + segmenter.sentences(in: UTF16Text($1)).count }
        }
        if options.json {
            var writer = JSONWriter()
            writer.beginObject()
            writer.field("bytes", bytes)
            writer.field("chunks", articles.count)
            writer.field("precis_mb_s", precis, digits: 2)
            writer.field("icu_mb_s", icu, digits: 2)
            writer.field("precis_sentences", sentences)
            writer.field("icu_sentences", icuSentences)
            writer.endObject()
            writer.newline()
            try StandardOutput.write(writer.bytes)
        } else {
            try StandardOutput.line("corpus: \(options.corpus), \(bytes) bytes, \(articles.count) chunks")
            try StandardOutput.line(
                "ICU fr@ss=standard raw iterator: \(JSONWriter.format(icu, digits: 1)) MB/s (\(icuSentences) sentences)"
            )
            try StandardOutput.line(
                "Précis segmenter:                \(JSONWriter.format(precis, digits: 1)) MB/s (\(sentences) sentences)"
            )
            try StandardOutput.line("ratio Précis / ICU: \(JSONWriter.format(precis / icu, digits: 2))")
        }
    }
}
