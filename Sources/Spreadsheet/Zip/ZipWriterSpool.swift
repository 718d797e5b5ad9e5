import Foundation
import SheetNative

/// An entry produced in pieces. Held in memory while it is small (most parts of most files:
/// then no temporary file, no thread, and one deflate at the end, or none when `memo` already
/// has the same bytes compressed); past `memoryLimit` it is deflated as it comes into a
/// nameless temporary file beside the target. Either way it is copied into the archive with
/// its sizes known, so the archive needs no data descriptors and its parts can be placed in
/// the conventional order.
///
/// Once spilled, CRC and deflate run on a worker thread while the caller produces the next
/// piece, so building XML and compressing it overlap; or, when `concurrent` is false, in the
/// caller's thread (a caller writing many small files on its own threads, where a thread per
/// entry would cost more than it saves). Memory stays flat whatever the entry's size.
/// A class because it owns a file, a zlib stream and a thread.
final class ZipSpool {
    /// Uncompressed bytes held before the entry goes to a temporary file.
    static let memoryLimit = 1 << 20
    private let target: String
    private let level: Int32
    private let concurrent: Bool
    private let memo: ZipPartMemo?
    /// The entry while it is held in memory (until `worker` exists).
    private var held: [UInt8] = []
    /// The held entry once finished: its deflate stream and CRC.
    private var heldResult: (compressed: [UInt8], crc: CRC32)?
    private var worker: SpoolWorker?
    private(set) var uncompressedSize: UInt64 = 0
    private(set) var isFinished = false

    init(beside target: String, level: Int32, concurrent: Bool = true, memo: ZipPartMemo? = nil) {
        self.target = target
        self.level = level
        self.concurrent = concurrent
        self.memo = memo
    }

    deinit {
        if concurrent { worker?.stop() }
    }

    var crc: CRC32 { heldResult?.crc ?? worker?.crc ?? CRC32() }
    var compressedSize: UInt64 { heldResult.map { UInt64($0.compressed.count) } ?? worker?.file.offset ?? 0 }

    /// Adds the next piece of the entry's uncompressed bytes (copied; the caller may reuse them).
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard bytes.count > 0 else { return }
        precondition(!isFinished, "write after finish")
        uncompressedSize += UInt64(bytes.count)
        if worker == nil {
            if held.count + bytes.count <= Self.memoryLimit {
                held.append(contentsOf: bytes)
                return
            }
            try spill()
        }
        if concurrent { try worker!.submit(bytes) } else { try worker!.compress(bytes) }
    }

    /// Moves the entry to a temporary file and a deflate stream, with what was held so far.
    private func spill() throws {
        let file = try BufferedFileOutput.anonymous(beside: target)
        let deflater: Deflater
        do {
            deflater = try Deflater(level: level)
        } catch {
            throw WriteErrors.failed(String(describing: error), file: target)
        }
        let worker = SpoolWorker(file: file, deflater: deflater)
        self.worker = worker
        if concurrent { Thread { worker.run() }.start() }
        let first = held
        held = []
        try first.withUnsafeBytes { raw in
            if concurrent { try worker.submit(raw) } else { try worker.compress(raw) }
        }
    }

    /// Waits for the worker, then ends the deflate stream; no more writes.
    func finish() throws {
        guard !isFinished else { return }
        isFinished = true
        guard let worker else {
            var crc = CRC32()
            crc.update(held)
            let (bytes, level, target) = (held, level, target)
            let compress = { try ZipPartMemo.deflateSpooled(bytes, level: level, file: target) }
            let compressed = try memo?.compressed(bytes, level: level, wholePart: false, compress: compress) ?? compress()
            heldResult = (compressed, crc)
            held = []
            return
        }
        if concurrent { try worker.drain() }
        let file = worker.file
        do {
            try worker.deflater.deflate(UnsafeRawBufferPointer(start: nil, count: 0), finish: true) { try file.write($0) }
        } catch let e as SpreadsheetError {
            throw e
        } catch {
            throw WriteErrors.failed(String(describing: error), file: file.reportedPath)
        }
    }

    func copy(into output: BufferedFileOutput) throws {
        if let heldResult {
            try output.write(heldResult.compressed)
        } else if let worker {
            try output.append(contentsOf: worker.file)
        }
    }
}

/// The spool's worker: takes one filled buffer at a time from the producer.
///
/// `@unchecked Sendable` because its mutable state is shared under `condition` only; the
/// deflater, CRC and file belong to the worker thread until `drain()` returns, then to the caller.
private final class SpoolWorker: @unchecked Sendable {
    let file: BufferedFileOutput
    let deflater: Deflater
    private(set) var crc = CRC32()
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var filled: [UInt8]?
    private var spare: [[UInt8]] = []
    private var stopping = false
    private var exited = false
    private var failure: SpreadsheetError?

    init(file: BufferedFileOutput, deflater: Deflater) {
        self.file = file
        self.deflater = deflater
    }

    func submit(_ bytes: UnsafeRawBufferPointer) throws {
        condition.lock()
        while filled != nil && failure == nil && !exited { condition.wait() }
        if let failure {
            condition.unlock()
            throw failure
        }
        var buffer = spare.popLast() ?? []
        condition.unlock()
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: bytes)
        condition.lock()
        filled = buffer
        condition.broadcast()
        condition.unlock()
    }

    /// Blocks until every submitted piece is compressed and the thread has exited.
    func drain() throws {
        stop()
        condition.lock()
        while !exited { condition.wait() }
        let failure = self.failure
        condition.unlock()
        if let failure { throw failure }
    }

    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
    }

    /// CRC and deflate of the next piece, in the calling thread: the worker thread's, or the
    /// producer's for a spool that is not concurrent.
    func compress(_ raw: UnsafeRawBufferPointer) throws {
        do {
            crc.update(raw)
            try deflater.deflate(raw, finish: false) { try file.write($0) }
        } catch let e as SpreadsheetError {
            throw e
        } catch {
            throw WriteErrors.failed(String(describing: error), file: file.reportedPath)
        }
    }

    func run() {
        while true {
            condition.lock()
            while filled == nil && !stopping { condition.wait() }
            guard let buffer = filled else {
                exited = true
                condition.broadcast()
                condition.unlock()
                return
            }
            filled = nil
            condition.broadcast()
            condition.unlock()
            do {
                try buffer.withUnsafeBytes { try compress($0) }
            } catch {
                condition.lock()
                failure = (error as? SpreadsheetError) ?? WriteErrors.failed(String(describing: error), file: file.reportedPath)
                exited = true
                condition.broadcast()
                condition.unlock()
                return
            }
            condition.lock()
            spare.append(buffer)
            condition.unlock()
        }
    }
}
