import Foundation
import Testing

@testable import Glossary

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Renderers: per-article JSONL, inline gloss, batch TSV/CSV/TBX/Markdown/JSONL")
struct RendererTests {
    static let articles: [(id: String, title: String?, text: String)] = [
        (
            "a1", "Frappes aériennes : l’OTAN réagit",
            "Le ministère de l’Intérieur a confirmé\u{00A0}: des frappes aériennes ont visé la RDC. "
                + "La Direction générale de la sécurité extérieure (DGSE) enquête ; la DGSE dément."
        ),
        ("a2", nil, "Les relations bilatérales, \"la sécurité\" et un cessez-le-feu, sécurité publique | garde à vue."),
    ]

    static func glossaries() -> [ArticleGlossary] {
        let builder = ArticleGlossaryBuilder(matcher: GlossaryTestSupport.matcher, segmenter: nil)
        return articles.map { builder.glossary(id: $0.id, title: $0.title, text: $0.text) }
    }

    static func batch() -> BatchGlossary {
        var batch = BatchGlossary()
        for article in glossaries() { batch.add(article, entries: GlossaryTestSupport.entries) }
        return batch
    }

    @Test("a term's example: the sentence of its first occurrence in prose, found by binary search")
    func exampleChoice() {
        let sentences = [0..<5, 6..<10, 10..<20, 25..<30]
        let found = [0, 4, 5, 6, 10, 19, 20, 27, 30].map { ArticleGlossaryBuilder.sentence(holding: $0, in: sentences) }
        #expect(found == [0, 0, nil, 1, 2, 2, nil, 3, nil])
        #expect(ArticleGlossaryBuilder.sentence(holding: 3, in: []) == nil)
        let occurrences = [2, 12, 27].map { Match(entry: 0, form: 0, range: $0..<($0 + 2)) }
        // Without a prose filter, the first occurrence's sentence.
        #expect(ArticleGlossaryBuilder.example(of: occurrences, sentences: sentences, prose: nil) == 0..<5)
        // The first two sentences are furniture; the third's prose part starts after a cut label.
        let prose: [Range<Int>?] = [nil, nil, 11..<20, 25..<30]
        #expect(ArticleGlossaryBuilder.example(of: occurrences, sentences: sentences, prose: prose) == 11..<20)
        // An occurrence inside the cut label does not count; every occurrence in furniture: the first's sentence.
        let labelled = [Match(entry: 0, form: 0, range: 10..<11)]
        #expect(ArticleGlossaryBuilder.example(of: labelled, sentences: sentences, prose: prose) == 10..<20)
        #expect(ArticleGlossaryBuilder.example(of: [], sentences: sentences, prose: prose) == nil)
    }

