@_implementationOnly import CICU
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
    /// Entries kept before the cache is cleared; bounds memory on huge batches. 0: no cache,
    /// for a caller that keeps its own per word form (the summarizer's token cache).
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
        if cacheLimit > 0, let known = cache[word] { return known }
        let result = stem(lowercase: word.lowercased())
        if cacheLimit > 0 {
            if cache.count >= cacheLimit { cache.removeAll(keepingCapacity: true) }
            cache[word] = result
        }
        return result
    }

    /// The stem of a word the caller has already lowercased (`String.lowercased()`), uncached.
    public func stem(lowercase word: String) -> String {
        var lower = word
        // Every scalar below U+0300 (UTF-8 lead bytes below 0xCC) is NFC as it stands.
        if !lower.utf8.allSatisfy({ $0 < 0xCC }), !FrenchStemmer.isNFC(lower),
            let composed = try? Normalizer(
                options: NormalizationOptions(form: .nfc, caseFold: false, typography: false)
            ).normalize(UTF16Text(lower))
        {
            lower = composed.text
        }
        return lower.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress,
                let stemmed = sb_stemmer_stem(stemmer, base, Int32(bytes.count))
            else { return String(decoding: bytes, as: UTF8.self) }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
        }
    }

    /// Whether a text is already in NFC, by ICU's quick check (almost every word is): the full
    /// normalizer, with its offset maps, only runs for the others.
    static func isNFC(_ text: String) -> Bool {
        var status = U_ZERO_ERROR
        guard let nfc = cicu_nfc(&status), status.rawValue <= U_ZERO_ERROR.rawValue else { return false }
        let units = Array(text.utf16)
        let span = units.withUnsafeBufferPointer {
            cicu_spanQuickCheckYes(nfc, $0.baseAddress, Int32($0.count), &status)
        }
        return status.rawValue <= U_ZERO_ERROR.rawValue && Int(span) == units.count
    }
}
