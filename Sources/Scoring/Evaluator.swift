import Batch
import Dispatch

/// Scores every document of a corpus, on several threads, in input order.
public struct Evaluator: Sendable {
    public var profile: Profile
    public var rule: MultiReference
    public var jobs: Int
    /// Pairs whose LCS tables would exceed this many cells are refused with an error rather
    /// than scored slowly or out of memory (25 M cells: two texts of 5,000 tokens).
    public var maxLCSCells: Int

    public init(profile: Profile, rule: MultiReference = .max, jobs: Int = 2, maxLCSCells: Int = 25_000_000) {
        self.profile = profile
        self.rule = rule
        self.jobs = max(1, jobs)
        self.maxLCSCells = maxLCSCells
    }

    /// Per-document results (a document refused for its size is left out with an error).
    public func evaluate(_ documents: [EvaluationCorpus.Document]) throws -> (
        results: [DocumentResult], diagnostics: [Diagnostic]
    ) {
        let threads = min(jobs, max(1, documents.count))
        let scorers = try (0..<threads).map { _ in RougeScorer(tokenizer: try profile.makeTokenizer()) }
        let slots = Slots<Outcome>(count: documents.count)
        let box = ScorerBox(scorers)
        let rule = rule
        let limit = maxLCSCells
        let work: @Sendable (Int) -> Void = { thread in
            let scorer = box.scorers[thread]
            var index = thread
            while index < documents.count {
                slots.set(index, Evaluator.score(documents[index], scorer: scorer, rule: rule, limit: limit))
                index += threads
            }
        }
        if threads == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: threads, execute: work) }
        var results: [DocumentResult] = []
        var diagnostics: [Diagnostic] = []
        results.reserveCapacity(documents.count)
        for outcome in slots.values {
            switch outcome {
            case .scored(let result): results.append(result)
            case .refused(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        return (results, diagnostics)
    }

    enum Outcome: Sendable {
        case scored(DocumentResult)
        case refused(Diagnostic)
    }

    static func score(_ document: EvaluationCorpus.Document, scorer: RougeScorer, rule: MultiReference, limit: Int)
        -> Outcome
    {
        if scorer.vocabulary.count > 1 << 20 { scorer.vocabulary.removeAll() }
        let candidate = scorer.tokenize(document.candidate)
        var each: [DocumentScores] = []
        for reference in document.references {
            let tokens = scorer.tokenize(reference)
            let cells = tokens.tokens.count * candidate.tokens.count
            if cells > limit {
                return .refused(
                    Diagnostic(
                        location: document.location, severity: .error,
                        message:
                            "'\(document.id)': \(candidate.tokens.count) candidate tokens × \(tokens.tokens.count) "
                            + "reference tokens exceed the LCS limit of \(limit) cells: not scored",
                        recordID: document.id))
            }
            each.append(scorer.score(reference: tokens, candidate: candidate))
        }
        let multi = MultiReferenceScores(each: each, candidateTokens: candidate.tokens.count)
        return .scored(
            DocumentResult(
                id: document.id, scores: multi.combined(rule), multi: multi, location: document.location,
                articleLength: document.articleLength))
    }
}

/// Scorers shared with the threads; each thread only touches its own.
final class ScorerBox: @unchecked Sendable {
    let scorers: [RougeScorer]
    init(_ scorers: [RougeScorer]) { self.scorers = scorers }
}

/// One slot per document; each thread writes only its own slots.
final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: max(count, 1))
        storage.initialize(repeating: nil, count: max(count, 1))
    }

    deinit {
        storage.deinitialize(count: max(count, 1))
        storage.deallocate()
    }

    func set(_ index: Int, _ value: Value) { storage[index] = value }

    var values: [Value] { (0..<count).compactMap { storage[$0] } }
}
