@_implementationOnly import CICU

/// An ICU regular expression matched against UTF-16 text, for rules kept as data.
///
/// ICU's engine works on the UTF-16 units Précis already holds, without building a String per
/// match, and is many times faster than the standard library's `Regex` on short texts; its
/// syntax is the one `Lexicons/` documents (`\p{Lu}`, `(?i)`, look-ahead). An instance keeps
/// match state: it is not thread-safe; compile one per thread.
public final class RegularExpression {
    /// The pattern as written.
    public let pattern: String
    /// Units that every match starts with, read from the pattern (empty when it has none or
    /// when a top-level alternation makes it unsure): a text that does not start with them
    /// cannot match at its start, which spares the call to ICU.
    public let literalPrefix: [UInt16]
    /// The longest run of literal units that every match holds, the prefix when no run is
    /// longer (see ``PatternLiterals/prefixAndRequired(of:)``): a text that does not hold it cannot
    /// match, which spares the call to ICU.
    public let requiredLiteral: [UInt16]
    /// Runs of literal units of which every match holds one, when they say more than
    /// ``requiredLiteral`` (see ``PatternLiterals/requiredAlternatives(in:)``): a text that
    /// holds none of them cannot match. Empty otherwise.
    public let requiredAlternatives: [[UInt16]]
    /// The units and pairs of every run of literal units the pattern requires, ``requiredLiteral``
    /// among them (see ``PatternLiterals/requiredRuns(in:)``): a text whose ``UnitBits`` lack one
    /// cannot match.
    public let requiredLiteralBits: UnitBits
    /// The units of each of ``requiredAlternatives``, in their order, for the same first test.
    public let requiredAlternativeBits: [UnitBits]
    private let regex: OpaquePointer

    /// Compiles a pattern; a syntax error is reported with its line and offset in the pattern.
    public init(_ pattern: String) throws(ICUError) {
        self.pattern = pattern
        let literals = PatternLiterals.prefixAndRequired(of: pattern)
        (literalPrefix, requiredLiteral) = (literals.prefix, literals.required)
        requiredAlternatives = Self.alternatives(of: pattern, beyond: requiredLiteral)
        requiredLiteralBits = UnitBits(runs: literals.runs)
        requiredAlternativeBits = requiredAlternatives.map { UnitBits($0) }
        let units = Array(pattern.utf16)
        var status = U_ZERO_ERROR
        var parseError = UParseError()
        let compiled = units.withUnsafeBufferPointer {
            cicu_uregex_open($0.baseAddress, Int32($0.count), 0, &parseError, &status)
        }
        guard status.rawValue <= U_ZERO_ERROR.rawValue, let compiled else {
            if let compiled { cicu_uregex_close(compiled) }
            throw ICUError(
                code: status.rawValue, operation: "regular expression at offset \(parseError.offset)")
        }
        regex = compiled
    }

    /// Wraps an expression ICU has already compiled.
    private init(pattern: String, compiled: OpaquePointer) {
        self.pattern = pattern
        let literals = PatternLiterals.prefixAndRequired(of: pattern)
        (literalPrefix, requiredLiteral) = (literals.prefix, literals.required)
        requiredAlternatives = Self.alternatives(of: pattern, beyond: requiredLiteral)
        requiredLiteralBits = UnitBits(runs: literals.runs)
        requiredAlternativeBits = requiredAlternatives.map { UnitBits($0) }
        regex = compiled
    }

    /// The runs of which every match holds one, unless they are the required literal or less.
    private static func alternatives(of pattern: String, beyond literal: [UInt16]) -> [[UInt16]] {
        let runs = PatternLiterals.requiredAlternatives(in: Array(pattern.utf16))
        if runs.count == 1, runs[0].count <= literal.count { return [] }
        return runs
    }

    deinit { cicu_uregex_close(regex) }

    /// A copy with its own match state; ICU copies the compiled form instead of parsing the pattern again.
    func clone() throws(ICUError) -> RegularExpression {
        var status = U_ZERO_ERROR
        let copy = cicu_uregex_clone(regex, &status)
        guard status.rawValue <= U_ZERO_ERROR.rawValue, let copy else {
            if let copy { cicu_uregex_close(copy) }
            throw ICUError(code: status.rawValue, operation: "uregex_clone")
        }
        return RegularExpression(pattern: pattern, compiled: copy)
    }

    /// Whether the whole of `units` matches.
    public func matchesWhole(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        var status = U_ZERO_ERROR
        cicu_uregex_setText(regex, units.baseAddress ?? RegularExpression.empty, Int32(units.count), &status)
        let matched = cicu_uregex_matches(regex, -1, &status) != 0
        return status.rawValue <= U_ZERO_ERROR.rawValue && matched
    }

    /// Whether some text that starts with `unit` could match the pattern from its start (in
    /// whole, or a prefix of it); see ``mayMatch(startingWith:)-(some Collection)``.
    public func mayMatch(startingWith unit: UInt16) -> Bool { mayMatch(startingWith: CollectionOfOne(unit)) }

    /// Whether some text that starts with `units` could match the pattern from its start (in
    /// whole, or a prefix of it).
    ///
    /// False only when ICU, given `units` alone, finds no match without asking for more input
    /// (`uregex_hitEnd`): every way through the pattern has then rejected that opening, so no
    /// longer text that starts with it can match either. A text's first units then spare the
    /// call for every rule that cannot start with them.
    public func mayMatch(startingWith units: some Collection<UInt16>) -> Bool {
        var status = U_ZERO_ERROR
        let text = Array(units)
        let found = text.withUnsafeBufferPointer { buffer in
            cicu_uregex_setText(regex, buffer.baseAddress ?? RegularExpression.empty, Int32(buffer.count), &status)
            let found = cicu_uregex_lookingAt(regex, -1, &status) != 0 || cicu_uregex_hitEnd(regex, &status) != 0
            // The expression must not keep a pointer to the buffer, which is freed on return.
            cicu_uregex_setText(regex, RegularExpression.empty, 0, &status)
            return found
        }
        return found || status.rawValue > U_ZERO_ERROR.rawValue
    }

    /// Whether a match occurs anywhere in `units`. ICU looks for a pattern's leading literal
    /// before it tries to match, so this is much cheaper than `.*X.*` with ``matchesWhole(_:)``.
    public func occurs(in units: UnsafeBufferPointer<UInt16>) -> Bool {
        var status = U_ZERO_ERROR
        cicu_uregex_setText(regex, units.baseAddress ?? RegularExpression.empty, Int32(units.count), &status)
        let found = cicu_uregex_find(regex, 0, &status) != 0
        return status.rawValue <= U_ZERO_ERROR.rawValue && found
    }

    /// The length in UTF-16 units of the match at the start of `units`, or nil.
    public func prefixMatch(_ units: UnsafeBufferPointer<UInt16>) -> Int? {
        var status = U_ZERO_ERROR
        cicu_uregex_setText(regex, units.baseAddress ?? RegularExpression.empty, Int32(units.count), &status)
        guard cicu_uregex_lookingAt(regex, -1, &status) != 0 else { return nil }
        let end = cicu_uregex_end(regex, 0, &status)
        return status.rawValue <= U_ZERO_ERROR.rawValue ? Int(end) : nil
    }

    /// ICU refuses a null text pointer, even for an empty text. Never written after its
    /// initialisation: safe to share.
    nonisolated(unsafe) private static let empty: UnsafePointer<UInt16> = {
        let pointer = UnsafeMutablePointer<UInt16>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return UnsafePointer(pointer)
    }()
}
