import Batch

/// A side output written as the batch goes (an HTML page, a brief), so that memory does not grow
/// with the batch: its partial file is renamed over the target at the end, as every output is,
/// and removed when the run stops early.
///
/// A write that fails (a full disk) stops the writing but not the batch: ``finish(_:)`` reports
/// it and exits 74 once the main output is complete.
final class StreamedSideOutput {
    private let writer: OutputWriter
    private var failure: (any Error)?

    /// Opens the partial file beside `path` and writes `header`; a failure is reported and exits 74.
    init(path: String, header: String) throws {
        do {
            writer = try OutputWriter(path: path)
        } catch {
            BatchDriver.report("precis: error: \(error)")
            throw ExitCodes.ioError
        }
        append(header)
    }

    /// Appends a piece, writing in large blocks.
    func append(_ text: String) { append(Array(text.utf8)) }

    /// Appends bytes, writing in large blocks.
    func append(_ bytes: [UInt8]) {
        guard failure == nil else { return }
        do {
            try writer.write(bytes)
        } catch {
            failure = error
            writer.abandon()
        }
    }

    /// Writes `trailer` and replaces the target; a failure, now or earlier, is reported and exits 74.
    func finish(_ trailer: String = "") throws {
        append(trailer)
        do {
            if let failure { throw failure }
            try writer.finish()
        } catch {
            BatchDriver.report("precis: error: \(error)")
            throw ExitCodes.ioError
        }
    }

    /// Removes the partial file of a run that stopped early; the target is left as it was.
    func abandon() {
        writer.abandon()
    }
}
