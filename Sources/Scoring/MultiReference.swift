/// How the scores against several references of one document become one score.
public enum MultiReference: String, Sendable, CaseIterable {
    /// Per metric, the reference with the highest F1 (the first on ties), as rouge-score's
    /// `score_multi`; precision and recall are that reference's.
    case max
    /// Per metric, the mean precision, recall and F1 over the references.
    case mean
}

/// One document's scores against each of its references, and their combinations.
public struct MultiReferenceScores: Sendable, Equatable {
    /// The scores against each reference, in the order references were read.
    public var each: [DocumentScores]
    /// The candidate's number of tokens (0 for an empty candidate).
    public var candidateTokens: Int

    public init(each: [DocumentScores], candidateTokens: Int) {
        self.each = each
        self.candidateTokens = candidateTokens
    }

    /// Per metric, the index of the reference with the best F1 (first on ties).
    public var winners: [RougeMetric: Int] {
        var result: [RougeMetric: Int] = [:]
        for metric in RougeMetric.allCases {
            var best = 0
            for index in each.indices where each[index][metric].f1 > each[best][metric].f1 { best = index }
            result[metric] = best
        }
        return result
    }

    /// The scores combined by `rule`.
    public func combined(_ rule: MultiReference) -> DocumentScores {
        guard !each.isEmpty else { return .zero }
        var result = DocumentScores.zero
        switch rule {
        case .max:
            let winners = winners
            for metric in RougeMetric.allCases { result[metric] = each[winners[metric] ?? 0][metric] }
        case .mean:
            let count = Double(each.count)
            for metric in RougeMetric.allCases {
                var p = 0.0
                var r = 0.0
                var f = 0.0
                for scores in each {
                    p += scores[metric].precision
                    r += scores[metric].recall
                    f += scores[metric].f1
                }
                result[metric] = RougeScore(precision: p / count, recall: r / count, f1: f / count)
            }
        }
        return result
    }
}
