import Foundation
import FrenchText
import SharedTestSupport

/// Paths and shared objects for the FrenchText tests.
enum TestSupport {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `Lexicons/fr` in the repository.
    static let frenchLexicons = root.appendingPathComponent("Lexicons/fr").path

    /// `../shared` beside the repository, when present (CI always has it).
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// The segmentation rules of the repository.
    static func rules() throws -> SegmentationRules {
        try SegmentationRules.load(directory: frenchLexicons)
    }

    /// A fixture file's text.
    static func fixture(_ name: String) throws -> String {
        let url = root.appendingPathComponent("Tests/FrenchTextTests/Fixtures").appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Sentence texts of `text` as the segmenter returns them.
    static func sentenceTexts(_ text: String, segmenter: SentenceSegmenter) -> [String] {
        let buffer = UTF16Text(text)
        return segmenter.sentences(in: buffer).map { buffer.substring($0.range) }
    }
}

/// Scratch folders for tests.
enum FileManagerSupport {
    /// A new empty temporary directory.
    static func temporaryDirectory() -> String {
        let url = ScratchFolder.root.appendingPathComponent("precis-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}
