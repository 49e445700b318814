import ArgumentParser
import Foundation
import FrenchText

/// The options and the corpus shared by the in-process benchmarks (`benchmark segment`,
/// `benchmark glossary`): a UTF-8 file cut into article-sized chunks, timed best of N.
struct BenchmarkCorpusArguments: ParsableArguments {
    @Option(help: "A UTF-8 text file (≥ 20 MB for stable figures).")
    var corpus: String

    @Option(help: "Runs (per engine); the best is reported.")
    var `repeat` = 3

    @Option(help: "Maximum characters per chunk of whole paragraphs.")
    var chunk = 10_000

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    func validate() throws {
        guard `repeat` >= 1 else { throw ValidationError("--repeat must be at least 1") }
        guard chunk >= 1 else { throw ValidationError("--chunk must be at least 1") }
    }

    /// The corpus' size in bytes and its chunks; an unreadable or empty corpus exits 74, as
    /// any input that cannot be read does (a rate over no bytes means nothing).
    func load() throws -> (bytes: Int, chunks: [String]) {
        guard let data = FileManager.default.contents(atPath: corpus) else {
            BatchDriver.report("precis: error: cannot read \(corpus)")
            throw ExitCodes.ioError
        }
        guard !data.isEmpty else {
            BatchDriver.report("precis: error: \(corpus) is empty: nothing to measure")
            throw ExitCodes.ioError
        }
        let text = try TextDecoder.decode(Array(data)).text
        return (data.count, Self.chunks(text, maxCharacters: chunk))
    }

    /// The best wall-clock time of `repeat` runs of `body`, in seconds.
    func bestSeconds(_ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<max(1, `repeat`) {
            let clock = ContinuousClock()
            let start = clock.now
            try body()
            best = min(best, milliseconds(clock.now - start) / 1000)
        }
        return best
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
