import Batch

/// Candidates paired with their references by id, or the reasons they could not be paired.
public struct EvaluationCorpus: Sendable {
    /// One document to score.
    public struct Document: Sendable {
        public var id: String
        public var references: [String]
        public var candidate: String
        /// Where the candidate was read.
        public var location: SourceLocation
        public var articleLength: Int?
    }

    /// Documents in candidate order.
    public var documents: [Document] = []
    /// Errors make the evaluation stop before scoring; warnings are reported.
    public var diagnostics: [Diagnostic] = []

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Pairs candidates with references by id.
    ///
    /// Several reference sets add references to the same ids (several references per
    /// document). A duplicate id within one set is an error at its line. An id on one side
    /// only is an error naming both files, or, with `allowMissing`, a warning and the
    /// document is left out.
    /// Records `entry` as seen; a second entry with the same id within one set is an error at
    /// its line, naming the first.
    mutating func isFirst(_ entry: TextSet.Entry, seen: inout [String: SourceLocation]) -> Bool {
        if let first = seen[entry.id] {
            diagnostics.append(
                Diagnostic(
                    location: entry.location, severity: .error,
                    message: "duplicate id '\(entry.id)' (first at \(first))", recordID: entry.id))
            return false
        }
        seen[entry.id] = entry.location
        return true
    }

    public static func pair(references: [TextSet], candidates: TextSet, allowMissing: Bool) -> EvaluationCorpus {
        var corpus = EvaluationCorpus()
        var referenceTexts: [String: [String]] = [:]
        var referenceLocation: [String: SourceLocation] = [:]
        var articleLengths: [String: Int] = [:]
        for set in references {
            corpus.diagnostics.append(contentsOf: set.diagnostics)
            var seen: [String: SourceLocation] = [:]
            for entry in set.entries {
                guard corpus.isFirst(entry, seen: &seen) else { continue }
                referenceTexts[entry.id, default: []].append(contentsOf: entry.texts)
                if referenceLocation[entry.id] == nil { referenceLocation[entry.id] = entry.location }
                if let length = entry.articleLength { articleLengths[entry.id] = length }
            }
        }
        corpus.diagnostics.append(contentsOf: candidates.diagnostics)
        let referencePaths = references.flatMap(\.paths).joined(separator: ", ")
        let candidatePath = candidates.paths.joined(separator: ", ")
        var seen: [String: SourceLocation] = [:]
        let severity: Diagnostic.Severity = allowMissing ? .warning : .error
        for entry in candidates.entries {
            guard corpus.isFirst(entry, seen: &seen) else { continue }
            guard let texts = referenceTexts[entry.id] else {
                corpus.diagnostics.append(
                    Diagnostic(
                        location: entry.location, severity: severity,
                        message:
                            "id '\(entry.id)' is in candidates \(candidatePath) but not in references \(referencePaths)"
                            + (allowMissing ? ": left out" : ""),
                        recordID: entry.id))
                continue
            }
            if entry.texts.count > 1 {
                corpus.diagnostics.append(
                    Diagnostic(
                        location: entry.location, severity: .error,
                        message: "candidate '\(entry.id)' has \(entry.texts.count) texts: expected one",
                        recordID: entry.id))
                continue
            }
            corpus.documents.append(
                Document(
                    id: entry.id, references: texts, candidate: entry.texts.first ?? "", location: entry.location,
                    articleLength: articleLengths[entry.id] ?? entry.articleLength))
        }
        for set in references {
            for entry in set.entries where seen[entry.id] == nil {
                seen[entry.id] = entry.location  // report an id once, whatever the number of sets
                corpus.diagnostics.append(
                    Diagnostic(
                        location: referenceLocation[entry.id] ?? entry.location, severity: severity,
                        message:
                            "id '\(entry.id)' is in references \(referencePaths) but not in candidates \(candidatePath)"
                            + (allowMissing ? ": left out" : ""),
                        recordID: entry.id))
            }
        }
        return corpus
    }
}
