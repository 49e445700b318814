import Foundation
import FrenchText

/// What the features of an article's sentences are computed from: tokens, stems, entities.
///
/// Built once per article: the text is tokenized and stemmed once, tokens are assigned to
/// sentences by offset, and document-level counts (entity frequencies, the content-stem
/// vector) are gathered before any sentence is scored.
///
/// Every floating-point sum runs in a fixed order (sorted stem ids, sorted entity keys), never
/// in a dictionary's or a set's iteration order, which changes from process to process: the
/// same article must give the same bits in every run.
struct DocumentAnalysis {
    /// Content stems of each sentence: (interned id, count), sorted by id.
    var vectors: [[(id: Int, weight: Double)]]
    var norms: [Double]
    var documentVector: [Double] = []
    var documentNorm = 0.0
    var titleStems: Set<Int> = []
    /// Entity keys (lowercased surfaces) of each sentence, and acronyms.
    var entities: [Set<String>]
    var acronyms: [Set<String>]
    var hasTitleExpression: [Bool]
    var entitySalience: [String: Double] = [:]
    var maxEntityScore = 0.0
    var maxAcronyms = 0.0
    let sentences: [Summary.Sentence]

    init(summary: Summary, text: UTF16Text, title: String?, summarizer: Summarizer) {
        sentences = summary.sentences
        let count = sentences.count
        vectors = Array(repeating: [], count: count)
        var counts: [[Int: Double]] = Array(repeating: [:], count: count)
        norms = Array(repeating: 0, count: count)
        entities = Array(repeating: [], count: count)
        acronyms = Array(repeating: [], count: count)
        hasTitleExpression = Array(repeating: false, count: count)
        var ids: [String: Int] = [:]
        func intern(_ stem: String) -> Int {
            if let id = ids[stem] { return id }
            ids[stem] = ids.count
            return ids.count - 1
        }
        let stopwords = summarizer.resources.stopwords
        let tokens = summarizer.tokenizer.tokens(in: text)
        var sentenceIndex = 0
        var stemsOfSentence: [[String]] = Array(repeating: [], count: count)
        var capitalisedMidSentence: Set<String> = []
        var firstTokenOfSentence: [Int: String] = [:]
        var entityFrequency: [String: Int] = [:]
        for token in tokens where token.kind != .elision {
            while sentenceIndex < count, sentences[sentenceIndex].range.upperBound <= token.range.lowerBound {
                sentenceIndex += 1
            }
            guard sentenceIndex < count, sentences[sentenceIndex].range.contains(token.range.lowerBound) else {
                continue
            }
            let surface = text.substring(token.range)
            let lower = surface.lowercased()
            let isFirst = firstTokenOfSentence[sentenceIndex] == nil
            if isFirst { firstTokenOfSentence[sentenceIndex] = lower }
            if token.kind == .word, let initial = surface.first, initial.isUppercase {
                let letters = surface.filter(\.isLetter)
                if letters.count >= 2, letters.allSatisfy(\.isUppercase) {
                    acronyms[sentenceIndex].insert(surface)
                    entities[sentenceIndex].insert(lower)
                    entityFrequency[lower, default: 0] += 1
                } else if !isFirst {
                    capitalisedMidSentence.insert(lower)
                    entities[sentenceIndex].insert(lower)
                    entityFrequency[lower, default: 0] += 1
                }
            }
            let stem = token.kind == .word ? summarizer.stemmer.stem(lower) : lower
            stemsOfSentence[sentenceIndex].append(stem)
            if !stopwords.contains(lower.replacingApostrophes()) {
                counts[sentenceIndex][intern(stem), default: 0] += 1
            }
        }
        // A capitalised first word is an entity when it is capitalised elsewhere too.
        for (index, first) in firstTokenOfSentence where capitalisedMidSentence.contains(first) {
            entities[index].insert(first)
            entityFrequency[first, default: 0] += 1
        }
        let titleLower = title?.lowercased() ?? ""
        for (entity, frequency) in entityFrequency {
            let inTitle = !titleLower.isEmpty && titleLower.contains(entity)
            entitySalience[entity] = (1 + log(Double(frequency))) * (inTitle ? 2 : 1)
        }
        for index in 0..<count {
            vectors[index] = counts[index].map { (id: $0.key, weight: $0.value) }.sorted { $0.id < $1.id }
        }
        documentVector = Array(repeating: 0, count: ids.count)
        for index in 0..<count where sentences[index].status == .notSelected(reason: "rank") {
            maxEntityScore = max(maxEntityScore, entityScore(index))
            maxAcronyms = max(maxAcronyms, Double(acronyms[index].count))
            for entry in vectors[index] { documentVector[entry.id] += entry.weight }
            hasTitleExpression[index] = summarizer.resources.titles.contains { expression in
                containsSequence(stemsOfSentence[index], expression)
            }
        }
        for index in 0..<count { norms[index] = vectors[index].reduce(0) { $0 + $1.weight * $1.weight }.squareRoot() }
        documentNorm = documentVector.reduce(0) { $0 + $1 * $1 }.squareRoot()
        if let title {
            let titleText = UTF16Text(title)
            for token in summarizer.tokenizer.tokens(in: titleText) where token.kind != .elision {
                let lower = titleText.substring(token.range).lowercased()
                guard !stopwords.contains(lower.replacingApostrophes()) else { continue }
                let stem = token.kind == .word ? summarizer.stemmer.stem(lower) : lower
                if let id = ids[stem] { titleStems.insert(id) } else { titleStems.insert(-1 - titleStems.count) }
            }
        }
    }

