/// An article to summarize: its id, its title when known, and its text.
public struct Article: Sendable {
    public var id: String
    public var title: String?
    public var text: String
    /// Whether the text's first line is its title when it looks like one (text files).
    public var titleFromFirstLine: Bool

    public init(id: String, title: String? = nil, text: String, titleFromFirstLine: Bool = false) {
        self.id = id
        self.title = title
        self.text = text
        self.titleFromFirstLine = titleFromFirstLine
    }
}
