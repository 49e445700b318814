import Batch

/// `--junit FILE`: JUnit XML that CI systems (GitLab, Jenkins, GitHub test reporters) display.
///
/// One test suite, `precis.rouge`; one test case per gate rule (failed with its reason), or,
/// without a gate, one passing case per metric so the scores still show. Corpus scores and the
/// signature are suite properties; the terminal table is the suite's `system-out`.
public enum JUnitRenderer {
    public static func render(_ report: EvaluationReport) -> String {
        var cases: [(name: String, failure: String?)] = []
        if let gate = report.gate, !gate.rules.isEmpty {
            let failures = gate.failures(corpus: report.corpus, comparison: report.comparison)
            for rule in gate.rules {
                let metric: RougeMetric
                switch rule {
                case .minimum(let m, _), .maximumDrop(let m, _): metric = m
                }
                let failure = failures.first {
                    $0.hasPrefix(metric.rawValue + " ") || $0.hasPrefix(metric.rawValue + ":")
                }
                .flatMap { reason in rule.matches(reason) ? reason : nil }
                cases.append((rule.description, failure))
            }
        } else {
            for metric in RougeMetric.allCases {
                cases.append(("\(metric.rawValue) F1 = \(Format.fixed(report.corpus[metric].mean.f1, 4))", nil))
            }
        }
        let failures = cases.filter { $0.failure != nil }.count
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"precis evaluate\" tests=\"\(cases.count)\" failures=\"\(failures)\">\n"
        xml +=
            "  <testsuite name=\"precis.rouge\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
        xml += "    <properties>\n"
        xml += property("signature", report.signature.description)
        xml += property("documents", String(report.documents.count))
        xml += property("empty_candidates", String(report.emptyCandidates))
        for metric in RougeMetric.allCases {
            xml += property("\(metric.rawValue).f1", Format.fixed(report.corpus[metric].mean.f1, 6))
        }
        xml += "    </properties>\n"
        for testCase in cases {
            let name = MarkupEscaping.escape(testCase.name)
            if let failure = testCase.failure {
                xml += "    <testcase classname=\"precis.rouge.gate\" name=\"\(name)\">\n"
                xml +=
                    "      <failure message=\"\(MarkupEscaping.escape(failure))\" type=\"gate\">\(MarkupEscaping.escape(failure))</failure>\n"
                xml += "    </testcase>\n"
            } else {
                xml += "    <testcase classname=\"precis.rouge.gate\" name=\"\(name)\"/>\n"
            }
        }
        xml += "    <system-out>\(MarkupEscaping.escape(TableRenderer.render(report)))</system-out>\n"
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    static func property(_ name: String, _ value: String) -> String {
        "      <property name=\"\(MarkupEscaping.escape(name))\" value=\"\(MarkupEscaping.escape(value))\"/>\n"
    }
}

extension Gate.Rule {
    /// Whether a failure line was produced by this kind of rule.
    func matches(_ reason: String) -> Bool {
        switch self {
        case .minimum: reason.contains("(--min)")
        case .maximumDrop: reason.contains("baseline")
        }
    }
}
