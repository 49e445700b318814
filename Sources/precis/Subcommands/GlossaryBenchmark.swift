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
            Matching includes the UTF-8 to UTF-16 conversion, tokenization, key lookups, the trie walk and \
            acronym linking of every chunk (article-sized: whole paragraphs of at most --chunk characters, as \
            Evaluation/glossary/bench.py gives them to flashtext); not the JSON rendering. Best of --repeat runs. \
            Load and compile are measured --repeat times too (best). MB = 10^6 bytes of UTF-8.
            """)

    @OptionGroup var options: BenchmarkCorpusArguments

    @OptionGroup var lexicon: GlossaryLexiconArguments

    func run() throws {
        let (bytes, articles) = try options.load()
        var bestLoad = Double.infinity
        var bestCompile = Double.infinity
        var loaded: (lexicon: Lexicon, matcher: CompiledMatcher, loadMilliseconds: Double)?
        for _ in 0..<max(1, options.repeat) {
            let result = try lexicon.loadMatcher()
            bestLoad = min(bestLoad, result.loadMilliseconds)
            bestCompile = min(bestCompile, result.matcher.statistics.compileMilliseconds)
            loaded = result
        }
        guard let matcher = loaded?.matcher else { return }
        var scratch = MatchScratch()
        var matches = 0
        let best = options.bestSeconds {
            var found = 0
            for article in articles {
                found += matcher.matches(in: UTF16Text(article), scratch: &scratch).count
            }
            matches = found
        }
        let megabytesPerSecond = Double(bytes) / 1e6 / best
        if options.json {
            var writer = JSONWriter()
            writer.beginObject()
            writer.field("bytes", bytes)
            writer.field("chunks", articles.count)
            writer.field("entries", matcher.entries.count)
            writer.field("forms", matcher.statistics.forms)
            writer.field("load_ms", bestLoad, digits: 1)
            writer.field("compile_ms", bestCompile, digits: 1)
            writer.field("precis_mb_s", megabytesPerSecond, digits: 2)
            writer.field("precis_matches", matches)
            writer.endObject()
            writer.newline()
            try StandardOutput.write(writer.bytes)
        } else {
            try StandardOutput.line("corpus: \(options.corpus), \(bytes) bytes, \(articles.count) chunks")
            try StandardOutput.line(
                "lexicon: \(matcher.entries.count) entries, \(matcher.statistics.forms) forms; load "
                    + "\(JSONWriter.format(bestLoad, digits: 1)) ms, compile \(JSONWriter.format(bestCompile, digits: 1)) ms"
            )
            try StandardOutput.line(
                "Précis glossary matching: \(JSONWriter.format(megabytesPerSecond, digits: 1)) MB/s (\(matches) matches)"
            )
        }
    }
}