    @Test("per-article JSONL, scalar offsets")
    func articleJSONL() throws {
        let renderer = ArticleJSONLRenderer(entries: GlossaryTestSupport.entries)
        let output = Self.glossaries().map { String(decoding: renderer.line($0), as: UTF8.self) }.joined()
        try GlossaryTestSupport.assertSnapshot(output, named: "articles.jsonl")
        // Every surface is the text between the offsets (scalar offsets, Python indices).
        for line in output.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = object["id"] as? String
            let text = Array(Self.articles.first { $0.id == id }?.text.unicodeScalars ?? "".unicodeScalars)
            for term in object["terms"] as? [[String: Any]] ?? [] {
                for occurrence in term["occurrences"] as? [[String: Any]] ?? [] {
                    let start = try #require(occurrence["start"] as? Int)
                    let end = try #require(occurrence["end"] as? Int)
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: text[start..<end])
                    #expect(String(view) == occurrence["surface"] as? String)
                }
            }
        }
    }

    @Test("inline gloss after the first occurrence of each term")
    func gloss() throws {
        let renderer = InlineGlossRenderer(entries: GlossaryTestSupport.entries)
        let output = Self.glossaries().map { glossary -> String in
            let glossed = renderer.render(glossary)
            return (glossed.title.map { $0 + "\n" } ?? "") + glossed.text + "\n"
        }.joined(separator: "\n")
        try GlossaryTestSupport.assertSnapshot(output, named: "gloss.txt")
        #expect(output.contains("ministère de l’Intérieur [Ministry of the Interior]"))
    }

    @Test("an inline gloss that would repeat the French says more, or nothing (the repository's lexicon)")
    func glossSaysMore() throws {
        let builder = try GlossaryTestSupport.repositoryBuilder()
        let matcher = builder.matcher
        let text = """
            Appuyés par le RAID, les policiers de la Sûreté du Québec ont interpellé deux hommes \
            soupçonnés de radicalisation, signalés par Frontex et par la Direction générale de la \
            sécurité intérieure.
            """
        let glossed = InlineGlossRenderer(entries: matcher.entries).render(
            builder.glossary(id: "a", title: nil, text: text)
        )
        .text
        // The same word in English: the first alternative that is more than a spelling or an abbreviation.
        #expect(glossed.contains("le RAID [French National Police elite tactical unit]"))
        #expect(glossed.contains("Sûreté du Québec [Quebec provincial police]"))
        #expect(glossed.contains("Frontex [European Border and Coast Guard Agency]"))
        // Nothing more to say ("radicalization" is a spelling): no gloss.
        #expect(glossed.contains("de radicalisation, signalés"))
        // A common word takes an explanation, never a one-word synonym ("corruption": "bribery").
        let common = InlineGlossRenderer(entries: matcher.entries).render(
            builder.glossary(
                id: "b", title: nil, text: "Un go-fast a été intercepté ; l'enquête pour corruption se poursuit.")
        ).text
        #expect(common.contains("Un go-fast [high-speed drug run] a été"))
        #expect(common.contains("pour corruption se poursuit"))
        // A rendering that differs is shown as it is.
        #expect(glossed.contains("interpellé [arrested]"))
        #expect(glossed.contains("sécurité intérieure [General Directorate for Internal Security]"))
    }

    @Test("batch glossary formats", arguments: BatchGlossaryFormat.allCases)
    func batchFormats(_ format: BatchGlossaryFormat) throws {
        let output = try format.render(Self.batch())
        try GlossaryTestSupport.assertSnapshot(output, named: "batch-glossary.\(format.rawValue)")
    }

    @Test("the TBX is well-formed XML with one conceptEntry per term")
    func tbxIsXML() throws {
        let batch = Self.batch()
        let data = Data(try BatchGlossaryFormat.tbx.render(batch).utf8)
        let parser = XMLParser(data: data)
        let counter = ElementCounter()
        parser.delegate = counter
        #expect(parser.parse())
        #expect(try counter.counts["conceptEntry"] == batch.allTerms().count)
        // And it imports back.
        let imported = TBXImporter.importTerms(data, path: "b.tbx", defaults: ImportDefaults(source: "x", idPrefix: ""))
        #expect(try imported.entries.map(\.fr) == batch.allTerms().map(\.entry.fr))
        #expect(try imported.entries.map(\.en) == batch.allTerms().map(\.entry.en))
    }

    @Test("counts only for the formats that print no articles: the same TSV and CSV, no lists kept")
    func countsOnly() throws {
        var counts = BatchGlossary(keepingArticles: false)
        for article in Self.glossaries() { counts.add(article, entries: GlossaryTestSupport.entries) }
        let whole = Self.batch()
        #expect(try whole.allTerms().contains { !$0.articles.isEmpty })
        #expect(try counts.allTerms().allSatisfy { $0.articles.isEmpty && $0.ordinals.isEmpty })
        #expect(try counts.allTerms().map(\.count) == whole.allTerms().map(\.count))
        for format in BatchGlossaryFormat.allCases where !format.listsArticles {
            #expect(try format.render(counts) == format.render(whole))
        }
        // A run resumed from a partial output that listed articles forgets them.
        var resumed = whole
        resumed.forgetArticles()
        #expect(try resumed.allTerms() == counts.allTerms())
        resumed.add(Self.glossaries()[0], entries: GlossaryTestSupport.entries)
        #expect(try resumed.allTerms().allSatisfy { $0.articles.isEmpty })
    }

    @Test("merging shards' JSONL gives exactly the single run's batch glossary")
    func merge() throws {
        let glossaries = Self.glossaries()
        var whole = BatchGlossary()
        for article in glossaries { whole.add(article, entries: GlossaryTestSupport.entries) }
        var merged = BatchGlossary()
        for article in glossaries {
            var shard = BatchGlossary()
            shard.add(article, entries: GlossaryTestSupport.entries)
            let text = try BatchGlossaryFormat.jsonl.render(shard)
            try merged.merge(BatchGlossaryReader.read(Data(text.utf8), path: "shard.jsonl"))
        }
        for format in BatchGlossaryFormat.allCases {
            #expect(try format.render(merged) == format.render(whole))
        }
    }

    @Test(
        "shards whose articles interleave in the input merge back into input order, in either order; a shard line whose ordinals go backwards is refused"
    )
    func interleavedShards() throws {
        let builder = ArticleGlossaryBuilder(matcher: GlossaryTestSupport.matcher, segmenter: nil)
        // Eight articles, all with the first text and every other one with the second too,
        // scattered over two shards as a hash of ids would.
        let (first, second) = (Self.articles[0].text, Self.articles[1].text)
        let glossaries = (0..<8).map { index in
            builder.glossary(id: "n\(index + 1)", title: nil, text: index % 2 == 0 ? first : first + "\n\n" + second)
        }
        let shardOf = [0, 1, 1, 0, 0, 0, 1, 1]
        var whole = BatchGlossary()
        var shards = [BatchGlossary(), BatchGlossary()]
        for (index, article) in glossaries.enumerated() {
            whole.add(article, entries: GlossaryTestSupport.entries)
            shards[shardOf[index]].add(article, entries: GlossaryTestSupport.entries, ordinal: index + 1)
        }
        let texts = try shards.map { try BatchGlossaryFormat.jsonl.render($0) }
        for order in [[0, 1], [1, 0]] {
            var merged = BatchGlossary()
            for shard in order {
                try merged.merge(BatchGlossaryReader.read(Data(texts[shard].utf8), path: "shard-\(shard).jsonl"))
            }
            #expect(
                try BatchGlossaryFormat.jsonl.render(try merged.withoutOrdinals)
                    == BatchGlossaryFormat.jsonl.render(whole))
        }
        // Some term is in articles of both shards, so the merge had to interleave them.
        #expect(try whole.allTerms().contains { $0.articles.count == 8 })
        let backwards = texts[0].replacingOccurrences(of: "\"ordinals\":[1,4,5,6]", with: "\"ordinals\":[1,5,4,6]")
        #expect(backwards != texts[0])
        #expect {
            _ = try BatchGlossaryReader.read(Data(backwards.utf8), path: "shard-0.jsonl")
        } throws: { error in
            "\(error)".contains("shard-0.jsonl:") && "\(error)".contains("ordinals not in increasing input order")
        }
    }

    @Test("TBX and Markdown name a term's first 20 articles and count the rest; the JSONL lists them all")
    func articleListsCapped() throws {
        let builder = ArticleGlossaryBuilder(matcher: GlossaryTestSupport.matcher, segmenter: nil)
        var batch = BatchGlossary()
        for index in 1...25 {
            let article = builder.glossary(id: "p\(index)", title: nil, text: Self.articles[0].text)
            batch.add(article, entries: GlossaryTestSupport.entries)
        }
        let listed = (1...20).map { "p\($0)" }.joined(separator: ", ") + " and 5 more"
        #expect(try BatchGlossaryFormat.tbx.render(batch).contains("articles: \(listed)</note>"))
        #expect(try BatchGlossaryFormat.md.render(batch).contains("| \(listed) |"))
        #expect(try !BatchGlossaryFormat.tbx.render(batch).contains("p21"))
        #expect(try BatchGlossaryFormat.jsonl.render(batch).contains("\"p25\"]"))
    }

    @Test("a gloss that closes an English rendering in brackets is the TBX term's note")
    func tbxGlosses() {
        #expect(TBXRenderer.splitGloss("hakem (prefect)") == ("hakem", "prefect"))
        #expect(
            TBXRenderer.splitGloss("Special Criminal Court (Central African Republic)")
                == ("Special Criminal Court", "Central African Republic"))
        #expect(TBXRenderer.splitGloss("CRS (riot police) officer") == ("CRS (riot police) officer", nil))
        #expect(TBXRenderer.splitGloss("(approx.)") == ("(approx.)", nil))
        #expect(TBXRenderer.splitGloss("public prosecutor") == ("public prosecutor", nil))
        let section = TBXRenderer.langSec("en", [("BAC (plain-clothes anti-crime unit)", "admittedTerm-admn-sts")])
        #expect(section.contains("<term>BAC</term>"))
        #expect(section.contains("<note>plain-clothes anti-crime unit</note>\n          </termSec>"))
    }

    @Test("CSV fields are quoted per RFC 4180")
    func csvQuoting() {
        #expect(GoogleCSVRenderer.field("a, b") == "\"a, b\"")
        #expect(GoogleCSVRenderer.field("dit \"non\"") == "\"dit \"\"non\"\"\"")
        #expect(GoogleCSVRenderer.field("plain") == "plain")
    }
}

final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        counts[name, default: 0] += 1
    }
}
