import Batch

/// `--html FILE`: a self-contained report (no script, no external file) with SVG plots: the
/// distribution of per-document F1 for each metric, the system against the baseline, and F1
/// against article length, then the corpus table, the signature and the weakest documents.
public enum HTMLRenderer {
    public static func render(_ report: EvaluationReport) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Précis ROUGE report</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1240px; color: #222; }
            table { border-collapse: collapse; margin: 1em 0; }
            th, td { border: 1px solid #ccc; padding: 4px 10px; text-align: right; }
            th:first-child, td:first-child { text-align: left; }
            code { background: #f3f3f3; padding: 2px 4px; word-break: break-all; }
            .plots { display: flex; flex-wrap: wrap; gap: 12px; }
            .plots svg { border: 1px solid #e3e3e3; background: #fff; }
            .passed { color: #2a7a2a; font-weight: bold; } .failed { color: #b22; font-weight: bold; }
            </style>
            </head>
            <body>
            <h1>Précis ROUGE report</h1>

            """
        html +=
            "<p>\(EvaluationReport.count(report.documents.count, "document")), \(EvaluationReport.count(report.emptyCandidates, "empty candidate")). "
            + "Signature: <code>\(MarkupEscaping.escape(report.signature.description))</code></p>\n"
        if report.gate != nil {
            html +=
                report.gateFailures.isEmpty
                ? "<p class=\"passed\">Gate passed.</p>\n"
                : "<p class=\"failed\">Gate failed: \(MarkupEscaping.escape(report.gateFailures.joined(separator: "; ")))</p>\n"
        }
        html += corpusTable(report)
        html += "<h2>Per-document F1</h2>\n<div class=\"plots\">\n"
        for metric in RougeMetric.allCases {
            html += SVGPlot.histogram(
                report.documents.map { $0.scores[metric].f1 }, title: EvaluationReport.title(metric))
        }
        html += "</div>\n"
        html +=
            report.comparison == nil
            ? "<h2>ROUGE-L F1 against length</h2>\n<div class=\"plots\">\n"
            : "<h2>System against baseline, and against length (ROUGE-L F1)</h2>\n<div class=\"plots\">\n"
        if let comparison = report.comparison {
            let baseline = comparison.baselineF1(.rougeL)
            let points = report.documents.compactMap { document in
                baseline[document.id].map { (x: $0, y: document.scores.rougeL.f1) }
            }
            html += SVGPlot.scatter(
                points, title: "ROUGE-L F1: system (y) vs baseline (x)", xLabel: "baseline F1", yLabel: "system F1",
                xMax: 1,
                diagonal: true)
        }
        let hasArticles = report.documents.contains { $0.articleLength != nil }
        let lengths = report.documents.map { Double($0.articleLength ?? $0.multi.candidateTokens) }
        let points = zip(lengths, report.documents).map { (x: $0, y: $1.scores.rougeL.f1) }
        let xMax = niceCeiling(lengths.max() ?? 1)
        html += SVGPlot.scatter(
            points, title: "ROUGE-L F1 by " + (hasArticles ? "article length" : "candidate length"),
            xLabel: hasArticles ? "article length (characters)" : "candidate length (tokens)", yLabel: "F1", xMax: xMax,
            diagonal: false)
        html += "</div>\n"
        html += weakest(report)
        html += "</body>\n</html>\n"
        return html
    }

    static func corpusTable(_ report: EvaluationReport) -> String {
        var html =
            "<table>\n<tr><th>metric</th><th>precision</th><th>recall</th><th>F1</th><th>\(report.confidenceLabel) CI (F1)</th>"
        if report.comparison != nil { html += "<th>baseline F1</th><th>Δ</th><th>p (AR)</th>" }
        html += "</tr>\n"
        for metric in RougeMetric.allCases {
            let entry = report.corpus[metric]
            html += "<tr><td>\(EvaluationReport.title(metric))</td><td>\(Format.fixed(entry.mean.precision, 4))</td>"
            html += "<td>\(Format.fixed(entry.mean.recall, 4))</td><td><b>\(Format.fixed(entry.mean.f1, 4))</b></td>"
            if let low = entry.low, let high = entry.high {
                html += "<td>\(Format.fixed(low.f1, 4))–\(Format.fixed(high.f1, 4))</td>"
            } else {
                html += "<td>–</td>"
            }
            if let comparison = report.comparison, let test = comparison.tests[metric] {
                html += "<td>\(Format.fixed(comparison.baselineScores[metric].mean.f1, 4))</td>"
                html +=
                    "<td>\(TableRenderer.signed(test.difference))</td><td>\(Format.fixed(test.randomizationP, 4))</td>"
            }
            html += "</tr>\n"
        }
        return html + "</table>\n"
    }

    static func weakest(_ report: EvaluationReport) -> String {
        let sorted = report.documents.enumerated().sorted {
            ($0.element.scores.rougeL.f1, $0.offset) < ($1.element.scores.rougeL.f1, $1.offset)
        }
        var html =
            "<h2>Weakest documents (ROUGE-L F1)</h2>\n<table>\n<tr><th>id</th><th>ROUGE-1</th><th>ROUGE-2</th><th>ROUGE-L</th><th>ROUGE-Lsum</th></tr>\n"
        for (_, document) in sorted.prefix(10) {
            html += "<tr><td>\(MarkupEscaping.escape(document.id))</td>"
            for metric in RougeMetric.allCases { html += "<td>\(Format.fixed(document.scores[metric].f1, 4))</td>" }
            html += "</tr>\n"
        }
        return html + "</table>\n"
    }

    /// 1, 2 or 5 times a power of ten, at least `value`.
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 1 else { return 1 }
        var power = 1.0
        while power * 10 <= value { power *= 10 }
        for step in [1.0, 2.0, 5.0, 10.0] where step * power >= value { return step * power }
        return 10 * power
    }
}
