/// How a batch's inputs are read.
public struct InputOptions: Sendable {
    /// How to read a file.
    public enum Format: String, Sendable, CaseIterable {
        /// `.jsonl` files (and stdin starting with `{`) are JSONL; other files are text.
        case auto
        /// One JSON object a line.
        case jsonl
        /// One article a file.
        case text
    }

    public var format: Format
    /// The JSONL field holding the record's id.
    public var idField: String
    /// The JSONL field holding the text.
    public var textField: String
    /// The JSONL field holding the title, when records have one.
    public var titleField: String?
    /// Refuse invalid UTF-8 instead of replacing it with U+FFFD.
    public var strictUTF8: Bool

    public init(
        format: Format = .auto, idField: String = "id", textField: String = "text", titleField: String? = nil,
        strictUTF8: Bool = false
    ) {
        self.format = format
        self.idField = idField
        self.textField = textField
        self.titleField = titleField
        self.strictUTF8 = strictUTF8
    }
}
