import Testing

@testable import Batch

/// A buffer the reporter writes to, read back as the terminal would show it.
final class TerminalBuffer: @unchecked Sendable {
    var text = ""

    /// The lines a terminal shows: a carriage return starts the line again, and what is written
    /// after it covers what was there.
    var screen: [String] {
        var lines: [String] = []
        var line: [Character] = []
        var column = 0
        for character in text {
            switch character {
            case "\n":
                lines.append(String(line))
                line = []
                column = 0
            case "\r":
                column = 0
            default:
                if column < line.count { line[column] = character } else { line.append(character) }
                column += 1
            }
        }
        if !line.isEmpty { lines.append(String(line)) }
        return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }
}

@Suite("Progress on stderr")
struct ProgressReporterTests {
    @Test("a diagnostic written after clear() is on a line of its own, not after the count")
    func clearBeforeDiagnostic() {
        let buffer = TerminalBuffer()
        let progress = ProgressReporter(forced: true) { buffer.text += $0 }
        progress.draw(1_200)
        progress.clear()
        buffer.text += "articles.jsonl:7: error: expected a JSON object\n"
        progress.draw(1_500)
        progress.finish(2_000)
        #expect(buffer.screen.count == 2)
        #expect(buffer.screen.first == "articles.jsonl:7: error: expected a JSON object")
        #expect(buffer.screen.last?.hasPrefix("precis: 2000 records, ") == true)
    }

    @Test("a shorter count leaves no digits of a longer one; nothing is written unless enabled")
    func redraw() {
        let buffer = TerminalBuffer()
        let progress = ProgressReporter(forced: true) { buffer.text += $0 }
        progress.draw(123_456_789)
        progress.draw(5)
        #expect(buffer.screen.count == 1)
        // "precis: 5 records, <rate>/s" and spaces only: no digit of the longer count is left.
        // (Not "contains 789": the rate itself may hold those digits on a slow machine.)
        let shown = buffer.screen.first ?? ""
        #expect(shown.hasPrefix("precis: 5 records, "))
        let rest = shown.dropFirst("precis: 5 records, ".count)
        let rate = rest.prefix { $0.isNumber }
        #expect(!rate.isEmpty && rest.dropFirst(rate.count).hasPrefix("/s"))
        #expect(rest.dropFirst(rate.count + 2).allSatisfy { $0 == " " })
        let silent = TerminalBuffer()
        let off = ProgressReporter(forced: false) { silent.text += $0 }
        off.update(10)
        off.clear()
        off.finish(10)
        #expect(silent.text.isEmpty)
    }
}
