import SheetNative

/// Writes a zip package through an `AtomicFile`: nothing is at the target until `finish()`;
/// on failure, `abandon()` or deinit the temporary file is removed and the target is never touched.
///
/// Entries are deflated (stored when deflate would not shrink them), stamped 1980-01-01 00:00,
/// written in call order, with ZIP64 records only where a size, offset or count needs them.
/// A class because it owns the output file.
final class ZipWriter {
    let target: String
    private let file: AtomicFile
    private var output: BufferedFileOutput { file.output }
    private let deflater: Deflater
    private let level: Int32
    private let concurrentSpools: Bool
    var records = ZipRecordBuilder()
    private var entries: [ZipWrittenEntry] = []
    private var names: Set<[UInt8]> = []
    private var state = State.open

    private enum State { case open, finished, abandoned }

    /// - Parameter level: zlib level for every entry (1 fastest … 9 smallest).
    /// - Parameter concurrentSpools: whether spooled entries are compressed on a thread of their own.
    init(path: String, level: Int32 = 6, durability: Durability = .immediate, concurrentSpools: Bool = true) throws {
        target = path
        self.level = level
        self.concurrentSpools = concurrentSpools
        file = try AtomicFile(path: path, durability: durability)
        do {
            deflater = try Deflater(level: level)
        } catch {
            file.abandon()
            throw WriteErrors.failed(String(describing: error), file: path)
        }
    }

    deinit {
        if state == .open { abandon() }
    }

    /// A spool for an entry written in pieces; add it with `add(_:spool:prefix:)` once complete.
    func makeSpool() throws -> ZipSpool {
        ZipSpool(beside: target, level: level, concurrent: concurrentSpools, memo: memo)
    }

    /// Writers of many files (those that compress in the caller's thread) share their parts' deflate streams.
    private var memo: ZipPartMemo? { concurrentSpools ? nil : ZipPartMemo.shared }

    /// Adds an entry given whole; `store` keeps it uncompressed whatever deflate would give
    /// (ODF requires this of its leading `mimetype` entry).
    func add(_ name: String, _ data: [UInt8], store: Bool = false) throws {
        try checkOpen(name)
        var crc = CRC32()
        crc.update(data)
        let (deflater, target) = (deflater, target)
        let compress = {
            var compressed: [UInt8] = []
            compressed.reserveCapacity(data.count / 4 + 64)
            deflater.reset()
            do {
                try data.withUnsafeBytes { raw in
                    try deflater.deflate(raw, finish: true) { compressed.append(contentsOf: $0) }
                }
            } catch {
                throw WriteErrors.failed(String(describing: error), file: target)
            }
            return compressed
        }
        let compressed = try memo?.compressed(data, level: level, wholePart: true, compress: compress) ?? compress()
        let stored = store || compressed.count >= data.count
        let entry = ZipWrittenEntry(name: Array(name.utf8), method: stored ? 0 : 8, crc32: crc.value,
                                    compressedSize: UInt64(stored ? data.count : compressed.count),
                                    uncompressedSize: UInt64(data.count), localHeaderOffset: output.offset)
        try output.write(records.localHeader(entry))
        try output.write(stored ? data : compressed)
        entries.append(entry)
    }

    /// Adds a spooled entry; `prefix` (uncompressed) goes before the spooled bytes, which lets
    /// a part's beginning be decided after its body was streamed.
    func add(_ name: String, spool: ZipSpool, prefix: [UInt8] = []) throws {
        try checkOpen(name)
        try spool.finish()
        // The prefix is emitted as stored deflate blocks that are not final, so the spooled
        // deflate stream continues the same entry.
        let blocks = ZipWriter.storedBlocks(prefix)
        var prefixCRC = CRC32()
        prefixCRC.update(prefix)
        let crc = CRC32Combine.combine(prefixCRC.value, spool.crc.value, secondLength: spool.uncompressedSize)
        let entry = ZipWrittenEntry(name: Array(name.utf8), method: 8, crc32: crc,
                                    compressedSize: UInt64(blocks.count) + spool.compressedSize,
                                    uncompressedSize: UInt64(prefix.count) + spool.uncompressedSize,
                                    localHeaderOffset: output.offset)
        try output.write(records.localHeader(entry))
        try output.write(blocks)
        try spool.copy(into: output)
        entries.append(entry)
    }

    /// Writes the central directory, makes the file durable and renames it over the target.
    func finish() throws {
        guard state == .open else { throw WriteErrors.misuse(vi: "Tệp đã được đóng.", en: "The package was already closed.") }
        do {
            let directoryOffset = output.offset
            for entry in entries { try output.write(records.centralHeader(entry)) }
            let size = output.offset - directoryOffset
            try output.write(records.end(count: entries.count, directoryOffset: directoryOffset, directorySize: size))
            state = .finished
            try file.commit()
        } catch {
            abandon()
            throw error
        }
    }

    /// Drops everything written; the target stays as it was.
    func abandon() {
        guard state == .open else { return }
        state = .abandoned
        file.abandon()
    }

    private func checkOpen(_ name: String) throws {
        guard state == .open else {
            throw WriteErrors.misuse(vi: "Tệp đã được đóng.", en: "The package was already closed.")
        }
        guard names.insert(Array(name.utf8)).inserted else {
            throw WriteErrors.failed("duplicate zip entry \(name)", file: target)
        }
    }

    /// Raw-deflate stored blocks (BFINAL = 0, BTYPE = 00) holding `bytes`.
    static func storedBlocks(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 5 * (bytes.count / 65_535 + 1))
        var start = 0
        while start < bytes.count {
            let n = min(65_535, bytes.count - start)
            out.append(0)
            out.append(UInt8(n & 0xFF))
            out.append(UInt8(n >> 8))
            out.append(UInt8(~n & 0xFF))
            out.append(UInt8((~n >> 8) & 0xFF))
            out.append(contentsOf: bytes[start..<(start + n)])
            start += n
        }
        return out
    }
}
