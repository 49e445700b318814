import Batch

/// `--json`: one JSON object with the signature, corpus scores and per-document scores.
///
/// `{"signature": "…", "corpus": {"rouge1": {"precision", "recall", "f1", "low", "high"}, …},
/// "documents": [{"id", "rouge1": {"precision", "recall", "f1"}, …}]}`. Corpus values are means
/// over documents; `low` and `high` bound F1. Numbers carry 15 decimals, enough to compare with
/// other implementations to 1e-12. A document with several references adds `references`,
/// `best_reference` (per metric, 0-based) and `mean`; an empty candidate adds `"empty": true`.
public enum JSONReportRenderer {
    public static func render(_ report: EvaluationReport) -> [UInt8] {
        var json = JSONWriter(capacity: 256 + report.documents.count * 400)
        json.beginObject()
        json.field("signature", report.signature.description)
        json.key("corpus")
        json.beginObject()
        for metric in RougeMetric.allCases {
            let entry = report.corpus[metric]
            json.key(metric.rawValue)
            json.beginObject()
            write(entry.mean, into: &json)
            if let low = entry.low, let high = entry.high {
                json.field("low", low.f1, digits: 15)
                json.field("high", high.f1, digits: 15)
            }
            json.endObject()
        }
        json.endObject()
        json.field("count", report.documents.count)
        json.field("empty_candidates", report.emptyCandidates)
        if let comparison = report.comparison {
            json.key("baseline")
            json.beginObject()
            for metric in RougeMetric.allCases {
                guard let test = comparison.tests[metric] else { continue }
                json.key(metric.rawValue)
                json.beginObject()
                json.field("f1", comparison.baselineScores[metric].mean.f1, digits: 15)
                json.field("difference", test.difference, digits: 15)
                json.field("p_bootstrap", test.bootstrapP, digits: 6)
                json.field("p_randomization", test.randomizationP, digits: 6)
                json.endObject()
            }
            json.endObject()
        }
        if report.gate != nil {
            json.key("gate")
            json.beginObject()
            json.key("passed")
            json.bool(report.gateFailures.isEmpty)
            json.key("failures")
            json.beginArray()
            for failure in report.gateFailures { json.string(failure) }
            json.endArray()
            json.endObject()
        }
        json.key("documents")
        json.beginArray()
        for document in report.documents {
            json.beginObject()
            json.field("id", document.id)
            for metric in RougeMetric.allCases {
                json.key(metric.rawValue)
                json.beginObject()
                write(document.scores[metric], into: &json)
                json.endObject()
            }
            if document.isEmpty {
                json.key("empty")
                json.bool(true)
            }
            if document.referenceCount > 1 {
                json.field("references", document.referenceCount)
                let winners = document.multi.winners
                json.key("best_reference")
                json.beginObject()
                for metric in RougeMetric.allCases { json.field(metric.rawValue, winners[metric] ?? 0) }
                json.endObject()
                let other: MultiReference = report.signature.rule == .max ? .mean : .max
                let scores = document.multi.combined(other)
                json.key(other.rawValue)
                json.beginObject()
                for metric in RougeMetric.allCases {
                    json.key(metric.rawValue)
                    json.beginObject()
                    write(scores[metric], into: &json)
                    json.endObject()
                }
                json.endObject()
            }
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.newline()
        return json.bytes
    }

    static func write(_ score: RougeScore, into json: inout JSONWriter) {
        json.field("precision", score.precision, digits: 15)
        json.field("recall", score.recall, digits: 15)
        json.field("f1", score.f1, digits: 15)
    }
}
