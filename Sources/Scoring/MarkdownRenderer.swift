/// `--markdown`: the corpus table (and the comparison with a baseline) for a pull-request
/// comment or a job summary, with the signature under it.
public enum MarkdownRenderer {
    public static func render(_ report: EvaluationReport) -> String {
        var lines: [String] = []
        let hasInterval = report.corpus[.rouge1].low != nil
        lines.append(
            "| metric | precision | recall | F1 |" + (hasInterval ? " \(report.confidenceLabel) CI (F1) |" : ""))
        lines.append("|---|---:|---:|---:|" + (hasInterval ? "---|" : ""))
        for metric in RougeMetric.allCases {
            let entry = report.corpus[metric]
            var row =
                "| \(EvaluationReport.title(metric)) | \(Format.fixed(entry.mean.precision, 4)) | "
                + "\(Format.fixed(entry.mean.recall, 4)) | **\(Format.fixed(entry.mean.f1, 4))** |"
            if let low = entry.low, let high = entry.high {
                row += " \(Format.fixed(low.f1, 4))–\(Format.fixed(high.f1, 4)) |"
            }
            lines.append(row)
        }
        lines.append("")
        lines.append(
            "\(EvaluationReport.count(report.documents.count, "document")), \(EvaluationReport.count(report.emptyCandidates, "empty candidate")). Signature: `\(report.signature)`"
        )
        if let comparison = report.comparison {
            lines.append("")
            lines.append("| metric | baseline F1 | F1 | Δ | p (paired bootstrap) | p (approx. randomization) |")
            lines.append("|---|---:|---:|---:|---:|---:|")
            for metric in RougeMetric.allCases {
                guard let test = comparison.tests[metric] else { continue }
                lines.append(
                    "| \(EvaluationReport.title(metric)) | \(Format.fixed(comparison.baselineScores[metric].mean.f1, 4)) | "
                        + "\(Format.fixed(comparison.systemScores[metric].mean.f1, 4)) | \(TableRenderer.signed(test.difference)) | "
                        + "\(Format.fixed(test.bootstrapP, 4)) | \(Format.fixed(test.randomizationP, 4)) |")
            }
        }
        if report.gate != nil {
            lines.append("")
            lines.append(
                report.gateFailures.isEmpty
                    ? "Gate: **passed**" : "Gate: **failed**: " + report.gateFailures.joined(separator: "; "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
