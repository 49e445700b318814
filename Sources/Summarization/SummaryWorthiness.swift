import FrenchText

/// How often a stem of an article also appears in the article's reference summary, learned on
/// OrangeSum train and smoothed toward the corpus-wide rate.
///
/// Read from `Lexicons/fr/summary-worthiness.tsv` (`stem	articles	in_summary`: the number of
/// training articles whose text contains the stem, and how many of them have it in their
/// summary too). The prior of a stem is `(in_summary + m × rate) / (articles + m)` with
/// `m` = ``smoothing`` and `rate` the ratio of the two columns' totals, which is also the prior
/// of a stem absent from the table: a stem seen in few articles stays close to the average.
public struct SummaryWorthiness: Sendable, Equatable {
    /// Prior of each stem in the table.
    public let priors: [String: Double]
    /// Prior of an unknown stem: the corpus-wide rate.
    public let defaultPrior: Double

    /// Pseudo-articles at the corpus-wide rate added to every stem's counts.
    public static let smoothing = 20.0

    /// The file read by ``load(path:)``, in `Lexicons/fr/`.
    public static let fileName = "summary-worthiness.tsv"

    /// A table from counts: `stem → (articles, inSummary)`.
    public init(counts: [String: (articles: Int, inSummary: Int)]) {
        self.init(rows: counts.map { ($0.key, $0.value.articles, $0.value.inSummary, 0) })
    }

    /// A table from rows of distinct stems (a file's rows carry their line, unused here).
    init(rows: [(stem: String, articles: Int, inSummary: Int, line: Int)]) {
        // Integer totals: the same whatever the rows' order.
        var articles = 0
        var inSummary = 0
        for row in rows {
            articles += row.articles
            inSummary += row.inSummary
        }
        let rate = articles > 0 ? Double(inSummary) / Double(articles) : 0
        let m = SummaryWorthiness.smoothing
        var priors: [String: Double] = [:]
        priors.reserveCapacity(rows.count)
        for row in rows {
            priors[row.stem] = (Double(row.inSummary) + m * rate) / (Double(row.articles) + m)
        }
        self.priors = priors
        defaultPrior = rate
    }

    /// The prior of a stem, in [0, 1].
    public func prior(ofStem stem: String) -> Double {
        priors[stem] ?? defaultPrior
    }

    /// Reads the TSV table; counts must be integers with `in_summary` ≤ `articles`.
    ///
    /// Its twenty-odd thousand rows are read on their bytes (``DataFile/forEachRow(ofTSV:path:header:_:)``):
    /// only the stem becomes a String, which keeps the table out of the start-up time.
    public static func load(path: String) throws(DataFileError) -> SummaryWorthiness {
        var parsed: [(stem: String, articles: Int, inSummary: Int, line: Int)] = []
        try DataFile.forEachRow(
            ofTSV: DataFile.readText(path), path: path, header: ["stem", "articles", "in_summary"]
        ) { row throws(DataFileError) in
            guard let articles = row.integer(1), let inSummary = row.integer(2), articles > 0,
                (0...articles).contains(inSummary)
            else {
                throw DataFileError(
                    path: path, line: row.line,
                    message:
                        "expected counts 0 ≤ in_summary ≤ articles, found '\(row.string(1))' and '\(row.string(2))'")
            }
            parsed.append((row.string(0), articles, inSummary, row.line))
        }
        let table = SummaryWorthiness(rows: parsed)
        if table.priors.count < parsed.count {
            // A stem given twice: found again, slowly, only to name its line.
            var seen: [String: Int] = [:]
            for row in parsed {
                if let first = seen.updateValue(row.line, forKey: row.stem) {
                    throw DataFileError(
                        path: path, line: row.line, message: "duplicate stem '\(row.stem)' (first on line \(first))")
                }
            }
        }
        return table
    }
}
