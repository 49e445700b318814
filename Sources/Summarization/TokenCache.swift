import FrenchText

/// What the summarizer needs to know about a word form, computed once per form and kept.
///
/// News vocabulary repeats from article to article, so lowercasing, stemming, the stop-word
/// test and the capitalisation tests run once per distinct surface form, and stems are interned
/// as integers for the vectors. One cache per thread (it belongs to a ``Summarizer``); cleared
/// when it grows past `limit` entries, which bounds memory on any batch (with the stemmer's own
/// cache, under 100 MB in all for two threads).
final class TokenCache {
    struct Info {
        let surface: String
        let lower: String
        let stemID: Int
        let isStopWord: Bool
        let isCapitalised: Bool
        let isAcronym: Bool
    }

    /// The same facts keyed by a 64-bit hash of the surface's UTF-8 bytes, so that a known form
    /// is found without building a String (checked against the stored surface: no collision
    /// can give a wrong answer).
    private var byHash: [UInt64: Info] = [:]
    private var stemIDs: [String: Int] = [:]
    let stemmer: FrenchStemmer
    let stopwords: Set<String>
    let limit: Int

    init(stemmer: FrenchStemmer, stopwords: Set<String>, limit: Int = 100_000) {
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
        let lower = surface.lowercased()
        let first = surface.unicodeScalars.first
        let info = Info(
            surface: surface, lower: lower, stemID: id(ofStem: isWord ? stemmer.stem(lower) : lower),
            isStopWord: stopwords.contains(lower.replacingApostrophes()),
            isCapitalised: isWord && first.map(isUppercase) == true, isAcronym: isWord && isAcronym(surface))
        return info
    }

    /// The facts about the form spelled by `bytes` (UTF-8), without building a String when the
    /// form is already known.
    func info(bytes: ArraySlice<UInt8>, isWord: Bool) -> Info {
        var hash: UInt64 = isWord ? 0xcbf2_9ce4_8422_2325 : 0x8422_2325_cbf2_9ce4
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        if let known = byHash[hash], known.surface.utf8.elementsEqual(bytes) { return known }
        let info = info(String(decoding: bytes, as: UTF8.self), isWord: isWord)
        // Stem ids must stay valid within an article: ids are only forgotten in `reset`.
        if byHash.count >= limit { byHash.removeAll(keepingCapacity: true) }
        byHash[hash] = info
        return info
    }

    /// Forgets the stems' ids when they are too many; called between articles.
    func reset() {
        if stemIDs.count >= limit {
            stemIDs.removeAll(keepingCapacity: true)
            byHash.removeAll(keepingCapacity: true)
        }
    }
}
