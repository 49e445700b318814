import Scoring
import Testing

/// Scores pinned to PyPI rouge-score 0.1.2 (`RougeScorer([...]).score(reference, candidate)`),
/// computed once and written here; the full comparison is Evaluation/rouge/differential.py.
@Suite("ROUGE-1, -2, -L, -Lsum pinned to rouge-score 0.1.2")
struct RougeScorerTests {
    struct Case: Sendable, CustomStringConvertible {
        var reference: String
        var candidate: String
        /// (precision, recall, F1) of rouge1, rouge2, rougeL, rougeLsum.
        var expected: [(Double, Double, Double)]
        var description: String { "\(candidate) / \(reference)" }
    }

    static let cases: [Case] = [
        Case(
            reference: "the cat sat on the mat", candidate: "the cat lay on the mat",
            expected: [
                (0.8333333333333334, 0.8333333333333334, 0.8333333333333334), (0.6, 0.6, 0.6),
                (0.8333333333333334, 0.8333333333333334, 0.8333333333333334),
                (0.8333333333333334, 0.8333333333333334, 0.8333333333333334),
            ]),
        // The summary-level LCS example of Lin (2004), section 3.2: union LCS w1 w2 w3 w5.
        Case(
            reference: "w1 w2 w3 w4 w5", candidate: "w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5",
            expected: [
                (0.4, 0.8, 0.5333333333333333), (0.1111111111111111, 0.25, 0.15384615384615383),
                (0.4, 0.8, 0.5333333333333333), (0.4, 0.8, 0.5333333333333333),
            ]),
        Case(
            reference: "a b c d\ne f a b", candidate: "a b e f\nc d a",
            expected: [
                (1.0, 0.875, 0.9333333333333333), (0.5, 0.42857142857142855, 0.4615384615384615),
                (0.7142857142857143, 0.625, 0.6666666666666666), (1.0, 0.875, 0.9333333333333333),
            ]),
        Case(
            reference: "testing one two", candidate: "testing",
            expected: [
                (1.0, 0.3333333333333333, 0.5), (0, 0, 0), (1.0, 0.3333333333333333, 0.5),
                (1.0, 0.3333333333333333, 0.5),
            ]),
        Case(reference: "", candidate: "anything", expected: [(0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 0, 0)]),
        // rouge-score's tokenizer finds spurious matches in French ("l", "arr", "t", "pr", "fet").
        Case(
            reference: "Le préfet a pris un arrêté.", candidate: "L'arrêté du préfet.",
            expected: [
                (0.6666666666666666, 0.5, 0.5714285714285715), (0.4, 0.2857142857142857, 0.3333333333333333),
                (0.3333333333333333, 0.25, 0.28571428571428575), (0.3333333333333333, 0.25, 0.28571428571428575),
            ]),
    ]

    @Test("rouge-score profile: bit-identical to rouge-score", arguments: cases)
    func rougeScoreProfile(_ test: Case) throws {
        let scores = try TestSupport.scorer(.rougeScore).score(reference: test.reference, candidate: test.candidate)
        for (metric, expected) in zip(RougeMetric.allCases, test.expected) {
            #expect(scores[metric].precision == expected.0, "\(metric) precision")
            #expect(scores[metric].recall == expected.1, "\(metric) recall")
            #expect(scores[metric].f1 == expected.2, "\(metric) F1")
        }
    }

    @Test("french profile: only real words match")
    func frenchProfile() throws {
        let scores = try TestSupport.scorer(.french).score(
            reference: "Le préfet a pris un arrêté.", candidate: "L'arrêté du préfet.")
        #expect(scores.rouge1 == RougeScore(precision: 0.5, recall: 1.0 / 3.0))
        #expect(scores.rouge2 == .zero)
        #expect(scores.rougeL.recall == 1.0 / 6.0)
    }

    @Test("empty candidate and empty reference score 0, never NaN")
    func empty() throws {
        let scorer = try TestSupport.scorer(.french)
        for (reference, candidate) in [("", ""), ("Un texte.", ""), ("", "Un texte."), ("« — »", "Un texte.")] {
            let scores = scorer.score(reference: reference, candidate: candidate)
            #expect(scores == .zero)
        }
    }

    @Test("several references: max per metric with the winner, and mean")
    func multiReference() throws {
        let scorer = try TestSupport.scorer(.french)
        let multi = scorer.score(
            references: ["Le maire a démissionné.", "Le maire de Lyon a démissionné hier soir."],
            candidate: "Le maire de Lyon a démissionné.")
        #expect(multi.winners[.rouge1] == 1)
        #expect(multi.combined(.max).rouge1 == multi.each[1].rouge1)
        let mean = multi.combined(.mean).rouge1
        #expect(abs(mean.f1 - (multi.each[0].rouge1.f1 + multi.each[1].rouge1.f1) / 2) < 1e-15)
    }

    @Test("n-gram overlap is clipped by the reference's counts")
    func clipped() {
        let score = NGramOverlap.score(n: 1, reference: [1, 2, 2], candidate: [2, 2, 2, 2])
        #expect(score.precision == 0.5)
        #expect(score.recall == 2.0 / 3.0)
    }

    @Test("LCS length")
    func lcsLength() {
        var lcs = LongestCommonSubsequence()
        #expect(lcs.length([1, 2, 3, 4, 5], [1, 3, 5, 7]) == 3)
        #expect(lcs.length([], [1]) == 0)
        #expect(lcs.length([7, 7, 7], [7, 7]) == 2)
    }
}
