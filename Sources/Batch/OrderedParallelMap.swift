import Dispatch
import Synchronization

/// Processes a batch's records on several threads and hands back results in input order.
///
/// With one job, each record is processed and emitted on the calling thread. With more, the
/// workers (one per thread, each with its own non-thread-safe state such as an ICU iterator)
/// take records one at a time as the calling thread reads them, and the calling thread emits
/// each result as soon as every record before it is done. Records travel through a ring of
/// `window` slots: the reader may run at most `window` records ahead of the writer, which
/// bounds memory, and nothing waits for a whole block to finish, so no thread idles at a block
/// boundary (blocks of 64 records left a quarter of two cores idle, blocks of 256 a twentieth).
/// The text read ahead is bounded too (`windowBytes`), so a batch of 10 MB articles does not hold
/// 512 of them at once. Results are emitted in input order, so output is byte-identical whatever
/// `jobs` is.
public struct OrderedParallelMap<Worker, Output> {
    /// The number of threads.
    public let jobs: Int
    /// Records read but not yet emitted, at most.
    public let window: Int
    /// UTF-8 bytes of text and title read but not yet emitted, at most; one record is always let
    /// in, however long.
    public let windowBytes: Int

    public init(jobs: Int, window: Int = 512, windowBytes: Int = 32 << 20) {
        self.jobs = max(1, jobs)
        self.window = max(1, window)
        self.windowBytes = max(1, windowBytes)
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
        if jobs == 1 {
            while let item = next() {
                try emit(OrderedParallelMap.result(of: item, workers.workers[0], transform))
            }
            return
        }
        let ring = Ring<Output>(count: window)
        let group = DispatchGroup()
        for thread in 0..<jobs {
            DispatchQueue.global().async(group: group) {
                ring.work { item in OrderedParallelMap.result(of: item, workers.workers[thread], transform) }
            }
        }
        // The workers must be gone before the ring and the workers are freed, whatever `emit` throws.
        defer {
            ring.stop(workers: jobs)
            group.wait()
        }
        var read = 0
        var emitted = 0
        var exhausted = false
        // The size of each record in the ring, and their sum (the calling thread's own books).
        var sizes = [Int](repeating: 0, count: window)
        var bytesInFlight = 0
        func emitNext(_ result: BatchResult<Output>) throws {
            bytesInFlight -= sizes[emitted % window]
            emitted += 1
            try emit(result)
        }
        while true {
            while !exhausted, read - emitted < window, read == emitted || bytesInFlight < windowBytes {
                if let item = next() {
                    sizes[read % window] = OrderedParallelMap.size(of: item)
                    bytesInFlight += sizes[read % window]
                    ring.put(item, at: read)
                    read += 1
                } else {
                    exhausted = true
                }
            }
            guard emitted < read else { return }
            // Wait once for half a window, not once per record: workers take records in order,
            // so when this one is done nearly all before it are, and the writer then emits them
            // and refills the window in one go while the workers go on with the other half.
            // (Waking the writer for every record cost a third more CPU: each wake-up preempts
            // a worker.)
            let last = min(read, emitted + max(1, window / 2)) - 1
            let lastResult = ring.take(at: last)
            while emitted < last { try emitNext(ring.take(at: emitted)) }
            try emitNext(lastResult)
        }
    }

    /// What a record weighs in the window: its text's and title's UTF-8 bytes.
    private static func size(of item: InputReader.Item) -> Int {
        guard case .record(let record) = item else { return 0 }
        return record.text.utf8.count + (record.title?.utf8.count ?? 0)
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

/// The records in flight between the reader, the workers and the writer.
///
/// Record `i` lives in slot `i % count` from when it is read until its result is emitted. The
/// semaphores order every access to a slot, so the slots need no lock: the reader writes an item
/// before it signals `available`; the one worker that takes the record's number writes the
/// result before it signals the slot's `done`; the writer reads the result after waiting on
/// `done`, and the reader reuses the slot only after that.
///
/// Raw memory rather than array properties: concurrent `inout` access to one array, even at
/// distinct indices, trips Swift's exclusivity checks.
final class Ring<Output>: @unchecked Sendable {
    private let items: UnsafeMutablePointer<InputReader.Item?>
    private let results: UnsafeMutablePointer<BatchResult<Output>?>
    private let done: [DispatchSemaphore]
    /// One permit per record read (and one per worker to stop it).
    private let available = DispatchSemaphore(value: 0)
    /// The next record number to hand to a worker. Acquire-release: a worker that takes record
    /// `i` after another took `i - 1` must see the item the reader wrote before the other's permit.
    private let taken = Atomic<Int>(0)
    private let stopped = Atomic<Bool>(false)
    private let count: Int

    init(count: Int) {
        self.count = count
        items = .allocate(capacity: count)
        items.initialize(repeating: nil, count: count)
        results = .allocate(capacity: count)
        results.initialize(repeating: nil, count: count)
        done = (0..<count).map { _ in DispatchSemaphore(value: 0) }
    }

    deinit {
        items.deinitialize(count: count)
        items.deallocate()
        results.deinitialize(count: count)
        results.deallocate()
    }

    /// Hands record number `index` to the workers (called by the reader, in order).
    func put(_ item: InputReader.Item, at index: Int) {
        items[index % count] = item
        available.signal()
    }

    /// A worker's loop: takes records one at a time until ``stop(workers:)``.
    func work(_ process: (InputReader.Item) -> BatchResult<Output>) {
        while true {
            available.wait()
            if stopped.load(ordering: .acquiring) { return }
            let slot = taken.wrappingAdd(1, ordering: .acquiringAndReleasing).oldValue % count
            guard let item = items[slot] else { return }
            items[slot] = nil
            results[slot] = process(item)
            done[slot].signal()
        }
    }

    /// The result of record number `index`, once a worker has it.
    func take(at index: Int) -> BatchResult<Output> {
        let slot = index % count
        done[slot].wait()
        guard let result = results[slot].take() else {
            preconditionFailure("a worker signalled record \(index) without its result")
        }
        return result
    }

    /// Makes every worker return once it is done with its current record.
    func stop(workers: Int) {
        stopped.store(true, ordering: .releasing)
        for _ in 0..<workers { available.signal() }
    }
}
