import Foundation

/// The threads of a parallel read: one inflates `content.xml` and cuts it at the split
/// points, the others parse the segments; the consumer takes results in document order.
///
/// At most `ahead` segments are inflated and not yet taken, so memory stays bounded by a
/// few segments whatever the document's size. A class because it owns the threads:
/// releasing it stops them and waits for them to go.
final class ODSSegmentPool {
    private let state: State

    var count: Int { state.splits.count + 1 }

    /// Nil when the threads cannot be started (the caller reads in one thread instead).
    init?(zip: ZipArchive, entry: ZipEntry, splits: [ODSSplitPoint], wanted: Int,
          formats: ODSFormatIndex, limits: ReadLimits, workers: Int) throws {
        // Splits come from a skim that read the part to its end and checked its CRC.
        let stream = try zip.open(entry, checksum: false)
        state = State(splits: splits, wanted: wanted, formats: formats, limits: limits, ahead: workers + 2)
        guard state.start(stream: stream, workers: workers) else { return nil }
    }

    deinit { state.stop() }

    /// Segment `index`'s result, waiting for it; segments must be taken in order.
    func result(_ index: Int) -> ODSSegment.Result { state.take(index) }

    private final class State: @unchecked Sendable {
        // Immutable, or guarded by `condition`.
        let splits: [ODSSplitPoint]
        let wanted: Int
        let formats: ODSFormatIndex
        let limits: ReadLimits
        let ahead: Int
        private let condition = NSCondition()
        private var inflated: [Int: ODSSegment] = [:]
        private var results: [Int: ODSSegment.Result] = [:]
        /// Segments the inflater has finished with (delivered or failed), in order.
        private var cut = 0
        private var inflaterFailed = false
        private var nextToParse = 0
        private var taken = 0
        private var cancelled = false
        private var threads: [JoinableThread] = []

        init(splits: [ODSSplitPoint], wanted: Int, formats: ODSFormatIndex, limits: ReadLimits, ahead: Int) {
            self.splits = splits
            self.wanted = wanted
            self.formats = formats
            self.limits = limits
            self.ahead = ahead
        }

        /// Only the inflater thread touches it once started.
        private var stream: ZipEntryStream?

        /// False when not even the inflater and one parser could be started.
        func start(stream: ZipEntryStream, workers: Int) -> Bool {
            self.stream = stream
            guard let inflater = JoinableThread({ [self] in inflate() }) else { return false }
            threads = [inflater]
            for _ in 0..<workers {
                if let worker = JoinableThread({ [self] in work() }) { threads.append(worker) }
            }
            if threads.count > 1 { return true }
            stop()
            return false
        }

        /// Stops the threads and waits until they have ended, then drops what they left.
        func stop() {
            condition.lock()
            cancelled = true
            condition.broadcast()
            condition.unlock()
            for thread in threads { thread.join() }
            threads = []
            stream = nil
            inflated = [:]
            results = [:]
        }

        func take(_ index: Int) -> ODSSegment.Result {
            condition.lock()
            defer { condition.unlock() }
            while results[index] == nil && !(inflaterFailed && index >= cut) { condition.wait() }
            taken = index + 1
            condition.broadcast()
            return results.removeValue(forKey: index) ?? .failure
        }

        // MARK: - Inflater

        private func inflate() {
            guard let stream else { return }
            let count = splits.count + 1
            for index in 0..<count {
                condition.lock()
                while index - taken >= ahead && !cancelled { condition.wait() }
                let stop = cancelled
                condition.unlock()
                if stop { return }

                let begin = index == 0 ? 0 : splits[index - 1].offset
                let size = index < splits.count ? splits[index].offset - begin : nil
                // A segment ending before the first sheet wanted is inflated (the stream
                // is sequential) but never parsed.
                let skip = index < splits.count && splits[index].table < wanted
                let bytes = try? ODSSegmentPool.read(stream, size: size)

                condition.lock()
                if let bytes {
                    if skip {
                        results[index] = .skip
                    } else {
                        inflated[index] = ODSSegment(bytes: bytes, start: index == 0 ? nil : splits[index - 1],
                                                     end: index < splits.count ? splits[index] : nil)
                    }
                    cut = index + 1
                } else {
                    inflaterFailed = true
                }
                condition.broadcast()
                condition.unlock()
                if bytes == nil { return }
            }
        }

        // MARK: - Parsers

        private func work() {
            while true {
                condition.lock()
                while !cancelled && inflated[nextToParse] == nil && !(inflaterFailed && nextToParse >= cut)
                        && nextToParse < splits.count + 1 {
                    if nextToParse < cut { nextToParse += 1; continue }  // skipped segments
                    condition.wait()
                }
                if cancelled || inflated[nextToParse] == nil {
                    condition.unlock()
                    return
                }
                let index = nextToParse
                nextToParse += 1
                let segment = inflated.removeValue(forKey: index)!
                condition.unlock()

                let result = segment.parse(wanted: wanted, formats: formats, limits: limits)

                condition.lock()
                results[index] = result
                condition.broadcast()
                condition.unlock()
            }
        }
    }

    /// Exactly `size` bytes of the stream (nil if it ends before), or all that is left.
    private static func read(_ stream: ZipEntryStream, size: Int?) throws -> [UInt8]? {
        if let size {
            var complete = true
            let bytes = try [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
                while initialized < size {
                    let n = try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[initialized...]))
                    if n == 0 { complete = false; break }
                    initialized += n
                }
            }
            return complete ? bytes : nil
        }
        var bytes: [UInt8] = []
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let n = try stream.read(into: chunk)
            if n == 0 { return bytes }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<n]))
        }
    }
}
