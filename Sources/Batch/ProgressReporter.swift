import Foundation

/// A one-line progress display on stderr: records done and rate, refreshed at most 5 times a
/// second. Only when stderr is a terminal, unless forced: logs and pipes stay clean.
public final class ProgressReporter {
    let enabled: Bool
    let start = ContinuousClock.now
    var lastDraw = ContinuousClock.now
    var drawn = false

    /// `forced` nil means: on when stderr is a terminal.
    public init(forced: Bool?) {
        enabled = forced ?? (isatty(2) != 0)
    }

    /// Reports that `done` records have been handled.
    public func update(_ done: Int) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - lastDraw >= .milliseconds(200) else { return }
        lastDraw = now
        draw(done)
    }

    /// Draws the last state and ends the line.
    public func finish(_ done: Int) {
        guard enabled else { return }
        draw(done)
        FileHandle.standardError.write(Data("\n".utf8))
    }

    func draw(_ done: Int) {
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let rate = seconds > 0 ? Int(Double(done) / seconds) : 0
        FileHandle.standardError.write(Data("\rprecis: \(done) records, \(rate)/s   ".utf8))
        drawn = true
    }
}
