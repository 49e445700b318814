/// Chooses sentences by maximal marginal relevance under an exact budget.
///
/// Greedy: at each step the candidate with the best score minus `redundancy` × its highest
/// similarity to the sentences already chosen is taken if it fits the budget; one that does not
/// fit is skipped (a shorter one may still fit). Ties go to the earlier sentence, so the choice is
/// deterministic. The chosen sentences are marked `selected`; the others say why not. Sentences
/// given as `leading` (the page's standfirst) are taken first, in their order, when they fit.
struct SentenceSelector {
    let redundancy: Double
    /// A candidate at least this similar to a chosen sentence is redundant, whatever its score.
    static let duplicateSimilarity = 0.9

    func select(
        candidates: [Int], leading: [Int] = [], budget: Budget, summary: inout Summary,
        similarity: (Int, Int) -> Double
    ) {
        var remaining = candidates
        var chosen: [Int] = []
        var words = 0
        var characters = 0
        let maxSentences: Int
        switch budget {
        case .sentences(let n): maxSentences = max(0, n)
        // At most the share, as every budget is (a hair above the product, so that 0.29 × 100
        // is 29 and not 28.999…), and one sentence at least.
        case .ratio(let r): maxSentences = max(1, Int((r * Double(candidates.count) + 1e-9).rounded(.down)))
        case .words, .characters: maxSentences = candidates.count
        }
        /// Whether a sentence fits what the budget has left; if so, counts it in.
        func fits(_ index: Int) -> Bool {
            let sentence = summary.sentences[index]
            // Counting grapheme clusters walks the whole text: only a character budget needs it.
            var addedCharacters = 0
            if case .characters = budget { addedCharacters = sentence.text.count + (chosen.isEmpty ? 0 : 1) }
            switch budget {
            case .words(let limit) where words + sentence.words > limit,
                .characters(let limit) where characters + addedCharacters > limit:
                return false
            default:
                words += sentence.words
                characters += addedCharacters
                return true
            }
        }
        for index in leading where chosen.count < maxSentences {
            guard let position = remaining.firstIndex(of: index), fits(index) else { continue }
            remaining.remove(at: position)
            summary.sentences[index].marginalScore = summary.sentences[index].score
            chosen.append(index)
            summary.sentences[index].status = .selected
        }
        while chosen.count < maxSentences, !remaining.isEmpty {
            var best: (position: Int, value: Double)?
            for (position, index) in remaining.enumerated() {
                let penalty = SentenceSelector.highest(of: chosen, similarity: similarity, to: index) ?? 0
                let value = summary.sentences[index].score - redundancy * penalty
                if let current = best, value <= current.value + 1e-12 { continue }
                best = (position, value)
            }
            guard let (position, value) = best else { break }
            let index = remaining.remove(at: position)
            summary.sentences[index].marginalScore = value
            if let last = SentenceSelector.highest(of: chosen, similarity: similarity, to: index),
                last >= SentenceSelector.duplicateSimilarity
            {
                summary.sentences[index].status = .notSelected(reason: "redundant")
                continue
            }
            guard fits(index) else {
                summary.sentences[index].status = .notSelected(reason: "budget")
                continue
            }
            chosen.append(index)
            summary.sentences[index].status = .selected
        }
    }

    /// The highest similarity of a sentence to the chosen ones, nil when none is chosen yet;
    /// a loop rather than `map(_:).max()`, which built an array for every candidate of every round.
    static func highest(of chosen: [Int], similarity: (Int, Int) -> Double, to index: Int) -> Double? {
        var highest: Double?
        for other in chosen {
            let value = similarity(index, other)
            if highest.map({ value > $0 }) ?? true { highest = value }
        }
        return highest
    }
}
