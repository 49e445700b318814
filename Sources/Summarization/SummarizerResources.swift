import Foundation
import FrenchText

/// Everything the summarizer reads from `Lexicons/fr/`, loaded once and shared by all threads.
public struct SummarizerResources: Sendable {
    public let segmentation: SegmentationRules
    public let elisions: Set<String>
    /// Scraped-article cleanup rules, compiled; each ``Summarizer``'s ``ArticleCleaner`` copies them.
    public let cleanup: [CleanupRule]
    public let weights: SummaryWeights
    /// Stop words, lowercase, apostrophes as '.
    public let stopwords: Set<String>
    /// Function and title expressions, as sequences of stems.
    public let titles: [[String]]
    /// How often each stem of an article reaches its summary (`summary-worthiness.tsv`).
    public let worthiness: SummaryWorthiness
    /// Names of days and months, lowercase (`date-words.txt`).
    public let dateWords: Set<String>
    /// The check that sets English sentences aside (`french-markers.txt`, `english-markers.txt`).
    public let foreign: ForeignSentences?

    public init(
        segmentation: SegmentationRules, elisions: Set<String>, cleanup: [CleanupRule], weights: SummaryWeights,
        stopwords: Set<String>, titles: [[String]], worthiness: SummaryWorthiness = SummaryWorthiness(counts: [:]),
        dateWords: Set<String> = [], foreign: ForeignSentences? = nil
    ) {
        self.segmentation = segmentation
        self.elisions = elisions
        self.cleanup = cleanup
        self.weights = weights
        self.stopwords = stopwords
        self.titles = titles
        self.worthiness = worthiness
        self.dateWords = dateWords
        self.foreign = foreign
    }

    /// Loads the resources of a `Lexicons/fr` directory, or those of `weights` when given.
    public static func load(directory: String, weightsPath: String? = nil) throws -> SummarizerResources {
        let stemmer = try FrenchStemmer()
        let stopwords = Set(
            try wordLines(directory + "/stopwords.txt").map { $0.replacingOccurrences(of: "’", with: "'") })
        let titles = try wordLines(directory + "/entity-titles.txt").map { line in
            line.split(separator: " ").map { stemmer.stem(String($0)) }
        }
        return SummarizerResources(
            segmentation: try SegmentationRules.load(directory: directory),
            elisions: try WordTokenizer.loadElisions(directory: directory),
            cleanup: try CleanupRule.load(path: directory + "/" + CleanupRule.fileName),
            weights: try SummaryWeights.load(path: weightsPath ?? directory + "/" + SummaryWeights.fileName),
            stopwords: stopwords, titles: titles,
            worthiness: try SummaryWorthiness.load(path: directory + "/" + SummaryWorthiness.fileName),
            dateWords: Set(try wordLines(directory + "/date-words.txt")),
            foreign: try ForeignSentences.load(directory: directory))
    }

    static func wordLines(_ path: String) throws(DataFileError) -> [String] {
        DataFile.lines(of: try DataFile.readText(path)).map { String($0.text).lowercased() }
    }
}
