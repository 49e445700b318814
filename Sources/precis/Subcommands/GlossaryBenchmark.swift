import ArgumentParser
import Batch
import Foundation
import FrenchText
import Glossary

/// `precis benchmark glossary`: lexicon load and compile time, and matching throughput.
struct GlossaryBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Lexicon load/compile milliseconds and glossary matching MB/s on a UTF-8 corpus, one thread.",
        discussion: """
            Matching includes the UTF-8 to UTF-16 conversion, tokenization, key lookups, the trie walk and
            acronym linking of every chunk (article-sized: whole paragraphs of at most --chunk characters, as
            Evaluation/glossary/bench.py gives them to flashtext); not the JSON rendering. Best of --repeat runs.
            Load and compile are measured --repeat times too (best). MB = 10^6 bytes of UTF-8.
            """)

    @Option(help: "A UTF-8 text file (≥ 20 MB for stable figures).")
    var corpus: String

    @Option(help: "Runs; the best is reported.")
    var `repeat` = 3

    @Option(help: "Maximum characters per chunk of whole paragraphs.")
    var chunk = 10_000

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    @OptionGroup var lexicon: GlossaryLexiconArguments

    func run() throws {
        guard let data = FileManager.default.contents(atPath: corpus) else {
            throw ValidationError("cannot read \(corpus)")
        }
        let text = try TextDecoder.decode(Array(data)).text
        let articles = SegmentBenchmark.chunks(text, maxCharacters: chunk)
        var bestLoad = Double.infinity
        var bestCompile = Double.infinity
        var loaded: (lexicon: Lexicon, matcher: CompiledMatcher, loadMilliseconds: Double)?
        for _ in 0..<max(1, `repeat`) {
            let result = try lexicon.loadMatcher()
            bestLoad = min(bestLoad, result.loadMilliseconds)
            bestCompile = min(bestCompile, result.matcher.statistics.compileMilliseconds)
            loaded = result
        }
        guard let matcher = loaded?.matcher else { return }
        var scratch = MatchScratch()
        var matches = 0
        var best = Double.infinity
        for _ in 0..<max(1, `repeat`) {
            let clock = ContinuousClock()
            let start = clock.now
            var found = 0
            for article in articles {
                found += matcher.matches(in: UTF16Text(article), scratch: &scratch).count
            }
            matches = found
            best = min(best, milliseconds(clock.now - start) / 1000)
        }
        let megabytesPerSecond = Double(data.count) / 1e6 / best
        if json {
            var writer = JSONWriter()
            writer.beginObject()
            writer.field("bytes", data.count)
            writer.field("chunks", articles.count)
            writer.field("entries", matcher.entries.count)
            writer.field("forms", matcher.statistics.forms)
            writer.key("load_ms")
            writer.double(bestLoad, digits: 1)
            writer.key("compile_ms")
            writer.double(bestCompile, digits: 1)
            writer.key("precis_mb_s")
            writer.double(megabytesPerSecond, digits: 2)
            writer.field("precis_matches", matches)
            writer.endObject()
            writer.newline()
            FileHandle.standardOutput.write(Data(writer.bytes))
        } else {
            print("corpus: \(corpus), \(data.count) bytes, \(articles.count) chunks")
            print(
                "lexicon: \(matcher.entries.count) entries, \(matcher.statistics.forms) forms; load "
                    + "\(JSONWriter.format(bestLoad, digits: 1)) ms, compile \(JSONWriter.format(bestCompile, digits: 1)) ms"
            )
            print(
                "Précis glossary matching: \(JSONWriter.format(megabytesPerSecond, digits: 1)) MB/s (\(matches) matches)"
            )
        }
    }
}
