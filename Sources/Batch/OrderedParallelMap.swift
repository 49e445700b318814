import Dispatch

/// Processes a batch's records on several threads and hands back results in input order.
///
/// Records are read in blocks; each block is split among `jobs` workers (one per thread,
/// each with its own non-thread-safe state such as an ICU iterator), and the results are
/// written in input order before the next block is read. Output is therefore byte-identical
/// whatever `jobs` is, and memory is bounded by one block.
public struct OrderedParallelMap<Worker, Output> {
    /// The number of threads.
    public let jobs: Int
    /// Records per block.
    public let blockSize: Int

    public init(jobs: Int, blockSize: Int = 256) {
        self.jobs = max(1, jobs)
        self.blockSize = max(1, blockSize)
    }

    /// Runs `transform` on every record from `reader`; `emit` receives results in order.
    ///
    /// - Parameters:
    ///   - makeWorker: creates one worker per thread.
    ///   - transform: a record's output, or a thrown ``RecordError`` to reject it.
    ///   - emit: called on the calling thread, in input order, for each result.
    public func run(
        reader: InputReader,
        makeWorker: () throws -> Worker,
        transform: @escaping @Sendable (Worker, Record) throws -> Output,
        emit: (BatchResult<Output>) throws -> Void
    ) throws {
        try run(next: reader.next, makeWorker: makeWorker, transform: transform, emit: emit)
    }

    /// The same, reading items from any source (a ``BatchSource``, say).
    public func run(
        next: () -> InputReader.Item?,
        makeWorker: () throws -> Worker,
        transform: @escaping @Sendable (Worker, Record) throws -> Output,
        emit: (BatchResult<Output>) throws -> Void
    ) throws {
        let workers = try (0..<jobs).map { _ in try makeWorker() }
        let box = WorkerBox(workers)
        var done = false
        while !done {
            var block: [InputReader.Item] = []
            block.reserveCapacity(blockSize)
            while block.count < blockSize, let item = next() { block.append(item) }
            if block.count < blockSize { done = true }
            if block.isEmpty { break }
            let results = ResultSlots<Output>(count: block.count)
            let items = block
            let threads = min(jobs, block.count)
            let work: @Sendable (Int) -> Void = { thread in
                var index = thread
                while index < items.count {
                    switch items[index] {
                    case .reject(let diagnostic):
                        results.set(index, .rejected(diagnostic))
                    case .record(let record):
                        do {
                            results.set(index, .output(record, try transform(box.workers[thread], record)))
                        } catch let error as RecordError {
                            results.set(
                                index,
                                .rejected(
                                    Diagnostic(
                                        location: record.location, severity: .error, message: error.message,
                                        recordID: record.id)))
                        } catch {
                            results.set(
                                index,
                                .rejected(
                                    Diagnostic(
                                        location: record.location, severity: .error, message: "\(error)",
                                        recordID: record.id)))
                        }
                    }
                    index += threads
                }
            }
            if threads == 1 {
                work(0)
            } else {
                DispatchQueue.concurrentPerform(iterations: threads, execute: work)
            }
            for result in results.values { try emit(result) }
        }
    }
}

/// What became of one input item.
public enum BatchResult<Output> {
    /// The record's output.
    case output(Record, Output)
    /// The item was rejected.
    case rejected(Diagnostic)
}

/// A reason to reject one record; the batch goes on.
public struct RecordError: Error, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// Workers shared with the threads; each thread only ever touches its own.
final class WorkerBox<Worker>: @unchecked Sendable {
    let workers: [Worker]
    init(_ workers: [Worker]) { self.workers = workers }
}

/// One slot per record of a block; each thread writes only its own slots.
///
/// Raw memory rather than an array property: concurrent `inout` access to one array, even at
/// distinct indices, trips Swift's exclusivity checks.
final class ResultSlots<Output>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<BatchResult<Output>?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func set(_ index: Int, _ value: BatchResult<Output>) { storage[index] = value }

    var values: [BatchResult<Output>] { (0..<count).compactMap { storage[$0] } }
}
