import Foundation
import FrenchText
import Testing

/// The real article of `../shared/examples`, as scraped: headline, glued label, dateline, photo
/// credit, byline. Its text stays outside the repository; the expected sentences are offsets.
@Suite("The real Le360 article")
struct RealArticleTests {
    static let article = TestSupport.shared.appendingPathComponent("examples/le360-2022-05-27-hammouchi-qatar.txt")

    @Test(
        "segments into its headline, dateline, credit, byline and prose sentences",
        .enabled(if: FileManager.default.fileExists(atPath: article.path), "../shared/examples is absent: skipped"))
    func segmentation() throws {
        let text = try String(contentsOf: Self.article, encoding: .utf8)
        let expected = try TestSupport.fixture("le360-example-sentences.tsv")
            .split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
            .map { $0.split(separator: "\t").compactMap { Int($0) } }
        let buffer = UTF16Text(text)
        let sentences = try SentenceSegmenter(rules: TestSupport.rules()).sentences(in: buffer)
        let bounds = OffsetConverter(buffer).convert(
            sentences.flatMap { [$0.range.lowerBound, $0.range.upperBound] }, to: .scalar)
        let actual = sentences.indices.map { [bounds[2 * $0], bounds[2 * $0 + 1], sentences[$0].paragraph] }
        #expect(actual == expected)
        // The headline, the dateline and the photo credit stand alone.
        let texts = sentences.map { buffer.substring($0.range) }
        #expect(texts.contains("Le 27/05/2022 à 17h53"))
        #expect(texts.contains("DR"))
        // The label a scraper glued to the first sentence ("DiaporamaEn marge…") is cut from it.
        #expect(texts.contains("Diaporama"))
        #expect(texts.first?.hasPrefix("Sécurité de la Coupe du monde 2022") == true)
    }
}
