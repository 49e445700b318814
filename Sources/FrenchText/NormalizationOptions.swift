/// What ``Normalizer`` does to a text.
public struct NormalizationOptions: Sendable, Equatable {
    /// The Unicode normalization form.
    public enum Form: String, Sendable, CaseIterable {
        /// Canonical composition: the default, changes no visible character.
        case nfc
        /// Compatibility composition: also turns "ﬁ" into "fi" and "²" into "2"; keeps œ and æ.
        case nfkc
    }

    /// The Unicode normalization form; `.nfc` by default.
    public var form: Form
    /// Whether to apply Unicode full case folding (for matching, not for display).
    public var caseFold: Bool
    /// Whether to make French typography consistent: apostrophes ’ ‘ ʼ become ', no-break and
    /// thin spaces become spaces, soft hyphens and zero-width characters are removed, and
    /// guillemets get one space inside (« texte »).
    public var typography: Bool

    public init(form: Form = .nfc, caseFold: Bool = false, typography: Bool = true) {
        self.form = form
        self.caseFold = caseFold
        self.typography = typography
    }

    /// A short description for configuration signatures: `nfc+typo`, `nfkc+fold+typo`.
    public var signature: String {
        [form.rawValue, caseFold ? "fold" : nil, typography ? "typo" : nil].compactMap { $0 }.joined(separator: "+")
    }
}
