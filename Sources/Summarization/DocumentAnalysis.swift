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
    /// The content stems of all candidate sentences, sorted by id.
    var documentVector: [(id: Int, weight: Double)] = []
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
        let cache = summarizer.cache
        cache.reset()
        vectors = Array(repeating: [], count: count)
        norms = Array(repeating: 0, count: count)
        entities = Array(repeating: [], count: count)
        acronyms = Array(repeating: [], count: count)
        hasTitleExpression = Array(repeating: false, count: count)
        let tokens = summarizer.tokenizer.tokens(in: text)
        // Surfaces are cut from the UTF-8 bytes (one offset conversion for all tokens): much
        // cheaper than indexing the String by UTF-16 offsets token by token.
        let bytes = Array(text.string.utf8)
        let utf8Bounds = OffsetConverter(text).convert(
            tokens.flatMap { [$0.range.lowerBound, $0.range.upperBound] }, to: .utf8)
        var sentenceIndex = 0
        var contentStems: [[Int]] = Array(repeating: [], count: count)
        var allStems: [[Int]] = Array(repeating: [], count: count)
        var capitalisedMidSentence: Set<String> = []
        // Stems get ids local to the article, in order of first appearance: the cache's global
        // ids depend on what the thread summarized before, and the sums below follow id order,
        // so global ids would make the last bits (and near ties) depend on --jobs.
        var localIDs: [Int: Int] = [:]
        func local(_ global: Int) -> Int {
            if let id = localIDs[global] { return id }
            let id = localIDs.count
            localIDs[global] = id
            return id
        }
        var firstTokenOfSentence: [Int: String] = [:]
        var entityFrequency: [String: Int] = [:]
        for (position, token) in tokens.enumerated() where token.kind != .elision {
            while sentenceIndex < count, sentences[sentenceIndex].range.upperBound <= token.range.lowerBound {
                sentenceIndex += 1
            }
            guard sentenceIndex < count, sentences[sentenceIndex].range.contains(token.range.lowerBound) else {
                continue
            }
            let info = cache.info(
                bytes: bytes[utf8Bounds[2 * position]..<utf8Bounds[2 * position + 1]], isWord: token.kind == .word)
            let isFirst = firstTokenOfSentence[sentenceIndex] == nil
            if isFirst { firstTokenOfSentence[sentenceIndex] = info.lower }
            if info.isAcronym {
                acronyms[sentenceIndex].insert(info.surface)
                entities[sentenceIndex].insert(info.lower)
                entityFrequency[info.lower, default: 0] += 1
            } else if info.isCapitalised, !isFirst {
                capitalisedMidSentence.insert(info.lower)
                entities[sentenceIndex].insert(info.lower)
                entityFrequency[info.lower, default: 0] += 1
            }
            let stem = local(info.stemID)
            allStems[sentenceIndex].append(stem)
            if !info.isStopWord { contentStems[sentenceIndex].append(stem) }
        }
        // A capitalised first word is an entity when it is capitalised elsewhere too.
        for (index, first) in firstTokenOfSentence where capitalisedMidSentence.contains(first) {
            entities[index].insert(first)
            entityFrequency[first, default: 0] += 1
        }
        var titleWords: Set<String> = []
        if let title {
            let titleText = UTF16Text(title)
            for token in summarizer.tokenizer.tokens(in: titleText) where token.kind != .elision {
                let info = cache.info(titleText.substring(token.range), isWord: token.kind == .word)
                titleWords.insert(info.lower)
                if !info.isStopWord { titleStems.insert(local(info.stemID)) }
            }
        }
        for (entity, frequency) in entityFrequency {
            entitySalience[entity] = (1 + log(Double(frequency))) * (titleWords.contains(entity) ? 2 : 1)
        }
        let titleExpressions = summarizer.resources.titles.map { $0.map { localIDs[cache.id(ofStem: $0)] ?? -1 } }
        var pooled: [Int] = []
        for index in 0..<count {
            vectors[index] = DocumentAnalysis.counted(contentStems[index])
            norms[index] = vectors[index].reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
            guard sentences[index].status == .notSelected(reason: "rank") else { continue }
            maxEntityScore = max(maxEntityScore, entityScore(index))
            maxAcronyms = max(maxAcronyms, Double(acronyms[index].count))
            pooled.append(contentsOf: contentStems[index])
            hasTitleExpression[index] = titleExpressions.contains { containsSequence(allStems[index], $0) }
        }
        documentVector = DocumentAnalysis.counted(pooled)
        documentNorm = documentVector.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
    }

    /// Ids with their counts, sorted by id.
    static func counted(_ ids: [Int]) -> [(id: Int, weight: Double)] {
        var result: [(id: Int, weight: Double)] = []
        for id in ids.sorted() {
            if let last = result.last, last.id == id {
                result[result.count - 1].weight += 1
            } else {
                result.append((id, 1))
            }
        }
        return result
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
        return DocumentAnalysis.dot(vectors[a], vectors[b]) / (norms[a] * norms[b])
    }

    /// Cosine similarity of a sentence's content stems to the whole article's.
    func centrality(_ index: Int) -> Double {
        guard norms[index] > 0, documentNorm > 0 else { return 0 }
        return DocumentAnalysis.dot(vectors[index], documentVector) / (norms[index] * documentNorm)
    }

    /// The dot product of two sorted sparse vectors.
    static func dot(_ x: [(id: Int, weight: Double)], _ y: [(id: Int, weight: Double)]) -> Double {
        var i = 0
        var j = 0
        var sum = 0.0
        while i < x.count, j < y.count {
            if x[i].id == y[j].id {
                sum += x[i].weight * y[j].weight
                i += 1
                j += 1
            } else if x[i].id < y[j].id {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    func containsSequence(_ haystack: [Int], _ needle: [Int]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }
}

/// Whether a scalar is an uppercase letter (ASCII without a property lookup).
func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? ("A"..."Z").contains(scalar) : scalar.properties.isUppercase
}

/// Whether a word is an acronym: two letters or more, all capitals ("DGSN", "ONU", "Covid" is not).
func isAcronym(_ word: String) -> Bool {
    var letters = 0
    for scalar in word.unicodeScalars {
        if scalar.isASCII {
            if ("a"..."z").contains(scalar) { return false }
            if ("A"..."Z").contains(scalar) { letters += 1 }
        } else if scalar.properties.isLowercase {
            return false
        } else if scalar.properties.isAlphabetic {
            letters += 1
        }
    }
    return letters >= 2
}

extension String {
    /// The string with ’ turned into ', as stop words are written.
    func replacingApostrophes() -> String {
        // A scalar test, not `contains(_: String)`, which goes through Foundation's search.
        unicodeScalars.contains("’") ? String(map { $0 == "’" ? "'" : $0 }) : self
    }
}
