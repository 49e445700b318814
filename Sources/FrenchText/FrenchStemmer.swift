@_implementationOnly import CStemmer

/// Why Snowball's French stemmer could not be created.
public struct StemmerError: Error, Sendable, CustomStringConvertible {
    public var description: String { "libstemmer has no French UTF-8 stemmer" }
}

/// Snowball's French stemmer (`libstemmer`), with a cache of recent stems.
///
/// Input is lowercased first: Snowball expects lowercase ("Cyberattaques" would keep its
/// capital and lose the match). An instance reuses libstemmer's result buffer: it is not
/// thread-safe; use one per thread.
public final class FrenchStemmer {
    let stemmer: OpaquePointer
    var cache: [String: String] = [:]
    /// Entries kept before the cache is cleared; bounds memory on huge batches.
    let cacheLimit: Int

    /// Opens libstemmer's French algorithm.
    public init(cacheLimit: Int = 200_000) throws(StemmerError) {
        guard let opened = sb_stemmer_new("french", "UTF_8") else { throw StemmerError() }
        stemmer = opened
        self.cacheLimit = cacheLimit
    }

    deinit { sb_stemmer_delete(stemmer) }

    /// The stem of a word, lowercased.
    ///
    /// The word is put in NFC first: Snowball sees "é" as one letter only when it is composed,
    /// and the cache's String keys treat "é" and "e + ◌́" as equal, so without NFC the stem of a
    /// decomposed word would depend on which spelling the cache met first.
    public func stem(_ word: String) -> String {
        if let known = cache[word] { return known }
        var lower = word.lowercased()
        if !lower.utf8.allSatisfy({ $0 < 0x80 }),
            let composed = try? Normalizer(
                options: NormalizationOptions(form: .nfc, caseFold: false, typography: false)
            ).normalize(UTF16Text(lower))
        {
            lower = composed.text
        }
        let result = lower.withUTF8 { bytes -> String in
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
