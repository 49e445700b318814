import FrenchText

/// The weights of the summary score and of the redundancy penalty, read from data.
public struct SummaryWeights: Sendable, Equatable {
    /// One weight per feature; a feature absent from the file weighs 0.
    public var weights: [Feature: Double] { didSet { vector = FeatureVector(weights) } }
    /// The same weights by ordinal, for the score's dot product.
    public private(set) var vector: FeatureVector
    /// The MMR penalty: a candidate's score minus `redundancy` × its highest cosine similarity
    /// to a sentence already selected.
    public var redundancy: Double

    public init(weights: [Feature: Double], redundancy: Double) {
        self.weights = weights
        self.vector = FeatureVector(weights)
        self.redundancy = redundancy
    }

    /// The file read by ``load(path:)``, in `Lexicons/fr/`.
    public static let fileName = "summary-weights.tsv"

    /// Reads a TSV `name	weight` where name is a ``Feature`` raw value or `redundancy`; every
    /// feature and the redundancy must have their row (a weight of 0 leaves a feature out): a
    /// row lost in an edit would otherwise change the summaries without a word.
    public static func load(path: String) throws(DataFileError) -> SummaryWeights {
        let rows = try DataFile.rows(ofTSV: DataFile.readText(path), path: path, header: ["name", "weight"])
        var weights: [Feature: Double] = [:]
        var redundancy = 0.0
        var seen: Set<String> = []
        for row in rows {
            let name = row.cells[0]
            guard let value = Double(row.cells[1]), value.isFinite else {
                throw DataFileError(path: path, line: row.line, message: "weight '\(row.cells[1])' is not a number")
            }
            guard seen.insert(name).inserted else {
                throw DataFileError(path: path, line: row.line, message: "duplicate weight '\(name)'")
            }
            if name == "redundancy" {
                redundancy = value
            } else if let feature = Feature(rawValue: name) {
                weights[feature] = value
            } else {
                throw DataFileError(path: path, line: row.line, message: "unknown feature '\(name)'")
            }
        }
        let missing =
            Feature.allCases.map(\.rawValue).filter { !seen.contains($0) }
            + (seen.contains("redundancy") ? [] : ["redundancy"])
        if !missing.isEmpty {
            throw DataFileError(
                path: path, line: rows.last.map { $0.line + 1 } ?? 1,
                message:
                    "no weight for \(missing.map { "'\($0)'" }.joined(separator: ", ")) (a weight of 0 leaves a feature out)"
            )
        }
        return SummaryWeights(weights: weights, redundancy: redundancy)
    }
}
