import FrenchText
import Testing

@testable import Summarization

/// The summarizer's per-form cache: what it computes once per form must equal what the general
/// String and Snowball calls give.
@Suite("TokenCache: per-form facts")
struct TokenCacheTests {
    @Test("the Latin-1 lowercase agrees with String.lowercased() on every unit below U+0100")
    func latin1Lowercase() {
        for unit in UInt16(0)..<0x100 {
            let form = [unit]
            let fast = form.withUnsafeBufferPointer { TokenCache.latin1Lowercase($0) }
            #expect(fast == String(decoding: form, as: UTF16.self).lowercased(), "U+\(String(unit, radix: 16))")
        }
        let word = Array("ÉTAT-MAJOR".utf16)
        #expect(word.withUnsafeBufferPointer { TokenCache.latin1Lowercase($0) } == "état-major")
        let polish = Array("Łódź".utf16)
        #expect(polish.withUnsafeBufferPointer { TokenCache.latin1Lowercase($0) } == nil)
    }

    @Test("case variants of a word share its stem and list flags, and keep their own capital flags")
    func caseVariants() throws {
        let cache = TokenCache(stemmer: try FrenchStemmer(cacheLimit: 0), stopwords: ["les"])
        let text = UTF16Text("les Gendarmes LES gendarmes GENDARMES Les")
        let tokens = try WordTokenizer(elisions: []).tokens(in: text)
        cache.beginArticle()
        let facts = cache.facts(of: tokens, in: text.units)
        try #require(facts.count == 6)
        let stems = facts.map(\.localStem)
        #expect(stems == [0, 1, 0, 1, 1, 0])
        #expect(facts.map(\.isStopWord) == [true, false, true, false, false, true])
        #expect(facts.map(\.isCapitalised) == [false, true, true, false, true, true])
        #expect(facts.map(\.isAcronym) == [false, false, true, false, true, false])
        // Each case is its own lowercase-id owner only once: "les" and "gendarmes".
        #expect(Set(facts.map(\.localLower)).count == 2)
    }
}
