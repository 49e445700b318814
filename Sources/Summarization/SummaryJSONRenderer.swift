import Batch
import FrenchText

/// Renders a summary as one JSONL line, with its explanation when asked.
///
/// `{"id", "title", "summary", "sentences": [{"index", "start", "end", "score"}], "budget",
/// "warnings"}`; with `explain`, `"explanation": [{"index", "start", "end", "text", "status",
/// "rule", "score", "marginal_score", "features": {…}, "contributions": {…}}]` for every
/// sentence (`rule`, for noise: the cleanup rule's line, "cleanup.tsv:37", or the reading of the
/// page that set it aside, "context:header-caption"), and `"cleanup"` for the labels cut off,
/// each with its rule.
public struct SummaryJSONRenderer: Sendable {
    public let unit: OffsetUnit
    public let explain: Bool
    public let weights: SummaryWeights

    public init(unit: OffsetUnit, explain: Bool, weights: SummaryWeights) {
        self.unit = unit
        self.explain = explain
        self.weights = weights
    }

    public func render(_ summary: Summary, recordWarnings: [String] = []) -> [UInt8] {
        // Without the explanation only the chosen sentences' offsets are written: converting
        // just those stops the scan at the last of them, usually early in the text.
        var offsets: [Int] = []
        offsets.reserveCapacity(2 * summary.sentences.count)
        for sentence in summary.sentences {
            let shown = explain || sentence.status == .selected
            offsets.append(shown ? sentence.range.lowerBound : 0)
            offsets.append(shown ? sentence.range.upperBound : 0)
        }
        let bounds = OffsetConverter(summary.source).convert(offsets, to: unit)
        var json = JSONWriter(capacity: 1024)
        json.beginObject()
        json.field("id", summary.id)
        json.key("title")
        if let title = summary.title { json.string(title) } else { json.null() }
        json.field("summary", summary.text)
        json.key("sentences")
        json.beginArray()
        for sentence in summary.sentences where sentence.status == .selected {
            json.beginObject()
            json.field("index", sentence.index)
            json.field("start", bounds[2 * sentence.index])
            json.field("end", bounds[2 * sentence.index + 1])
            json.field("score", sentence.score)
            json.endObject()
        }
        json.endArray()
        json.field("budget", summary.budget.description)
        json.key("warnings")
        json.beginArray()
        for warning in summary.warnings + recordWarnings { json.string(warning) }
        json.endArray()
        if explain { renderExplanation(summary, bounds: bounds, into: &json) }
        json.endObject()
        json.newline()
        return json.bytes
    }

    func renderExplanation(_ summary: Summary, bounds: [Int], into json: inout JSONWriter) {
        json.key("explanation")
        json.beginArray()
        for sentence in summary.sentences {
            json.beginObject()
            json.field("index", sentence.index)
            json.field("start", bounds[2 * sentence.index])
            json.field("end", bounds[2 * sentence.index + 1])
            json.field("text", sentence.text)
            json.field("status", sentence.status.code)
            if let rule = sentence.rule {
                json.field("rule", rule.code)
            }
            if !sentence.features.isEmpty {
                json.field("score", sentence.score)
                if let marginal = sentence.marginalScore {
                    json.field("marginal_score", marginal)
                }
                json.key("features")
                json.beginObject()
                for feature in Feature.allCases {
                    json.key(feature.rawValue)
                    json.double(sentence.features[feature])
                }
                json.endObject()
                json.key("contributions")
                json.beginObject()
                for feature in Feature.allCases where (weights.weights[feature] ?? 0) != 0 {
                    json.key(feature.rawValue)
                    json.double((weights.weights[feature] ?? 0) * sentence.features[feature])
                }
                json.endObject()
            }
            json.endObject()
        }
        json.endArray()
        json.key("cleanup")
        json.beginArray()
        for cleanup in summary.cleanups {
            json.beginObject()
            json.field("kind", cleanup.kind)
            json.field("text", cleanup.text)
            json.field("index", cleanup.sentenceIndex)
            if let rule = cleanup.rule {
                json.field("rule", rule.code)
            }
            json.endObject()
        }
        json.endArray()
    }
}
