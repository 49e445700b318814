import Foundation

/// What a run did, written beside its output so that shards can be checked and merged.
///
/// Two shards belong to the same run when they have the same `signature` (command, options
/// that change the output, lexicon digest, Précis version), the same `inputHash` (every shard
/// reads the whole input) and the same shard count.
public struct RunManifest: Codable, Sendable, Equatable {
    public struct Shard: Codable, Sendable, Equatable {
        public var index: Int
        public var count: Int
        public init(index: Int, count: Int) {
            self.index = index
            self.count = count
        }
    }

    public var precis: String
    public var signature: String
    public var inputHash: String
    public var inputRecords: Int
    public var shard: Shard?
    public var written: Int
    /// Items rejected while reading (broken lines, duplicate ids): the same for every shard.
    public var rejectedInput: Int
    /// Records rejected while processing: each shard counts its own.
    public var rejectedRecords: Int
    public var skippedOtherShards: Int
    public var resumedRecords: Int
    public var outputHash: String?

    public init(
        precis: String, signature: String, inputHash: String, inputRecords: Int, shard: Shard?, written: Int,
        rejectedInput: Int, rejectedRecords: Int, skippedOtherShards: Int, resumedRecords: Int, outputHash: String?
    ) {
        self.precis = precis
        self.signature = signature
        self.inputHash = inputHash
        self.inputRecords = inputRecords
        self.shard = shard
        self.written = written
        self.rejectedInput = rejectedInput
        self.rejectedRecords = rejectedRecords
        self.skippedOtherShards = skippedOtherShards
        self.resumedRecords = resumedRecords
        self.outputHash = outputHash
    }

    enum CodingKeys: String, CodingKey {
        case precis, signature, shard, written
        case rejectedInput = "rejected_input"
        case rejectedRecords = "rejected_records"
        case inputHash = "input_hash"
        case inputRecords = "input_records"
        case skippedOtherShards = "skipped_other_shards"
        case resumedRecords = "resumed_records"
        case outputHash = "output_hash"
    }

    /// The manifest's path beside an output file.
    public static func path(for output: String) -> String { output + ".manifest.json" }

    /// The ordinals file beside a shard's output: the input position of each output line.
    public static func ordinalsPath(for output: String) -> String { output + ".ordinals" }

    /// Pretty JSON with sorted keys: the same run gives the same bytes.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    public static func read(_ path: String) throws -> RunManifest {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OutputError(path: path, message: "no manifest: a shard needs the .manifest.json its run wrote")
        }
        do {
            return try JSONDecoder().decode(RunManifest.self, from: data)
        } catch {
            throw OutputError(path: path, message: "malformed manifest: \(error)")
        }
    }
}
