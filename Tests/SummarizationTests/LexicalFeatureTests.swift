import Foundation
import FrenchText
import SharedTestSupport
import Summarization
import Testing

@Suite("Features learned from summaries and position × length interactions")
struct LexicalFeatureTests {
    /// A short news story in the OrangeSum style: a one-line lede, then the facts.
    static let story = """
        La scène a duré quelques secondes.

        Mardi matin à Marseille, un incendie s'est déclaré dans un entrepôt de la zone portuaire, \
        obligeant les pompiers à évacuer près de deux cents salariés des bâtiments voisins.

        Selon la préfecture, aucune victime n'est à déplorer. Les causes du sinistre restent inconnues.
        """

    static func features(_ text: String, resources: SummarizerResources? = nil) throws -> [FeatureVector] {
        let summarizer =
            try resources.map { try Summarizer(resources: $0) } ?? SummarizationSupport.summarizer()
        return summarizer.summarize(Article(id: "s", text: text), budget: .sentences(2)).sentences.map(\.features)
    }

    @Test("dates: a sentence naming a day or a month")
    func dates() throws {
        let features = try Self.features(Self.story)
        #expect(features.map { $0[.dates] } == [0, 1, 0, 0])
        let july = try Self.features("Le texte sera examiné en juillet par les sénateurs. Il divise la majorité.")
        #expect(july.map { $0[.dates] } == [1, 0])
    }

    @Test("after_lede: the second sentence, after a first one of fewer than 12 words")
    func afterLede() throws {
        let features = try Self.features(Self.story)
        #expect(features.map { $0[.afterLede] } == [0, 1, 0, 0])
        let long = try Self.features(
            "Le Premier ministre a présenté mercredi devant l'Assemblée nationale les grandes lignes de sa réforme "
                + "des retraites. Les syndicats ont aussitôt appelé à manifester.")
        #expect(long.map { $0[.afterLede] } == [0, 0])
    }

    @Test("second_length: the length feature of the second sentence only")
    func secondLength() throws {
        let features = try Self.features(Self.story)
        #expect(features[1][.secondLength] == features[1][.length])
        #expect(features[1][.secondLength] > 0.5)
        for index in [0, 2, 3] { #expect(features[index][.secondLength] == 0) }
    }

    @Test("summary_worthiness: mean prior of content stems, relative to the article's best sentence")
    func summaryWorthiness() throws {
        let loaded = try SummarizerResources.load(directory: SummarizationSupport.lexicons)
        // "incendie" and "pompiers" almost always reach the summary; "préfecture" never.
        let table = SummaryWorthiness(counts: [
            "incend": (100, 90), "pompi": (100, 80), "préfectur": (100, 0), "caus": (100, 0),
        ])
        let resources = SummarizerResources(
            segmentation: loaded.segmentation, elisions: loaded.elisions, cleanup: loaded.cleanup,
            weights: loaded.weights, stopwords: loaded.stopwords, titles: loaded.titles, worthiness: table,
            dateWords: loaded.dateWords)
        let features = try Self.features(Self.story, resources: resources)
        let values = features.map { $0[.summaryWorthiness] }
        #expect(values[1] == 1)
        #expect(values.allSatisfy { (0...1).contains($0) })
        #expect(values[2] < values[0] && values[3] < values[0])
        // With the shipped table, the sentence with the facts beats the lede.
        let shipped = try Self.features(Self.story).map { $0[.summaryWorthiness] }
        #expect(shipped.max() == 1)
        #expect(shipped[1] > shipped[0])
    }

    @Test("the worthiness prior: counts smoothed toward the overall rate")
    func smoothing() {
        let table = SummaryWorthiness(counts: ["a": (10, 10), "b": (10, 0)])
        #expect(table.defaultPrior == 0.5)
        #expect(abs(table.prior(ofStem: "a") - 20.0 / 30.0) < 1e-12)
        #expect(abs(table.prior(ofStem: "b") - 10.0 / 30.0) < 1e-12)
        #expect(table.prior(ofStem: "inconnu") == 0.5)
    }

    @Test("a malformed worthiness table is refused with its line")
    func malformedTable() throws {
        let path = ScratchFolder.root.appendingPathComponent("worthiness-\(UUID()).tsv").path
        try "# test\nstem\tarticles\tin_summary\nincend\t10\t4\npompi\t3\t7\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: DataFileError.self) { try SummaryWorthiness.load(path: path) }
        do {
            _ = try SummaryWorthiness.load(path: path)
        } catch {
            #expect(error.line == 4)
        }
        try "stem\tarticles\tin_summary\nincend\t10\t4\n\npompi\t3\t1\nincend\t5\t1\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        #expect(
            throws: DataFileError(path: path, line: 5, message: "duplicate stem 'incend' (first on line 2)")
        ) { try SummaryWorthiness.load(path: path) }
        let shipped = try SummaryWorthiness.load(
            path: SummarizationSupport.lexicons + "/" + SummaryWorthiness.fileName)
        #expect(shipped.priors.count > 10_000)
        #expect((0.01...0.5).contains(shipped.defaultPrior))
    }

    @Test("entities: every mention counts toward an entity's salience, repeated ones in a sentence included")
    func entityFrequency() throws {
        // Nador: once in the first sentence, twice in the second (frequency 3); the other names once.
        let text =
            "Les élus de Nador ont rencontré Karim Benali. Le port de Nador et la ville de Nador attendent. "
            + "Le ministre Omar Tazi a répondu."
        let features = try Self.features(text).map { $0[.entities] }
        try #require(features.count == 3)
        // Salience 1 + ln(frequency): the first sentence is the richest, (1 + ln 3) + 1 + 1.
        let richest = (1 + log(3.0)) + 2
        #expect(features[0] == 1)
        #expect(abs(features[1] - (1 + log(3.0)) / richest) < 1e-12)
        #expect(abs(features[2] - 2 / richest) < 1e-12)
    }

    @Test("the worthiness table: priors from its counts; bad counts and repeated stems named with their lines")
    func worthinessFile() throws {
        let path = ScratchFolder.root.path + "/precis-worthiness-\(getpid()).tsv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let header = "# test\nstem\tarticles\tin_summary\n"
        try (header + "préfet\t10\t5\nattaqu\t30\t0\n").write(toFile: path, atomically: true, encoding: .utf8)
        let table = try SummaryWorthiness.load(path: path)
        let rate = 5.0 / 40.0
        let expected: Double = (5 + 20 * rate) / (10 + 20)
        #expect(table.defaultPrior == rate)
        #expect(table.prior(ofStem: "préfet") == expected)
        #expect(table.prior(ofStem: "inconnu") == table.defaultPrior)
        for (rows, line, message) in [
            ("a\t3\t4\n", 3, "expected counts 0 ≤ in_summary ≤ articles, found '3' and '4'"),
            ("a\t+3\t1\n", 3, "expected counts 0 ≤ in_summary ≤ articles, found '+3' and '1'"),
            ("a\t3\t1\nb\t2\t1\na\t5\t1\n", 5, "duplicate stem 'a' (first on line 3)"),
        ] {
            try (header + rows).write(toFile: path, atomically: true, encoding: .utf8)
            #expect(throws: DataFileError(path: path, line: line, message: message)) {
                try SummaryWorthiness.load(path: path)
            }
        }
    }
}