    /// The salience of the entities a sentence names, summed in sorted order.
    func entityScore(_ index: Int) -> Double {
        entities[index].sorted().reduce(0) { $0 + (entitySalience[$1] ?? 0) }
    }

    /// The features of the candidate sentence at `index`, the `rank`-th candidate of the body.
    func features(of index: Int, rank: Int) -> [Feature: Double] {
        let sentence = sentences[index]
        var features: [Feature: Double] = [:]
        features[.first] = rank == 0 ? 1 : 0
        features[.second] = rank == 1 ? 1 : 0
        features[.third] = rank == 2 ? 1 : 0
        features[.positionDecay] = 1 / Double(1 + rank)
        let previous = index > 0 ? sentences[index - 1] : nil
        features[.paragraphStart] = previous.map { $0.paragraph != sentence.paragraph } ?? true ? 1 : 0
        features[.paragraphDecay] = 1 / Double(1 + sentence.paragraph)
        features[.entities] = maxEntityScore > 0 ? entityScore(index) / maxEntityScore : 0
        features[.acronyms] = maxAcronyms > 0 ? Double(acronyms[index].count) / maxAcronyms : 0
        features[.titles] = hasTitleExpression[index] ? 1 : 0
        features[.centrality] = centrality(index)
        if !titleStems.isEmpty {
            let shared = vectors[index].filter { titleStems.contains($0.id) }.count
            features[.titleOverlap] = Double(shared) / Double(titleStems.count)
        } else {
            features[.titleOverlap] = 0
        }
        features[.length] = Double(min(sentence.words, 40)) / 40
        features[.short] = sentence.words < 6 ? 1 : 0
        let trimmed = sentence.text.drop { $0 == " " }
        features[.quotation] = trimmed.first.map { "«\"“".contains($0) } ?? false ? 1 : 0
        features[.question] = sentence.text.last == "?" ? 1 : 0
        return features
    }

    /// Cosine similarity of two sentences' content stems (a merge of two sorted vectors).
    func similarity(_ a: Int, _ b: Int) -> Double {
        guard norms[a] > 0, norms[b] > 0 else { return 0 }
        let x = vectors[a]
        let y = vectors[b]
        var i = 0
        var j = 0
        var dot = 0.0
        while i < x.count, j < y.count {
            if x[i].id == y[j].id {
                dot += x[i].weight * y[j].weight
                i += 1
                j += 1
            } else if x[i].id < y[j].id {
                i += 1
            } else {
                j += 1
            }
        }
        return dot / (norms[a] * norms[b])
    }

    /// Cosine similarity of a sentence's content stems to the whole article's.
    func centrality(_ index: Int) -> Double {
        guard norms[index] > 0, documentNorm > 0 else { return 0 }
        let dot = vectors[index].reduce(0) { $0 + $1.weight * documentVector[$1.id] }
        return dot / (norms[index] * documentNorm)
    }

    func containsSequence(_ haystack: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }
}

extension String {
    /// The string with ’ turned into ', as stop words are written.
    func replacingApostrophes() -> String { contains("’") ? String(map { $0 == "’" ? "'" : $0 }) : self }
}
