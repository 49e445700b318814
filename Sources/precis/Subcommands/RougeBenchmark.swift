import ArgumentParser
import Batch
import Foundation
import Scoring

/// `precis benchmark rouge`: in-process ROUGE throughput on fixed pairs, for `make bench`.
struct RougeBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rouge",
        abstract: "Pairs/s of ROUGE-1, -2, -L and -Lsum (tokenization included) on a JSONL file of pairs.",
        discussion: """
            Each line: {"id": "…", "reference": "…", "candidate": "…"}. Every pair is tokenized and scored \
            (all four metrics, both texts tokenized each time), on --jobs threads; best of --repeat runs. \
            Reading the file and the bootstrap are not timed. Evaluation/rouge/benchmark.py runs it next to \
            rouge-score on the same pairs.
            """)

    @Option(help: "A JSONL file of pairs.")
    var pairs: String

    @Option(help: "Tokenization profile: french or rouge-score.")
    var profile: Profile.Name = .french

    @Flag(help: "Stem tokens.")
    var stem = false

    @Option(help: "ROUGE-Lsum sentences: auto, newline or segmenter (default: the profile's).")
    var lsumSplit: LsumSplit?

    @Option(help: "Runs; the best is reported.")
    var `repeat` = 5

    @Option(help: "Threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Print one JSON object instead of text.")
    var json = false

    @OptionGroup var lexicons: LexiconArguments

    /// CPU time of the whole process (every thread), in seconds.
    static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    func run() throws {
        let directory = try lexicons.directory()
        let set = TextSet.read(pairs, options: TextSet.Options(textField: "reference"))
        let candidates = TextSet.read(pairs, options: TextSet.Options(textField: "candidate"))
        let corpus = EvaluationCorpus.pair(references: [set], candidates: candidates, allowMissing: false)
        if corpus.hasErrors {
            for diagnostic in corpus.diagnostics.prefix(10) { BatchDriver.report(diagnostic.description) }
            throw ExitCodes.rejects
        }
        let evaluator = Evaluator(
            profile: try Profile(
                name: profile, stem: stem, stopWords: false, lsumSplit: lsumSplit, lexiconDirectory: directory + "/fr"),
            jobs: jobs)
        var best = Double.infinity
        var bestCPU = Double.infinity
        var checksum = 0.0
        for _ in 0..<max(1, `repeat`) {
            let clock = ContinuousClock()
            let start = clock.now
            let cpuStart = Self.processCPUSeconds()
            let (results, _) = try evaluator.evaluate(corpus.documents)
            let cpu = Self.processCPUSeconds() - cpuStart
            let elapsed = clock.now - start
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
            bestCPU = min(bestCPU, cpu)
            checksum = results.reduce(0) { $0 + $1.scores.rougeL.f1 } / Double(max(results.count, 1))
        }
        let rate = Double(corpus.documents.count) / best
        // On a shared machine the wall clock also counts other processes' time slices; CPU
        // seconds (all threads) show the work itself.
        let cpuRate = Double(corpus.documents.count) / max(bestCPU, 1e-9)
        if json {
            var writer = JSONWriter()
            writer.beginObject()
            writer.field("profile", profile.rawValue)
            writer.field("pairs", corpus.documents.count)
            writer.field("jobs", jobs)
            writer.field("seconds", best, digits: 6)
            writer.field("pairs_per_second", rate, digits: 0)
            writer.field("pairs_per_cpu_second", cpuRate, digits: 0)
            writer.field("mean_rougeL_f1", checksum, digits: 6)
            writer.endObject()
            writer.newline()
            try StandardOutput.write(writer.bytes)
        } else {
            try StandardOutput.line(
                "Précis ROUGE (\(profile.rawValue)\(stem ? ", stemmed" : ""), \(jobs) thread\(jobs == 1 ? "" : "s")): "
                    + "\(corpus.documents.count) pairs in \(Format.fixed(best * 1000, 1)) ms: \(Int(rate)) pairs/s, "
                    + "\(Int(cpuRate)) pairs per CPU-second "
                    + "(mean ROUGE-L F1 \(Format.fixed(checksum, 4)))")
        }
    }
}
