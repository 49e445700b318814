/// The configuration behind a score, printed with it (like sacreBLEU's signature), so that two
/// numbers are only compared when they were computed the same way.
///
/// `precis-rouge|profile:french|norm:nfc+fold+typo|tok:icu-word+elision|stem:none|stop:none|lsum:auto|ref:max|boot:1000|seed:12345|version:0.1.0`
public struct RougeSignature: Sendable, Equatable, CustomStringConvertible {
    public var tokenizer: TokenizerSettings
    public var rule: MultiReference
    public var bootstrap: Bootstrap
    /// Précis' version.
    public var version: String

    public init(tokenizer: TokenizerSettings, rule: MultiReference, bootstrap: Bootstrap, version: String) {
        self.tokenizer = tokenizer
        self.rule = rule
        self.bootstrap = bootstrap
        self.version = version
    }

    /// The signature's fields, in order.
    public var fields: [(key: String, value: String)] {
        [
            ("profile", tokenizer.profile), ("norm", tokenizer.normalization), ("tok", tokenizer.tokens),
            ("stem", tokenizer.stemmer), ("stop", tokenizer.stopWords), ("lsum", tokenizer.lsumSplit.rawValue),
            ("ref", rule.rawValue), ("boot", String(bootstrap.samples)), ("seed", String(bootstrap.seed)),
            ("version", version),
        ]
    }

    public var description: String {
        (["precis-rouge"] + fields.map { "\($0.key):\($0.value)" }).joined(separator: "|")
    }

    public static func == (lhs: RougeSignature, rhs: RougeSignature) -> Bool { lhs.description == rhs.description }
}
