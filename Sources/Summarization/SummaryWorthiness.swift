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
        // Totals in sorted order: the same bits whatever the dictionary's order.
        var articles = 0
        var inSummary = 0
        for key in counts.keys.sorted() {
            articles += counts[key]?.articles ?? 0
            inSummary += counts[key]?.inSummary ?? 0
        }
        let rate = articles > 0 ? Double(inSummary) / Double(articles) : 0
        let m = SummaryWorthiness.smoothing
        priors = counts.mapValues { (Double($0.inSummary) + m * rate) / (Double($0.articles) + m) }
        defaultPrior = rate
    }

    /// The prior of a stem, in [0, 1].
    public func prior(ofStem stem: String) -> Double {
        priors[stem] ?? defaultPrior
    }

    /// Reads the TSV table; counts must be integers with `in_summary` ≤ `articles`.
    public static func load(path: String) throws(DataFileError) -> SummaryWorthiness {
        let rows = try DataFile.rows(
            ofTSV: DataFile.readText(path), path: path, header: ["stem", "articles", "in_summary"])
        var counts: [String: (articles: Int, inSummary: Int)] = [:]
        for row in rows {
            guard let articles = Int(row.cells[1]), let inSummary = Int(row.cells[2]), articles > 0,
                (0...articles).contains(inSummary)
            else {
                throw DataFileError(
                    path: path, line: row.line,
                    message: "expected counts 0 ≤ in_summary ≤ articles, found '\(row.cells[1])' and '\(row.cells[2])'")
            }
            guard counts[row.cells[0]] == nil else {
                throw DataFileError(path: path, line: row.line, message: "duplicate stem '\(row.cells[0])'")
            }
            counts[row.cells[0]] = (articles, inSummary)
        }
        return SummaryWorthiness(counts: counts)
    }
}
