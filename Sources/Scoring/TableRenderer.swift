/// The terminal table: corpus scores with F1 intervals, the signature, and the comparison with
/// a baseline when there is one.
///
/// ```
/// ROUGE (1500 documents, 0 empty candidates)
/// metric       precision  recall  F1      95% CI F1
/// ROUGE-1      0.2121     0.3410  0.2540  [0.2490, 0.2590]
/// precis-rouge|profile:french|…
/// ```
public enum TableRenderer {
    public static func render(_ report: EvaluationReport) -> String {
        var lines: [String] = []
        let empty = report.emptyCandidates
        lines.append(
            "ROUGE (\(report.documents.count) document\(report.documents.count == 1 ? "" : "s"), "
                + "\(empty) empty candidate\(empty == 1 ? "" : "s"))")
        let hasInterval = report.corpus[.rouge1].low != nil
        var header = [pad("metric", 12), pad("precision", 10), pad("recall", 8), pad("F1", 8)]
        if hasInterval { header.append("\(report.confidenceLabel) CI F1") }
        lines.append(header.joined(separator: " ").trimmingTrailingSpaces)
        for metric in RougeMetric.allCases {
            let entry = report.corpus[metric]
            var row = [
                pad(EvaluationReport.title(metric), 12), pad(Format.fixed(entry.mean.precision, 4), 10),
                pad(Format.fixed(entry.mean.recall, 4), 8), pad(Format.fixed(entry.mean.f1, 4), 8),
            ]
            if let low = entry.low, let high = entry.high {
                row.append("[\(Format.fixed(low.f1, 4)), \(Format.fixed(high.f1, 4))]")
            }
            lines.append(row.joined(separator: " ").trimmingTrailingSpaces)
        }
        if let comparison = report.comparison {
            lines.append("")
            lines.append("against the baseline (\(comparison.baseline.count) paired documents; F1):")
            lines.append(
                [pad("metric", 12), pad("baseline", 9), pad("system", 9), pad("Δ", 8), pad("p (boot)", 9), "p (AR)"]
                    .joined(
                        separator: " "))
            for metric in RougeMetric.allCases {
                guard let test = comparison.tests[metric] else { continue }
                lines.append(
                    [
                        pad(EvaluationReport.title(metric), 12),
                        pad(Format.fixed(comparison.baselineScores[metric].mean.f1, 4), 9),
                        pad(Format.fixed(comparison.systemScores[metric].mean.f1, 4), 9),
                        pad(signed(test.difference), 8),
                        pad(Format.fixed(test.bootstrapP, 4), 9), Format.fixed(test.randomizationP, 4),
                    ].joined(separator: " "))
            }
        }
        lines.append(report.signature.description)
        if report.gate != nil {
            lines.append(
                report.gateFailures.isEmpty
                    ? "gate: passed" : "gate: FAILED: " + report.gateFailures.joined(separator: "; "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func signed(_ value: Double) -> String { (value >= 0 ? "+" : "") + Format.fixed(value, 4) }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
