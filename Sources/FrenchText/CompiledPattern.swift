/// A pattern compiled once and copied for each thread that matches it.
///
/// Compiling an ICU pattern with Unicode sets (`\p{L}`) costs milliseconds; copying the compiled
/// form costs microseconds. Rules loaded from `Lexicons/` are compiled when they are read (which
/// also checks them) and each worker takes its own ``RegularExpression`` with ``instance()``.
public final class CompiledPattern: @unchecked Sendable {
    // Unchecked: the compiled expression is never matched, only copied, and ICU documents
    // uregex_clone as safe to call on one expression from several threads.
    private let expression: RegularExpression

    /// The pattern as written.
    public var pattern: String { expression.pattern }

    /// Compiles a pattern; a syntax error is reported with its offset in the pattern.
    public init(_ pattern: String) throws(ICUError) {
        expression = try RegularExpression(pattern)
    }

    /// A new expression with its own match state, for one thread.
    public func instance() throws(ICUError) -> RegularExpression {
        try expression.clone()
    }
}
