/// `--csv`: one row per (scope, document, metric), RFC 4180 quoting.
///
/// Columns: `scope,id,metric,precision,recall,f1,low,high,signature`. Corpus rows come first
/// (`scope` = `corpus`, `id` empty, F1 interval in `low`/`high`, the signature in the last
/// column), then document rows (`scope` = `document`, interval and signature empty). A long
/// table loads directly into pandas, R or a spreadsheet pivot.
public enum CSVRenderer {
    public static func render(_ report: EvaluationReport) -> String {
        var out = "scope,id,metric,precision,recall,f1,low,high,signature\r\n"
        for metric in RougeMetric.allCases {
            let entry = report.corpus[metric]
            let low = entry.low.map { number($0.f1) } ?? ""
            let high = entry.high.map { number($0.f1) } ?? ""
            out += row([
                "corpus", "", metric.rawValue, number(entry.mean.precision), number(entry.mean.recall),
                number(entry.mean.f1),
                low, high, report.signature.description,
            ])
        }
        for document in report.documents {
            for metric in RougeMetric.allCases {
                let score = document.scores[metric]
                out += row([
                    "document", document.id, metric.rawValue, number(score.precision), number(score.recall),
                    number(score.f1),
                    "", "", "",
                ])
            }
        }
        return out
    }

    static func number(_ value: Double) -> String { Format.fixed(value, 6) }

    static func row(_ cells: [String]) -> String {
        cells.map(quote).joined(separator: ",") + "\r\n"
    }

    static func quote(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
