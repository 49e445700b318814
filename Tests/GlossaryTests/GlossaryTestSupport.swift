import Foundation
import SharedTestSupport
import Testing

@testable import Glossary

/// A small lexicon written for the tests, and the repository's French word lists.
enum GlossaryTestSupport {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let resources: MatcherResources = {
        (try? MatcherResources.load(directory: root.appendingPathComponent("Lexicons/fr").path))
            ?? MatcherResources(elisions: ["l", "d", "qu"])
    }()

    static func entry(
        _ id: String, _ fr: String, _ variants: [String] = [], en: String, kind: String = "test", country: String = "",
        caseRule: LexiconEntry.CaseRule = .insensitive, status: LexiconEntry.Status = .preferred, line: Int = 0
    ) -> LexiconEntry {
        LexiconEntry(
            id: id, fr: fr, variants: variants, en: en, alternatives: [], kind: kind, domain: "test", status: status,
            country: country, caseRule: caseRule, note: "", source: "tests",
            location: LexiconLocation(path: "tests.tsv", line: line))
    }

    static let entries: [LexiconEntry] = [
        entry(
            "otan", "Organisation du traité de l'Atlantique Nord", ["OTAN"], en: "North Atlantic Treaty Organization"),
        entry("interpol", "Interpol", en: "Interpol"),
        entry("min-int", "ministère de l'Intérieur", en: "Ministry of the Interior"),
        entry("interieur", "Intérieur", en: "Interior"),
        entry("cyberattaque", "cyberattaque", ["cyber-attaque"], en: "cyberattack"),
        entry("relations-bilat", "relations bilatérales", en: "bilateral relations"),
        entry("frappe-aerienne", "frappe aérienne", en: "air strike"),
        entry("dr", "DR", en: "Democratic Republic", caseRule: .sensitive),
        entry("rdc", "République démocratique du Congo", ["RDC"], en: "Democratic Republic of the Congo"),
        entry(
            "dgsn-ma", "Direction générale de la sûreté nationale", ["DGSN"],
            en: "General Directorate for National Security", country: "MA"),
        entry(
            "dgsn-dz", "Direction générale de la sûreté nationale algérienne",
            en: "General Directorate for National Security (Algeria)", country: "DZ"),
        entry("etat-urgence", "état d'urgence", en: "state of emergency"),
        entry("cessez-le-feu", "cessez-le-feu", en: "ceasefire"),
        entry("securite", "sécurité", en: "security"),
        entry("securite-publique", "sécurité publique", en: "public security"),
        entry("conseil-securite", "Conseil de sécurité", en: "Security Council"),
        entry("maison-blanche", "Maison Blanche", en: "White House", caseRule: .sensitive),
        entry("garde-a-vue", "garde à vue", en: "police custody"),
        entry("force-armee", "forces armées", en: "armed forces"),
        entry("dgse", "Direction générale de la sécurité extérieure", en: "Directorate-General for External Security"),
    ]

    static let matcher: CompiledMatcher = {
        do {
            return try CompiledMatcher(entries: entries, resources: resources)
        } catch {
            preconditionFailure("Snowball is missing: \(error)")
        }
    }()

    /// A glossary builder of the repository's own lexicon (`Lexicons/fr-en`).
    static func repositoryBuilder() throws -> ArticleGlossaryBuilder {
        let directory = root.appendingPathComponent("Lexicons/fr-en").path
        let lexicon = LexiconLoader.load(files: try LexiconLoader.files(in: directory))
        return ArticleGlossaryBuilder(
            matcher: try CompiledMatcher(entries: lexicon.entries, resources: resources), segmenter: nil)
    }

    /// (surface, entry id) of each match of `text`.
    /// A fresh path in the temporary folder, `prefix` and a UUID; the caller removes the file.
    static func temporaryPath(_ prefix: String) -> String {
        ScratchFolder.root.appendingPathComponent("\(prefix)-\(UUID().uuidString).tsv").path
    }

    static func found(_ text: String, matcher: CompiledMatcher = matcher) -> [String] {
        let units = Array(text.utf16)
        return matcher.matches(in: text).map {
            String(decoding: units[$0.range], as: UTF16.self) + " → " + matcher.entries[$0.entry].id
        }
    }

    /// Compares `actual` with `Tests/GlossaryTests/Snapshots/name` (``Snapshot/assert(_:named:in:sourceLocation:)``).
    static func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        try Snapshot.assert(
            actual, named: name, in: root.appendingPathComponent("Tests/GlossaryTests/Snapshots"),
            sourceLocation: sourceLocation)
    }
}
