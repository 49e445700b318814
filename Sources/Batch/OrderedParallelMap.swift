import Dispatch
import Synchronization

/// Processes a batch's records on several threads and hands back results in input order.
///
/// Records are read in blocks. With one job, each block is processed and written on the
/// calling thread. With more, the workers (one per thread, each with its own non-thread-safe
/// state such as an ICU iterator) process a block while the calling thread reads the next
/// one and then writes the previous one's results: reading (JSON parsing) and writing overlap
/// the work instead of stopping it. Within a block, threads take records one by one from a
/// shared counter, so a long article does not leave the other threads idle. Results are
/// written in input order, so output is byte-identical whatever `jobs` is; memory is bounded
/// by two blocks.
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
        let workers = WorkerBox(try (0..<jobs).map { _ in try makeWorker() })
        func readBlock() -> [InputReader.Item] {
            var block: [InputReader.Item] = []
            block.reserveCapacity(blockSize)
            while block.count < blockSize, let item = next() { block.append(item) }
            return block
        }
        if jobs == 1 {
            while true {
                let block = readBlock()
                if block.isEmpty { return }
                let results = ResultSlots<Output>(count: block.count)
                for index in block.indices {
                    results.set(index, OrderedParallelMap.result(of: block[index], workers.workers[0], transform))
                }
                for result in results.values { try emit(result) }
                if block.count < blockSize { return }
            }
        }
        var current = readBlock()
        guard !current.isEmpty else { return }
        var running = start(current, workers, transform)
        // The workers must be done before they are freed, whatever `emit` throws.
        defer { running.group.wait() }
        while true {
            let following = current.count < blockSize ? [] : readBlock()
            running.group.wait()
            let finished = running.results
            if !following.isEmpty { running = start(following, workers, transform) }
            for result in finished.values { try emit(result) }
            if following.isEmpty { return }
            current = following
        }
    }

    /// Starts the workers on a block; the group is left when every record has a result.
    private func start(
        _ block: [InputReader.Item], _ workers: WorkerBox<Worker>,
        _ transform: @escaping @Sendable (Worker, Record) throws -> Output
    ) -> (group: DispatchGroup, results: ResultSlots<Output>) {
        let results = ResultSlots<Output>(count: block.count)
        let group = DispatchGroup()
        let counter = SharedCounter()
        for thread in 0..<min(jobs, block.count) {
            DispatchQueue.global().async(group: group) {
                while true {
                    let index = counter.next()
                    guard index < block.count else { return }
                    results.set(index, OrderedParallelMap.result(of: block[index], workers.workers[thread], transform))
                }
            }
        }
        return (group, results)
    }

    /// The output of one item, or its rejection.
    private static func result(
        of item: InputReader.Item, _ worker: Worker, _ transform: (Worker, Record) throws -> Output
    ) -> BatchResult<Output> {
        switch item {
        case .reject(let diagnostic):
            return .rejected(diagnostic)
        case .record(let record):
            do {
                return .output(record, try transform(worker, record))
            } catch let error as RecordError {
                return .rejected(
                    Diagnostic(location: record.location, severity: .error, message: error.message, recordID: record.id)
                )
            } catch {
                return .rejected(
                    Diagnostic(location: record.location, severity: .error, message: "\(error)", recordID: record.id))
            }
        }
    }
}

/// Hands out 0, 1, 2… to the threads of a block, each number once.
final class SharedCounter: Sendable {
    private let value = Atomic<Int>(0)

    func next() -> Int { value.wrappingAdd(1, ordering: .relaxed).oldValue }
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
