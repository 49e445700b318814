import Batch
import Scoring
import Testing

@Suite("Gates and signatures")
struct GateTests {
    @Test(
        "rules parse metric=value and refuse the rest",
        arguments: [
            ("rouge2=0.12", true), ("rougeLsum=0.2", true), ("rouge3=0.1", false), ("rouge1", false),
            ("rouge1=x", false),
            ("rouge1=-1", false), ("rouge2=1", true), ("rouge2=12", false), ("rouge2=1.01", false),
        ])
    func parse(_ text: String, _ valid: Bool) {
        #expect((Gate.Rule.parse(text, minimum: true) != nil) == valid)
    }

    @Test("a floor is an F1 between 0 and 1; a value in ROUGE points says which unit is expected")
    func floorUnit() throws {
        #expect(throws: Gate.ParseError.floorAboveOne("rouge2=12", metric: .rouge2, value: 12)) {
            try Gate.Rule(parsing: "rouge2=12", minimum: true)
        }
        let error = Gate.ParseError.floorAboveOne("rougeL=33.3", metric: .rougeL, value: 33.3)
        #expect(
            error.description
                == "expected an F1 between 0 and 1, not ROUGE points: 'rougeL=33.3' (for 33.3 points, rougeL=0.333); "
                + "--max-drop is the option in points")
        // --max-drop is in points: 12 is a large, valid limit.
        #expect(try Gate.Rule(parsing: "rouge2=12", minimum: false) == .maximumDrop(.rouge2, 12))
    }

    @Test("against a baseline, the system column is over the paired documents only")
    func pairedColumns() {
        let candidates = [DocumentResult.fixture(id: "a", f1: 0.4), DocumentResult.fixture(id: "b", f1: 0.1)]
        let comparison = BaselineComparison(
            candidates: candidates, baseline: [DocumentResult.fixture(id: "a", f1: 0.3)],
            significance: Significance(trials: 100, seed: 1), bootstrap: Bootstrap(samples: 0))
        #expect(comparison.unpaired == 1)
        #expect(comparison.systemScores[.rouge1].mean.f1 == 0.4)
        #expect(comparison.baselineScores[.rouge1].mean.f1 == 0.3)
        #expect(abs((comparison.tests[.rouge1]?.difference ?? 0) - 0.1) < 1e-12)
    }

    @Test("a floor fails below and passes at or above")
    func floor() throws {
        let result = DocumentResult.fixture(f1: 0.2)
        let corpus = CorpusScores([result], bootstrap: Bootstrap(samples: 0))
        #expect(Gate(rules: [.minimum(.rouge2, 0.2)]).failures(corpus: corpus, comparison: nil).isEmpty)
        let failures = Gate(rules: [.minimum(.rouge2, 0.25)]).failures(corpus: corpus, comparison: nil)
        #expect(failures == ["rouge2 F1 0.2000 < 0.25 (--min)"])
    }

    @Test("numbers format deterministically, even huge or not finite")
    func format() {
        #expect(Format.fixed(0.12345, 4) == "0.1235")
        #expect(Format.fixed(-0.00001, 2) == "0.00")
        #expect(Format.fixed(2, 3) == "2.000")
        #expect(Format.fixed(1e300, 2) == "1e+300")
        #expect(Format.fixed(.nan, 2) == "nan")
        #expect(Format.plain(0.12) == "0.12")
        #expect(Format.plain(3) == "3")
    }

    @Test("the signature names every setting")
    func signature() throws {
        let tokenizer = try TestSupport.profile(.french, stem: true, stopWords: true).makeTokenizer()
        let signature = RougeSignature(
            tokenizer: tokenizer.settings, rule: .mean, bootstrap: Bootstrap(samples: 1000, seed: 3), version: "9.9")
        #expect(
            signature.description
                == "precis-rouge|profile:french|norm:nfc+fold+typo|tok:icu-word+elision|stem:snowball-french|"
                + "stop:fr-stopwords-150|lsum:auto|ref:mean|boot:1000|seed:3|version:9.9")
    }
}

extension DocumentResult {
    /// A document whose four metrics all have precision, recall and F1 equal to `f1`.
    static func fixture(id: String = "d", f1: Double) -> DocumentResult {
        let score = RougeScore(precision: f1, recall: f1, f1: f1)
        let scores = DocumentScores(rouge1: score, rouge2: score, rougeL: score, rougeLsum: score)
        return DocumentResult(
            id: id, scores: scores, multi: MultiReferenceScores(each: [scores], candidateTokens: 3),
            location: .init(path: "x", line: 1), articleLength: nil)
    }
}
