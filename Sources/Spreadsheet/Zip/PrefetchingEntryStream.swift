import Foundation

/// Inflates a large entry on a second thread while the caller parses what is already
/// inflated: on two cores the XML parse no longer waits for zlib.
///
/// A few fixed buffers circulate between the two threads, so memory stays bounded.
/// A class because it owns the buffers and the worker thread; its owner calls `close()`.
final class PrefetchingEntryStream: @unchecked Sendable {
    // Everything below is guarded by `condition`, except `stream`, which only the worker
    // touches once started.
    private let stream: ZipEntryStream
    private let condition = NSCondition()
    private var free: [UnsafeMutableRawBufferPointer]
    private var filled: [(buffer: UnsafeMutableRawBufferPointer, count: Int)] = []
    private var failure: (any Error)?
    private var cancelled = false
    private var ended = false
    private let all: [UnsafeMutableRawBufferPointer]
    private var worker: JoinableThread?

    /// Nil when no thread can be started: the caller reads the stream itself.
    init?(_ stream: ZipEntryStream, bufferSize: Int = 256 * 1024, depth: Int = 4) {
        self.stream = stream
        all = (0..<depth).map { _ in UnsafeMutableRawBufferPointer.allocate(byteCount: bufferSize, alignment: 16) }
        free = all
        worker = JoinableThread { [self] in work() }
        if worker == nil { return nil }
    }

    /// Stops the worker and waits until it has ended. Releasing the stream alone would
    /// not: the worker holds it while it runs.
    func close() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
        worker?.join()
        worker = nil
    }

    deinit {
        for b in all { b.deallocate() }
    }

    private func work() {
        while true {
            condition.lock()
            while free.isEmpty && !cancelled { condition.wait() }
            if cancelled {
                condition.unlock()
                return
            }
            let buffer = free.removeLast()
            condition.unlock()

            var count = 0
            var error: (any Error)?
            do {
                // Fill the buffer so the parser gets large, even pieces.
                while count < buffer.count {
                    let n = try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[count...]))
                    if n == 0 { break }
                    count += n
                }
            } catch let e {
                error = e
            }

            condition.lock()
            if let error {
                failure = error
            } else {
                filled.append((buffer, count))
            }
            let finished = error != nil || count == 0
            condition.broadcast()
            condition.unlock()
            if finished { return }
        }
    }

    /// Hands the next inflated piece to `body`; false at the end of the entry.
    func next(_ body: (UnsafeRawBufferPointer) throws -> Void) throws -> Bool {
        if ended { return false }
        condition.lock()
        while filled.isEmpty && failure == nil { condition.wait() }
        if filled.isEmpty, let failure {
            condition.unlock()
            ended = true
            throw failure
        }
        let (buffer, count) = filled.removeFirst()
        condition.unlock()
        defer {
            condition.lock()
            free.append(buffer)
            condition.broadcast()
            condition.unlock()
        }
        if count == 0 {
            ended = true
            return false
        }
        try body(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[0..<count]))
        return true
    }
}

/// Reads an entry's bytes into the caller's buffers, as `ZipEntryStream` does.
protocol EntryByteReader: AnyObject {
    /// Fills `buffer` with the next bytes; 0 at the end of the entry.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

extension ZipEntryStream: EntryByteReader {}

/// `EntryByteReader` over a `PrefetchingEntryStream`: the entry is inflated (and its CRC
/// checked) on a second thread while the caller scans what is already inflated.
final class PrefetchingByteReader: EntryByteReader {
    private let prefetch: PrefetchingEntryStream
    private var pending: [UInt8] = []
    private var offset = 0

    init?(_ stream: ZipEntryStream) {
        guard let prefetch = PrefetchingEntryStream(stream) else { return nil }
        self.prefetch = prefetch
    }

    deinit { prefetch.close() }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if offset == pending.count {
            offset = 0
            pending.removeAll(keepingCapacity: true)
            let more = try prefetch.next { chunk in pending.append(contentsOf: chunk) }
            if !more { return 0 }
        }
        let n = min(buffer.count, pending.count - offset)
        pending.withUnsafeBytes { src in
            buffer.baseAddress!.copyMemory(from: src.baseAddress! + offset, byteCount: n)
        }
        offset += n
        return n
    }
}

extension ZipArchive {
    /// Opens an entry for reading in pieces; a large one is inflated on a second thread.
    func openReader(_ entry: ZipEntry, prefetchThreshold: Int = XMLPartParser.prefetchThreshold) throws -> any EntryByteReader {
        let stream = try open(entry)
        if entry.uncompressedSize >= prefetchThreshold, let reader = PrefetchingByteReader(stream) { return reader }
        return stream
    }
}
