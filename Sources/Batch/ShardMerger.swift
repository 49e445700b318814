import Foundation

/// Merges the outputs of the shards of one run into exactly the output of a single run.
///
/// Each shard output has a manifest and an ordinals file (the input position of each line);
/// the merge checks that the shards belong to the same run and cover it exactly once, that each
/// output is what its run wrote (the manifest's output hash) and that no ordinal repeats, then
/// interleaves their lines by ordinal.
public enum ShardMerger {
    /// Merges `shards` (output paths) into `output`; returns the merged manifest.
    public static func merge(shards: [String], into output: String) throws -> RunManifest {
        var manifests: [RunManifest] = []
        for shard in shards { manifests.append(try RunManifest.read(RunManifest.path(for: shard))) }
        guard let first = manifests.first else { throw MergeError("no shard given") }
        for (path, manifest) in zip(shards, manifests) {
            guard let spec = manifest.shard else { throw MergeError("\(path) is not a shard (its run had no --shard)") }
            guard manifest.signature == first.signature else {
                throw MergeError(
                    "\(path) comes from a different run: signature '\(manifest.signature)' ≠ '\(first.signature)' (\(shards[0]))"
                )
            }
            guard manifest.inputHash == first.inputHash, manifest.inputRecords == first.inputRecords else {
                throw MergeError(
                    "\(path) read a different input: \(manifest.inputHash) ≠ \(first.inputHash) (\(shards[0]))")
            }
            guard spec.count == first.shard?.count else {
                throw MergeError(
                    "\(path) is shard \(spec.index)/\(spec.count), not of \(first.shard?.count ?? 0) shards")
            }
        }
        let indices = manifests.compactMap { $0.shard?.index }
        let count = first.shard?.count ?? 0
        guard Set(indices).count == indices.count else {
            throw MergeError("a shard is given twice: \(indices.sorted())")
        }
        let missing = Set(0..<count).subtracting(indices)
        guard missing.isEmpty else { throw MergeError("missing shards \(missing.sorted().map { "\($0)/\(count)" })") }

        var lines: [(ordinal: Int, line: Substring)] = []
        for (shard, manifest) in zip(shards, manifests) {
            guard let data = FileManager.default.contents(atPath: shard),
                let ordinals = FileManager.default.contents(atPath: RunManifest.ordinalsPath(for: shard))
            else { throw MergeError("cannot read \(shard) or its .ordinals file") }
            // An edited or truncated output would merge into a wrong one without a word.
            if let expected = manifest.outputHash,
                StableHash.hex(StableHash.fnv1a(data, seed: StableHash.offsetBasis)) != expected
            {
                throw MergeError("\(shard) is not the output its run wrote (its hash differs from its manifest's)")
            }
            let text = String(decoding: data, as: UTF8.self)
            let outputLines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            var positions: [Int] = []
            for (number, line) in String(decoding: ordinals, as: UTF8.self).split(separator: "\n").enumerated() {
                guard let position = Int(line), position > 0 else {
                    throw MergeError("\(RunManifest.ordinalsPath(for: shard)):\(number + 1): not an ordinal: '\(line)'")
                }
                positions.append(position)
            }
            guard positions.count == outputLines.count else {
                throw MergeError("\(shard): \(outputLines.count) lines but \(positions.count) ordinals")
            }
            lines.append(contentsOf: zip(positions, outputLines).map { ($0, $1) })
        }
        lines.sort { $0.ordinal < $1.ordinal }
        for (previous, next) in zip(lines, lines.dropFirst()) where previous.ordinal == next.ordinal {
            throw MergeError("input record \(next.ordinal) is in two shard outputs")
        }
        let writer = try OutputWriter(path: output)
        var hash = StableHash.offsetBasis
        for entry in lines {
            let bytes = Array(entry.line.utf8) + [0x0A]
            hash = StableHash.fnv1a(bytes, seed: hash)
            try writer.write(bytes)
        }
        try writer.finish()
        var merged = first
        merged.shard = nil
        merged.written = manifests.reduce(0) { $0 + $1.written }
        merged.rejectedRecords = manifests.reduce(0) { $0 + $1.rejectedRecords }
        merged.skippedOtherShards = 0
        merged.resumedRecords = 0
        merged.outputHash = StableHash.hex(hash)
        if !OutputWriter.writesInPlace(output) {
            let manifestWriter = try OutputWriter(path: RunManifest.path(for: output))
            try manifestWriter.write(Array(try merged.encoded()))
            try manifestWriter.finish()
        }
        return merged
    }
}

/// Why shards cannot be merged.
public struct MergeError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
