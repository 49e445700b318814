import Foundation
import Testing

/// `--help` of every command, as a user reads it in an 80-column terminal.
@Suite("Help pages")
struct HelpTests {
    /// Every command and subcommand, as typed after `precis`.
    static let commands: [[String]] = [
        [], ["segment"], ["normalize"], ["tokenize"], ["summarize"], ["digest"], ["merge"], ["evaluate"],
        ["glossary", "extract"], ["glossary", "merge"], ["lexicon", "check"], ["lexicon", "import"],
        ["benchmark", "segment"], ["benchmark", "rouge"], ["benchmark", "glossary"],
    ]

    /// The longest line argument-parser writes in an 80-column terminal: it keeps the last column
    /// free.
    static let width = 79

    static func help(_ command: [String], columns: Int) throws -> [Substring] {
        let result = try CLI.run(command + ["--help"], environment: ["COLUMNS": String(columns)])
        #expect(result.status == 0, "precis \(command.joined(separator: " ")) --help")
        return result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The discussion's prose is filled to the width, not broken where the source's lines end:
    /// argument-parser wraps each line it is given, so a paragraph written over several source
    /// lines came out as short lines between long ones.
    @Test("prose paragraphs are filled to the terminal's width", arguments: commands)
    func proseIsFilled(_ command: [String]) throws {
        let lines = try Self.help(command, columns: 80)
        let end = lines.firstIndex { $0.hasPrefix("USAGE:") } ?? lines.endIndex
        for (line, next) in zip(lines[..<end], lines[..<end].dropFirst()) {
            // Prose lines start at the margin; indented lines are examples and formats.
            guard let first = line.first, first != " ", let nextFirst = next.first, nextFirst != " " else { continue }
            guard !line.hasSuffix(":"), !next.hasPrefix("- ") else { continue }
            let word = next.prefix { $0 != " " }
            #expect(
                line.count + 1 + word.count > Self.width,
                "precis \(command.joined(separator: " ")) --help: '\(word)' fits after '\(line)'")
        }
    }

    /// Examples and formats are indented blocks that fit in an 80-column terminal, so no line of one is
    /// wrapped onto the margin where it would read as prose.
    @Test("examples and formats fit in 80 columns", arguments: commands)
    func blocksFit(_ command: [String]) throws {
        let lines = try Self.help(command, columns: 80)
        let end = lines.firstIndex { $0.hasPrefix("USAGE:") } ?? lines.endIndex
        for line in lines[..<end] where line.hasPrefix("  ") {
            #expect(line.count <= Self.width, "precis \(command.joined(separator: " ")) --help: '\(line)'")
        }
    }

    @Test("segment --help as written (golden)")
    func segmentGolden() throws {
        let text = try Self.help(["segment"], columns: 80).joined(separator: "\n")
        try CLI.assertSnapshot(text, named: "segment-help.txt")
    }
}
