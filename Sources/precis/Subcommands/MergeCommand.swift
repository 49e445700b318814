import ArgumentParser
import Batch
import Foundation

/// `precis merge`: the shards of one run merged into exactly the single-run output.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the outputs of the shards of one run into the output a single run gives.",
        discussion: """
            Each shard output (written by a run with --shard i/N --output FILE) has FILE.manifest.json and \
            FILE.ordinals beside it. merge checks that the shards come from the same run (same command, \
            options, data and input) and cover it exactly once, then interleaves their lines in input \
            order: the result is byte for byte the output of one run without --shard.

            Example:
              for i in 0 1 2 3; do
                precis summarize --shard $i/4 big.jsonl -o part-$i.jsonl
              done
              precis merge part-*.jsonl -o summaries.jsonl
            """)

    @Argument(help: "Shard outputs, in any order.")
    var shards: [String]

    @Option(name: .shortAndLong, help: "The merged output (its manifest goes beside it).")
    var output: String

    func validate() throws {
        guard !shards.isEmpty else { throw ValidationError("give the shard outputs to merge") }
        // The merged output over one of its shards would lose that shard (and leave its
        // ordinals beside a file that is no longer a shard).
        let target = OutputArguments.identity(of: output)
        if let shard = shards.first(where: { OutputArguments.identity(of: $0) == target }) {
            throw ValidationError("--output \(output) is the shard \(shard): write the merged output elsewhere")
        }
    }

    func run() throws {
        do {
            let manifest = try ShardMerger.merge(shards: shards, into: output)
            BatchDriver.report("precis: merged \(shards.count) shards: \(manifest.written) records into \(output)")
        } catch let error as MergeError {
            BatchDriver.report("precis: error: \(error)")
            throw ExitCodes.mergeRefused
        } catch {
            BatchDriver.report("precis: error: \(error)")
            throw ExitCodes.ioError
        }
    }
}
