import FrenchText

/// What the summarizer needs to know about a word form, computed once per form and kept.
///
/// News vocabulary repeats from article to article, so lowercasing, stemming, the stop-word
/// test and the capitalisation tests run once per distinct surface form, and stems are interned
/// as integers for the vectors. One cache per thread (it belongs to a ``Summarizer``); cleared
/// when it grows past `limit` entries, which bounds memory on any batch.
final class TokenCache {
    struct Info {
        let lower: String
        let stemID: Int
        let isStopWord: Bool
        let isCapitalised: Bool
        let isAcronym: Bool
    }

    private var infos: [String: Info] = [:]
    private var stemIDs: [String: Int] = [:]
    let stemmer: FrenchStemmer
    let stopwords: Set<String>
    let limit: Int

    init(stemmer: FrenchStemmer, stopwords: Set<String>, limit: Int = 300_000) {
        self.stemmer = stemmer
        self.stopwords = stopwords
        self.limit = limit
    }

    /// The interned id of a stem.
    func id(ofStem stem: String) -> Int {
        if let id = stemIDs[stem] { return id }
        let id = stemIDs.count
        stemIDs[stem] = id
        return id
    }

    /// The facts about a surface form; `isWord` is false for numbers (not stemmed).
    func info(_ surface: String, isWord: Bool) -> Info {
        if let known = infos[surface] { return known }
        if infos.count >= limit {
            // Ids must stay valid within an article: only forget between articles (see `reset`).
            infos.removeAll(keepingCapacity: true)
        }
        let lower = surface.lowercased()
        let first = surface.unicodeScalars.first
        let info = Info(
            lower: lower, stemID: id(ofStem: isWord ? stemmer.stem(lower) : lower),
            isStopWord: stopwords.contains(lower.replacingApostrophes()),
            isCapitalised: isWord && first.map(isUppercase) == true, isAcronym: isWord && isAcronym(surface))
        infos[surface] = info
        return info
    }

    /// Forgets the stems' ids when they are too many; called between articles.
    func reset() {
        if stemIDs.count >= limit {
            stemIDs.removeAll(keepingCapacity: true)
            infos.removeAll(keepingCapacity: true)
        }
    }
}
