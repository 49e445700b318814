/// A word token of a French text.
public struct Token: Sendable, Equatable, Hashable {
    /// What the token is.
    public enum Kind: Sendable, Equatable, Hashable {
        /// A word of letters, possibly a hyphenated compound ("cessez-le-feu").
        case word
        /// A number, possibly with letters or separators ("2,5", "17h53", "27/05/2022" parts).
        case number
        /// An elided article or pronoun with its apostrophe ("l'", "qu'", "jusqu'").
        case elision
    }

    /// UTF-16 offsets of the token in the original text.
    public var range: Range<Int>
    /// The token's kind.
    public var kind: Kind

    public init(range: Range<Int>, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}
