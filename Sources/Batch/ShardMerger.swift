import Foundation
import HeapModule

#if canImport(Glibc)
    import Glibc
#endif

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

        // An edited or truncated output would merge into a wrong one without a word: each
        // output's hash is checked before anything is written.
        for (shard, manifest) in zip(shards, manifests) {
            guard let expected = manifest.outputHash else { continue }
            guard let hash = try? fileHash(shard) else { throw MergeError("cannot read \(shard)") }
            if StableHash.hex(hash) != expected {
                throw MergeError("\(shard) is not the output its run wrote (its hash differs from its manifest's)")
            }
        }
        // Each shard's lines are in input order: a k-way merge by ordinal reads one line of each
        // at a time, so that memory does not grow with the run.
        let cursors = try shards.map { try ShardCursor(path: $0) }
        var heap = Heap<ShardCursor.Head>()
        for (index, cursor) in cursors.enumerated() {
            if let ordinal = try cursor.advance() { heap.insert(ShardCursor.Head(ordinal: ordinal, shard: index)) }
        }
        let writer = try OutputWriter(path: output)
        var hash = StableHash.offsetBasis
        var previous = 0
        do {
            while let head = heap.popMin() {
                guard head.ordinal != previous else {
                    throw MergeError("input record \(head.ordinal) is in two shard outputs")
                }
                previous = head.ordinal
                let cursor = cursors[head.shard]
                hash = StableHash.fnv1a(cursor.line, seed: hash)
                hash = StableHash.fnv1a(CollectionOfOne(0x0A), seed: hash)
                writer.append(Array(cursor.line))
                writer.append([0x0A])
                if writer.isFull { try writer.flush() }
                if let ordinal = try cursor.advance() {
                    heap.insert(ShardCursor.Head(ordinal: ordinal, shard: head.shard))
                }
            }
            try writer.finish()
        } catch {
            writer.abandon()
            throw error
        }
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

extension ShardMerger {
    /// FNV-1a of a file's bytes, read in blocks.
    static func fileHash(_ path: String) throws -> UInt64 {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw MergeError("cannot read \(path)") }
        defer { try? handle.close() }
        var hash = StableHash.offsetBasis
        while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty {
            hash = StableHash.fnv1a(block, seed: hash)
        }
        return hash
    }
}

/// One shard output being merged: its current line and that line's ordinal, read in step from
/// the output and its `.ordinals` file.
final class ShardCursor {
    /// What the merge's heap orders: the current ordinal of a shard, the shard's index breaking ties.
    struct Head: Comparable {
        let ordinal: Int
        let shard: Int
        static func < (left: Head, right: Head) -> Bool {
            (left.ordinal, left.shard) < (right.ordinal, right.shard)
        }
    }

    let path: String
    let ordinalsPath: String
    private let lines: LineReader
    private let ordinals: LineReader
    /// The current line, byte for byte.
    private(set) var line: ArraySlice<UInt8> = []
    private var ordinal = 0
    private var count = 0

    init(path: String) throws {
        self.path = path
        ordinalsPath = RunManifest.ordinalsPath(for: path)
        let output = open(path, O_RDONLY)
        let positions = open(ordinalsPath, O_RDONLY)
        guard output >= 0, positions >= 0 else {
            if output >= 0 { close(output) }
            if positions >= 0 { close(positions) }
            throw MergeError("cannot read \(path) or its .ordinals file")
        }
        lines = LineReader(descriptor: output, closeOnDeinit: true, keepsCarriageReturns: true)
        ordinals = LineReader(descriptor: positions, closeOnDeinit: true)
    }

    /// Moves to the next line; returns its ordinal, or nil at the end of the shard.
    func advance() throws -> Int? {
        let next: ArraySlice<UInt8>?
        let position: ArraySlice<UInt8>?
        do {
            next = try lines.nextLine()
            position = try ordinals.nextLine()
        } catch {
            throw MergeError("cannot read \(path): \(error.message)")
        }
        switch (next, position) {
        case (nil, nil):
            return nil
        case (.some, nil), (nil, .some):
            throw MergeError("\(path): \(next == nil ? "fewer" : "more") lines than ordinals (line \(count + 1))")
        case (.some(let text), .some(let number)):
            count += 1
            let field = String(decoding: number, as: UTF8.self)
            guard let value = Int(field), value > 0 else {
                throw MergeError("\(ordinalsPath):\(count): not an ordinal: '\(field)'")
            }
            guard value > ordinal else {
                throw MergeError(
                    "\(ordinalsPath):\(count): ordinal \(value) after \(ordinal): a shard's lines are in input order")
            }
            ordinal = value
            line = text
            return value
        }
    }
}

/// Why shards cannot be merged.
public struct MergeError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
