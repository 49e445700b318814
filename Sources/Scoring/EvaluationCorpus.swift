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
    /// With a baseline, its documents: the same ids as ``documents``, in the same order, with the
    /// baseline's text as the candidate.
    public var baseline: [Document]?
    /// Errors make the evaluation stop before scoring; warnings are reported.
    public var diagnostics: [Diagnostic] = []

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

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

    /// Reports an id found on one side only ("id 'x' is in candidates A but not in references
    /// B"): an error, or with `allowMissing` a warning, the document being left out.
    mutating func reportMissing(
        _ id: String, at location: SourceLocation, isIn side: String, notIn other: String, allowMissing: Bool
    ) {
        diagnostics.append(
            Diagnostic(
                location: location, severity: allowMissing ? .warning : .error,
                message: "id '\(id)' is in \(side) but not in \(other)" + (allowMissing ? ": left out" : ""),
                recordID: id))
    }

    /// Whether an entry of a side that needs one text per id has one; else an error at its line.
    mutating func hasOneText(_ entry: TextSet.Entry, side: String) -> Bool {
        guard entry.texts.count > 1 else { return true }
        diagnostics.append(
            Diagnostic(
                location: entry.location, severity: .error,
                message: "\(side) '\(entry.id)' has \(entry.texts.count) texts: expected one", recordID: entry.id))
        return false
    }

    /// Pairs candidates with references by id.
    ///
    /// Several reference sets add references to the same ids (several references per
    /// document). A duplicate id within one set is an error at its line. An id on one side
    /// only is an error naming both files, or, with `allowMissing`, a warning and the
    /// document is left out.
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
        for entry in candidates.entries {
            guard corpus.isFirst(entry, seen: &seen) else { continue }
            guard let texts = referenceTexts[entry.id] else {
                corpus.reportMissing(
                    entry.id, at: entry.location, isIn: "candidates \(candidatePath)",
                    notIn: "references \(referencePaths)", allowMissing: allowMissing)
                continue
            }
            guard corpus.hasOneText(entry, side: "candidate") else { continue }
            corpus.documents.append(
                Document(
                    id: entry.id, references: texts, candidate: entry.texts.first ?? "", location: entry.location,
                    articleLength: articleLengths[entry.id] ?? entry.articleLength))
        }
        for set in references {
            for entry in set.entries where seen[entry.id] == nil {
                seen[entry.id] = entry.location  // report an id once, whatever the number of sets
                corpus.reportMissing(
                    entry.id, at: referenceLocation[entry.id] ?? entry.location,
                    isIn: "references \(referencePaths)", notIn: "candidates \(candidatePath)",
                    allowMissing: allowMissing)
            }
        }
        return corpus
    }

    /// Pairs candidates and a baseline's candidates with references by id, on the same documents.
    ///
    /// As ``pair(references:candidates:allowMissing:)``; in addition, an id scored for the
    /// candidates but missing from the baseline, or in the baseline but not in the candidates,
    /// is an error naming both files, or, with `allowMissing`, a warning and the document is
    /// left out of both sides. Either way the candidates' scores, the baseline's and their
    /// difference are means over the same documents.
    public static func pair(
        references: [TextSet], candidates: TextSet, baseline: TextSet, allowMissing: Bool
    ) -> EvaluationCorpus {
        var corpus = pair(references: references, candidates: candidates, allowMissing: allowMissing)
        corpus.diagnostics.append(contentsOf: baseline.diagnostics)
        let candidatePath = candidates.paths.joined(separator: ", ")
        let baselinePath = baseline.paths.joined(separator: ", ")
        let candidateIDs = Set(candidates.entries.map(\.id))
        var seen: [String: SourceLocation] = [:]
        var baselineTexts: [String: TextSet.Entry] = [:]
        for entry in baseline.entries {
            guard corpus.isFirst(entry, seen: &seen) else { continue }
            guard candidateIDs.contains(entry.id) else {
                corpus.reportMissing(
                    entry.id, at: entry.location, isIn: "baseline \(baselinePath)",
                    notIn: "candidates \(candidatePath)", allowMissing: allowMissing)
                continue
            }
            guard corpus.hasOneText(entry, side: "baseline") else { continue }
            baselineTexts[entry.id] = entry
        }
        var documents: [Document] = []
        var baselineDocuments: [Document] = []
        for document in corpus.documents {
            guard let entry = baselineTexts[document.id] else {
                // A duplicate or multi-text baseline entry was reported already.
                if seen[document.id] == nil {
                    corpus.reportMissing(
                        document.id, at: document.location, isIn: "candidates \(candidatePath)",
                        notIn: "baseline \(baselinePath)", allowMissing: allowMissing)
                }
                continue
            }
            documents.append(document)
            var other = document
            other.candidate = entry.texts.first ?? ""
            other.location = entry.location
            baselineDocuments.append(other)
        }
        corpus.documents = documents
        corpus.baseline = baselineDocuments
        return corpus
    }
}
