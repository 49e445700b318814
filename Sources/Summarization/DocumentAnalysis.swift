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
    /// Content stems of every sentence: (local id, count), sorted by id within a sentence; the
    /// sentence's run is `vectorRuns[index]` (one array per article, not one per sentence).
    var vectorEntries: [(id: Int, weight: Double)] = []
    var vectorRuns: [Range<Int>]
    var norms: [Double]
    /// How often each local stem id is a content stem of a candidate sentence (0 where absent):
    /// a sentence's centrality walks its own few stems instead of merging with the whole article's.
    var documentCounts: [Double] = []
    var documentNorm = 0.0
    /// Whether each local stem id is a content stem of the title.
    var isTitleStem: [Bool] = []
    var titleStemCount = 0
    /// Entities (local ids of lowercase forms) of each sentence, sorted, and its acronyms' count.
    var entities: [[Int]]
    var acronymCounts: [Int]
    var hasTitleExpression: [Bool]
    /// Salience of each entity, by local lowercase id.
    var entitySalience: [Double] = []
    var maxEntityScore = 0.0
    var maxAcronyms = 0.0
    /// Mean summary-worthiness prior of each sentence's content stems, and the candidates' highest.
    var worthiness: [Double]
    var maxWorthiness = 0.0
    var hasDateWord: [Bool]
    /// Words of the first candidate sentence (0 when there is none).
    var firstCandidateWords = 0
    let sentences: [Summary.Sentence]

    init(summary: Summary, text: UTF16Text, title: UTF16Text?, summarizer: Summarizer) {
        sentences = summary.sentences
        let count = sentences.count
        let cache = summarizer.cache
        cache.beginArticle()
        vectorRuns = Array(repeating: 0..<0, count: count)
        norms = Array(repeating: 0, count: count)
        entities = Array(repeating: [], count: count)
        acronymCounts = Array(repeating: 0, count: count)
        hasTitleExpression = Array(repeating: false, count: count)
        worthiness = Array(repeating: 0, count: count)
        hasDateWord = Array(repeating: false, count: count)
        let tokens = summarizer.tokenizer.tokens(in: text)
        let facts = cache.facts(of: tokens, in: text.units)
        var sentenceIndex = 0
        // Tokens come sentence after sentence, so each sentence's stems are one run of a flat
        // array (one allocation per article, not several per sentence): local ids of its content
        // stems, and global ids of all its words with whether one starts a title expression.
        var contentStems: [Int] = []
        var allStems: [Int32] = []
        contentStems.reserveCapacity(tokens.count)
        allStems.reserveCapacity(tokens.count)
        var contentRuns = Array(repeating: 0..<0, count: count)
        var allRuns = Array(repeating: 0..<0, count: count)
        var mayHaveExpression = Array(repeating: false, count: count)
        var acronyms: [[Int]] = Array(repeating: [], count: count)
        // By local lowercase id: capitalised inside a sentence somewhere, and how often an entity.
        var capitalisedMidSentence: [Bool] = []
        var entityFrequency: [Int] = []
        var firstTokenOfSentence = Array(repeating: -1, count: count)
        // Entities are counted in the body only: a byline's or a caption's names, or a title
        // line kept in a text file's first line, would weigh otherwise.
        let isCandidate = sentences.map { $0.status == .notSelected(reason: "rank") }
        func addEntity(_ lower: Int, to sentence: Int) {
            if !entities[sentence].contains(lower) {
                // Room for a sentence's usual few entities at once, not a doubling per entity.
                if entities[sentence].isEmpty { entities[sentence].reserveCapacity(8) }
                entities[sentence].append(lower)
            }
            // Every mention counts, repeated ones in a sentence included.
            entityFrequency[lower] += 1
        }
        for (position, token) in tokens.enumerated() {
            let fact = facts[position]
            guard !fact.isSkipped else { continue }
            while sentenceIndex < count, sentences[sentenceIndex].range.upperBound <= token.range.lowerBound {
                sentenceIndex += 1
            }
            guard sentenceIndex < count, sentences[sentenceIndex].range.contains(token.range.lowerBound) else {
                continue
            }
            if isCandidate[sentenceIndex] {
                let lower = Int(fact.localLower)
                while lower >= entityFrequency.count {
                    entityFrequency.append(0)
                    capitalisedMidSentence.append(false)
                }
                let isFirst = firstTokenOfSentence[sentenceIndex] < 0
                if isFirst { firstTokenOfSentence[sentenceIndex] = lower }
                if fact.isAcronym {
                    if !acronyms[sentenceIndex].contains(lower) { acronyms[sentenceIndex].append(lower) }
                    addEntity(lower, to: sentenceIndex)
                } else if fact.isCapitalised, !isFirst {
                    capitalisedMidSentence[lower] = true
                    addEntity(lower, to: sentenceIndex)
                }
            }
            if allRuns[sentenceIndex].isEmpty { allRuns[sentenceIndex] = allStems.count..<allStems.count }
            allStems.append(fact.stem)
            allRuns[sentenceIndex] = allRuns[sentenceIndex].lowerBound..<allStems.count
            if fact.startsExpression { mayHaveExpression[sentenceIndex] = true }
            if !fact.isStopWord {
                if contentRuns[sentenceIndex].isEmpty {
                    contentRuns[sentenceIndex] = contentStems.count..<contentStems.count
                }
                contentStems.append(Int(fact.localStem))
                contentRuns[sentenceIndex] = contentRuns[sentenceIndex].lowerBound..<contentStems.count
                worthiness[sentenceIndex] += cache.prior(ofStem: fact.stem)
            }
            if fact.isDateWord { hasDateWord[sentenceIndex] = true }
        }
        // A capitalised first word is an entity when it is capitalised elsewhere too.
        for (index, first) in firstTokenOfSentence.enumerated() where first >= 0 && capitalisedMidSentence[first] {
            addEntity(first, to: index)
        }
        var titleStems: [Int] = []
        // By local lowercase id: whether the title has the word.
        var isTitleWord: [Bool] = []
        if let titleText = title {
            for fact in cache.facts(of: summarizer.tokenizer.tokens(in: titleText), in: titleText.units)
            where !fact.isSkipped {
                let lower = Int(fact.localLower)
                if lower >= isTitleWord.count {
                    isTitleWord.append(contentsOf: repeatElement(false, count: lower + 1 - isTitleWord.count))
                }
                isTitleWord[lower] = true
                if !fact.isStopWord { titleStems.append(Int(fact.localStem)) }
            }
        }
        isTitleStem = Array(repeating: false, count: cache.localStemCount)
        for stem in titleStems where !isTitleStem[stem] {
            isTitleStem[stem] = true
            titleStemCount += 1
        }
        entitySalience = entityFrequency.enumerated().map { entity, frequency in
            frequency == 0
                ? 0 : (1 + log(Double(frequency))) * (entity < isTitleWord.count && isTitleWord[entity] ? 2 : 1)
        }
        var scratch: [Int] = []
        documentCounts = Array(repeating: 0, count: cache.localStemCount)
        vectorEntries.reserveCapacity(contentStems.count)
        var seenCandidate = false
        for index in 0..<count {
            let content = contentStems[contentRuns[index]]
            let start = vectorEntries.count
            DocumentAnalysis.count(content, into: &vectorEntries, scratch: &scratch)
            vectorRuns[index] = start..<vectorEntries.count
            norms[index] = vector(index).reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
            if !content.isEmpty { worthiness[index] /= Double(content.count) }
            guard isCandidate[index] else { continue }
            if !seenCandidate { firstCandidateWords = sentences[index].words }
            seenCandidate = true
            maxWorthiness = max(maxWorthiness, worthiness[index])
            entities[index].sort()
            acronymCounts[index] = acronyms[index].count
            maxEntityScore = max(maxEntityScore, entityScore(index))
            maxAcronyms = max(maxAcronyms, Double(acronymCounts[index]))
            for id in content { documentCounts[id] += 1 }
            hasTitleExpression[index] =
                mayHaveExpression[index]
                && DocumentAnalysis.containsExpression(allStems[allRuns[index]], cache: cache)
        }
        // In id order, as a sorted vector would sum; absent ids add 0, which changes no bit.
        documentNorm = documentCounts.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    /// Whether a sentence's stems contain one of the title expressions ("directeur général").
    static func containsExpression(_ stems: ArraySlice<Int32>, cache: TokenCache) -> Bool {
        for start in stems.indices {
            for expression in cache.expressions(startingWith: stems[start])
            where stems.endIndex - start >= expression.count {
                if stems[start..<(start + expression.count)].elementsEqual(expression) { return true }
            }
        }
        return false
    }

    /// Appends the ids with their counts, sorted by id, to `result`; `scratch` is reused for
    /// the sort.
    static func count(_ ids: ArraySlice<Int>, into result: inout [(id: Int, weight: Double)], scratch: inout [Int]) {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: ids)
        if scratch.count > 32 {
            scratch.sort()
        } else {
            // A sentence's few stems: insertion sort, without the general sort's set-up.
            scratch.withUnsafeMutableBufferPointer { ids in
                for next in ids.indices.dropFirst() {
                    let id = ids[next]
                    var slot = next
                    while slot > 0, ids[slot - 1] > id {
                        ids[slot] = ids[slot - 1]
                        slot -= 1
                    }
                    ids[slot] = id
                }
            }
        }
        let start = result.count
        for id in scratch {
            if result.count > start, result[result.count - 1].id == id {
                result[result.count - 1].weight += 1
            } else {
                result.append((id, 1))
            }
        }
    }

    /// The content-stem vector of a sentence.
    func vector(_ index: Int) -> ArraySlice<(id: Int, weight: Double)> { vectorEntries[vectorRuns[index]] }

    /// The salience of the entities a sentence names, summed in the order of their ids.
    func entityScore(_ index: Int) -> Double {
        entities[index].reduce(0) { $0 + entitySalience[$1] }
    }

    /// The features of the candidate sentence at `index`, the `rank`-th candidate of the body.
    ///
    /// Positions count the body only: `paragraph` is the rank of its paragraph among those that
    /// hold a candidate, and `opensParagraph` says no candidate comes before it in its paragraph.
    /// A title line, a byline paragraph or a label cut from the lede then moves nothing, and a
    /// `.txt` file scores as its JSONL record does.
    func features(of index: Int, rank: Int, paragraph: Int, opensParagraph: Bool) -> FeatureVector {
        let sentence = sentences[index]
        var features = FeatureVector(repeating: 0)
        features[.first] = rank == 0 ? 1 : 0
        features[.second] = rank == 1 ? 1 : 0
        features[.third] = rank == 2 ? 1 : 0
        features[.positionDecay] = 1 / Double(1 + rank)
        features[.paragraphStart] = opensParagraph ? 1 : 0
        features[.paragraphDecay] = 1 / Double(1 + paragraph)
        features[.entities] = maxEntityScore > 0 ? entityScore(index) / maxEntityScore : 0
        features[.acronyms] = maxAcronyms > 0 ? Double(acronymCounts[index]) / maxAcronyms : 0
        features[.titles] = hasTitleExpression[index] ? 1 : 0
        features[.centrality] = centrality(index)
        if titleStemCount > 0 {
            let shared = vector(index).reduce(0) { $0 + ($1.id < isTitleStem.count && isTitleStem[$1.id] ? 1 : 0) }
            features[.titleOverlap] = Double(shared) / Double(titleStemCount)
        }
        features[.length] = Double(min(sentence.words, 40)) / 40
        features[.short] = sentence.words < 6 ? 1 : 0
        // From the units, not the text: no String is built for a sentence that is not shown.
        let units = sentence.source.units[sentence.range]
        let first = units.first { $0 != 0x20 }
        features[.quotation] = first == 0xAB || first == 0x22 || first == 0x201C ? 1 : 0
        features[.question] = units.last == 0x3F ? 1 : 0
        addLexicalFeatures(of: index, rank: rank, to: &features)
        return features
    }

    /// Cosine similarity of two sentences' content stems (a merge of two sorted vectors).
    func similarity(_ a: Int, _ b: Int) -> Double {
        guard norms[a] > 0, norms[b] > 0 else { return 0 }
        return DocumentAnalysis.dot(vector(a), vector(b)) / (norms[a] * norms[b])
    }

    /// Cosine similarity of a sentence's content stems to the whole article's.
    func centrality(_ index: Int) -> Double {
        guard norms[index] > 0, documentNorm > 0 else { return 0 }
        // The products in increasing id order, skipping absent stems: the same sum, bit for bit,
        // as merging the two sorted vectors.
        var sum = 0.0
        for entry in vector(index) where documentCounts[entry.id] != 0 {
            sum += entry.weight * documentCounts[entry.id]
        }
        return sum / (norms[index] * documentNorm)
    }

    /// The dot product of two sorted sparse vectors.
    static func dot(_ x: ArraySlice<(id: Int, weight: Double)>, _ y: ArraySlice<(id: Int, weight: Double)>) -> Double {
        var i = x.startIndex
        var j = y.startIndex
        var sum = 0.0
        while i < x.endIndex, j < y.endIndex {
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
