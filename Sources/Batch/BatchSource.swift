/// The records of a batch as the engine sees them: numbered, hashed, and filtered by shard and
/// by what an interrupted run already wrote.
///
/// Every shard reads the whole input, so each can compute the same input hash and the same
/// ordinals; records of other shards and records already written are counted and skipped
/// before any work is done on them.
public final class BatchSource {
    let reader: InputReader
    let shard: ShardSpec?
    let alreadyWritten: Set<String>
    /// The 1-based position of the last item read, rejects included.
    public private(set) var ordinal = 0
    /// The running hash of every record's id and text, in input order (see ``InputHash``).
    let inputHash = InputHash()
    /// ``inputHash`` as the manifest writes it.
    public var inputHashHex: String { inputHash.hex }
    public private(set) var recordsRead = 0
    public private(set) var skippedOtherShards = 0
    public private(set) var skippedAlreadyWritten = 0
    /// The ordinals of the records skipped as already written, in input order: a resumed shard
    /// checks them against the ordinals its partial output kept.
    public private(set) var alreadyWrittenOrdinals: [Int] = []
    /// Items rejected while reading: broken lines, unreadable files, duplicate ids.
    public private(set) var inputRejects = 0
    /// 64-bit hashes of the ids seen, not the ids: memory stays small on batches of millions.
    var seen = Set<UInt64>()

    public init(reader: InputReader, shard: ShardSpec?, alreadyWritten: Set<String> = []) {
        self.reader = reader
        self.shard = shard
        self.alreadyWritten = alreadyWritten
    }

    /// The next item for the engine, with its ordinal set; skipped records are not returned.
    public func next() -> InputReader.Item? {
        while let item = reader.next() {
            ordinal += 1
            switch item {
            case .reject:
                inputRejects += 1
                return item
            case .record(var record):
                // Checked before sharding, so that every shard reports the same duplicates.
                guard seen.insert(StableHash.fnv1a(record.id)).inserted else {
                    inputRejects += 1
                    return .reject(
                        Diagnostic(
                            location: record.location, severity: .error,
                            message: "duplicate id '\(record.id)': record skipped", recordID: record.id))
                }
                recordsRead += 1
                inputHash.add(record.id)
                inputHash.add(record.text)
                if let shard, !shard.owns(record.id) {
                    skippedOtherShards += 1
                    continue
                }
                if alreadyWritten.contains(record.id) {
                    skippedAlreadyWritten += 1
                    alreadyWrittenOrdinals.append(ordinal)
                    continue
                }
                record.ordinal = ordinal
                return .record(record)
            }
        }
        return nil
    }
}
