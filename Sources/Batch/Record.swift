/// One article of a batch: an id, an optional title, the text, and where it came from.
public struct Record: Sendable {
    /// The record's id (JSONL `id` field, or the file's path relative to the folder, without extension).
    public var id: String
    /// The title, when the input has one.
    public var title: String?
    /// The text, decoded; invalid UTF-8 replaced by U+FFFD.
    public var text: String
    /// Where the record starts in the input.
    public var location: SourceLocation
    /// Warnings found while reading (repaired UTF-8, say).
    public var warnings: [Diagnostic]
    /// The 1-based position of the record in the whole input (set by ``BatchSource``); shard
    /// outputs keep it so that `precis merge` can restore the single-run order.
    public var ordinal: Int = 0

    public init(id: String, title: String? = nil, text: String, location: SourceLocation, warnings: [Diagnostic] = []) {
        self.id = id
        self.title = title
        self.text = text
        self.location = location
        self.warnings = warnings
    }
}
