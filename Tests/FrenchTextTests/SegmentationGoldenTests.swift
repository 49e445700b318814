import Foundation
import FrenchText
import Testing

/// One row of `Fixtures/segmentation-golden.tsv`: a text with `÷` where sentences start.
struct GoldenCase: CustomTestStringConvertible, Sendable {
    let id: Int
    let rule: String
    let text: String
    let expected: [String]
    let paragraphs: [Int]?

    var testDescription: String { "#\(id) \(rule)" }

    /// Parses the table; `÷` marks a sentence start, `\n` `\r` `\t` `\\` are escapes.
    static func load() throws -> [GoldenCase] {
        let table = try TestSupport.fixture("segmentation-golden.tsv")
        var cases: [GoldenCase] = []
        var sawHeader = false
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, line) in lines.enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            guard sawHeader else {
                sawHeader = true
                continue
            }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            // A malformed row names its line rather than trapping on a missing cell.
            guard cells.count >= 3, let id = Int(cells[0]) else {
                throw MalformedRow(line: offset + 1, reason: "expected id<TAB>rule<TAB>marked text[<TAB>paragraphs]")
            }
            let marked = unescape(cells[2])
            let pieces = marked.split(separator: "÷", omittingEmptySubsequences: false)
            let expected = pieces.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            let paragraphs =
                cells.count > 3 && !cells[3].isEmpty ? cells[3].split(separator: ",").compactMap { Int($0) } : nil
            cases.append(
                GoldenCase(
                    id: id, rule: cells[1], text: marked.replacingOccurrences(of: "÷", with: ""),
                    expected: expected, paragraphs: paragraphs))
        }
        return cases
    }

    /// A row of the table that does not have the columns the loader reads.
    struct MalformedRow: Error, CustomStringConvertible {
        let line: Int
        let reason: String
        var description: String { "segmentation-golden.tsv:\(line): \(reason)" }
    }

    static func unescape(_ cell: String) -> String {
        var result = ""
        var escaping = false
        for character in cell {
            if escaping {
                switch character {
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "t": result.append("\t")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

@Suite("French golden rules of sentence segmentation")
struct SegmentationGoldenTests {
    static let cases: [GoldenCase] = (try? GoldenCase.load()) ?? []

    @Test("the table has at least 80 numbered cases covering every rule")
    func tableIsComplete() throws {
        let cases = try GoldenCase.load()
        #expect(cases.count >= 80)
        #expect(cases.map(\.id) == Array(1...cases.count))
        let rules = Set(cases.map(\.rule))
        for rule in [
            "abbrev-title", "abbrev-rank", "abbrev-ref", "abbrev-etc", "era", "initials", "numbers", "url-email",
            "incise", "quote-close", "ellipsis", "risky-cldr", "layout-headline", "layout-wrap", "paragraph", "nbsp",
        ] {
            #expect(rules.contains(rule), "no case for rule \(rule)")
        }
    }

    @Test(arguments: cases)
    func golden(_ golden: GoldenCase) throws {
        let segmenter = try SentenceSegmenter(rules: TestSupport.rules())
        let buffer = UTF16Text(golden.text)
        let sentences = segmenter.sentences(in: buffer)
        #expect(sentences.map { buffer.substring($0.range) } == golden.expected)
        if let paragraphs = golden.paragraphs {
            #expect(sentences.map(\.paragraph) == paragraphs)
        }
    }
}
