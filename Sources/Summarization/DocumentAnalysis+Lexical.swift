extension DocumentAnalysis {
    /// A first sentence shorter than this is a lede: the facts begin with the second.
    static let ledeWords = 12

    /// Adds the features learned from summaries and the position × length interactions:
    /// ``Feature/summaryWorthiness``, ``Feature/dates``, ``Feature/afterLede`` and
    /// ``Feature/secondLength``.
    func addLexicalFeatures(of index: Int, rank: Int, to features: inout FeatureVector) {
        features[.summaryWorthiness] = maxWorthiness > 0 ? worthiness[index] / maxWorthiness : 0
        features[.dates] = hasDateWord[index] ? 1 : 0
        features[.afterLede] = rank == 1 && firstCandidateWords < DocumentAnalysis.ledeWords ? 1 : 0
        features[.secondLength] = rank == 1 ? Double(min(sentences[index].words, 40)) / 40 : 0
    }
}
