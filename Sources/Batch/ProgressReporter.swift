import Foundation

/// A one-line progress display on stderr: records done and rate, refreshed at most 5 times a
/// second. Only when stderr is a terminal, unless forced: logs and pipes stay clean.
public final class ProgressReporter {
    let enabled: Bool
    let start = ContinuousClock.now
    var lastDraw = ContinuousClock.now
    /// The length of the progress line on screen, 0 when there is none (cleared or ended).
    var drawnLength = 0
    /// Where the line goes: stderr, or a test's buffer.
    let write: (String) -> Void

    /// `forced` nil means: on when stderr is a terminal.
    public convenience init(forced: Bool?) {
        self.init(forced: forced) { FileHandle.standardError.write(Data($0.utf8)) }
    }

    init(forced: Bool?, write: @escaping (String) -> Void) {
        enabled = forced ?? (isatty(2) != 0)
        self.write = write
    }

    /// Reports that `done` records have been handled.
    public func update(_ done: Int) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - lastDraw >= .milliseconds(200) else { return }
        lastDraw = now
        draw(done)
    }

    /// Blanks the progress line, so that a diagnostic written next starts at the beginning of
    /// an empty line instead of after the count; the next update draws it again.
    public func clear() {
        guard drawnLength > 0 else { return }
        // Spaces rather than an escape sequence: a forced display in a log stays plain text.
        write("\r" + String(repeating: " ", count: drawnLength) + "\r")
        drawnLength = 0
    }

    /// Draws the last state and ends the line.
    public func finish(_ done: Int) {
        guard enabled else { return }
        draw(done)
        write("\n")
        drawnLength = 0
    }

    func draw(_ done: Int) {
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let rate = seconds > 0 ? Int(Double(done) / seconds) : 0
        let line = "precis: \(done) records, \(rate)/s"
        // Spaces over what a longer line before it left.
        write("\r" + line + String(repeating: " ", count: max(0, drawnLength - line.count)))
        drawnLength = max(drawnLength, line.count)
    }
}
