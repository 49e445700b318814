/// What the batch-glossary renderers read: a glossary's terms, one at a time, in its order.
///
/// A ``BatchGlossary`` built by a run is one; the merge of shards' glossaries read from their
/// files (``BatchGlossaryMerger``) is another, so that neither holds every article list at once.
public protocol BatchGlossaryTerms {
    /// How many terms there are.
    var termCount: Int { get }
    /// Their occurrences in the whole batch.
    var occurrences: Int { get }
    /// Hands every term to `body`, sorted by French term (case- and accent-insensitive), then
    /// id, with its count and its articles in batch order.
    func forEachTerm(_ body: (BatchGlossary.Term) throws -> Void) throws
}
