import SheetNative

/// An entry produced in pieces: deflated as it comes into a nameless temporary file beside
/// the target, then copied into the archive with its sizes known, so the archive needs no
/// data descriptors and its parts can be placed in the conventional order.
///
/// Memory stays flat whatever the entry's size. A class because it owns a file and a zlib stream.
final class ZipSpool {
    private let file: BufferedFileOutput
    private let deflater: Deflater
    private(set) var crc = CRC32()
    private(set) var uncompressedSize: UInt64 = 0
    private(set) var isFinished = false

    init(beside target: String, level: Int32) throws {
        file = try BufferedFileOutput.anonymous(beside: target)
        do {
            deflater = try Deflater(level: level)
        } catch {
            throw WriteErrors.failed(String(describing: error), file: target)
        }
    }

    var compressedSize: UInt64 { file.offset }

    /// Adds the next piece of the entry's uncompressed bytes.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard bytes.count > 0 else { return }
        crc.update(bytes)
        uncompressedSize += UInt64(bytes.count)
        try deflate(bytes, finish: false)
    }

    /// Ends the deflate stream; no more writes.
    func finish() throws {
        guard !isFinished else { return }
        try deflate(UnsafeRawBufferPointer(start: nil, count: 0), finish: true)
        isFinished = true
    }

    func copy(into output: BufferedFileOutput) throws {
        try output.append(contentsOf: file)
    }

    private func deflate(_ bytes: UnsafeRawBufferPointer, finish: Bool) throws {
        let file = self.file
        do {
            try deflater.deflate(bytes, finish: finish) { try file.write($0) }
        } catch let e as SpreadsheetError {
            throw e
        } catch {
            throw WriteErrors.failed(String(describing: error), file: file.reportedPath)
        }
    }
}
