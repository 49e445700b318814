@_implementationOnly import CStemmer

/// Why a Snowball stemmer could not be created.
public struct SnowballAlgorithmError: Error, Sendable, CustomStringConvertible {
    /// The algorithm asked for.
    public let algorithm: String
    public var description: String { "libstemmer has no UTF-8 stemmer named '\(algorithm)'" }
}

/// Any of Snowball's stemmers (`libstemmer`), by algorithm name, with a cache of recent stems.
///
/// ROUGE's `rouge-score` profile uses `porter`, Snowball's implementation of Porter's original
/// 1980 algorithm (NLTK, which rouge-score calls, adds its own extensions: see
/// `Evaluation/rouge/DIFFERENCES.md`). Input must already be lowercase. An instance reuses
/// libstemmer's result buffer: it is not thread-safe; use one per thread.
public final class SnowballStemmer {
    let stemmer: OpaquePointer
    var cache: [String: String] = [:]
    let cacheLimit: Int
    /// The algorithm's name, as libstemmer knows it (`porter`, `french`, `english`).
    public let algorithm: String

    /// Opens one of libstemmer's algorithms.
    public init(algorithm: String, cacheLimit: Int = 200_000) throws(SnowballAlgorithmError) {
        guard let opened = sb_stemmer_new(algorithm, "UTF_8") else { throw SnowballAlgorithmError(algorithm: algorithm) }
        stemmer = opened
        self.algorithm = algorithm
        self.cacheLimit = cacheLimit
    }

    deinit { sb_stemmer_delete(stemmer) }

    /// The algorithms libstemmer offers.
    public static var algorithms: [String] {
        var names: [String] = []
        guard var list = sb_stemmer_list() else { return names }
        while let name = list.pointee {
            names.append(String(cString: name))
            list += 1
        }
        return names
    }

    /// The stem of a lowercase word.
    public func stem(_ word: String) -> String {
        if let known = cache[word] { return known }
        var copy = word
        let result = copy.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress,
                let stemmed = sb_stemmer_stem(stemmer, base, Int32(bytes.count))
            else { return String(decoding: bytes, as: UTF8.self) }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
        }
        if cache.count >= cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[word] = result
        return result
    }
}
