import SheetNative

/// The uncompressed bytes of one entry, produced piece by piece; CRC-32 and size are
/// checked at the end, and the size and ratio limits all along the way.
/// A class because it owns the zlib stream and its input buffer.
final class ZipEntryStream {
    private let archive: ZipArchive
    let entry: ZipEntry
    private var readOffset: Int
    private var compressedRemaining: Int
    private var produced = 0
    private var consumed = 0
    private var crc = CRC32()
    private let inflater: Inflater?
    private let input: UnsafeMutableRawBufferPointer
    private var inputStart = 0
    private var inputEnd = 0
    private var finished = false
    /// False for a second pass over an entry an earlier pass has checked.
    private let checksum: Bool

    init(archive: ZipArchive, entry: ZipEntry, checksum: Bool = true) throws {
        self.archive = archive
        self.entry = entry
        self.checksum = checksum
        let limits = archive.limits
        if entry.isEncrypted {
            throw SpreadsheetError(.zipEncryptedEntry,
                vi: "Một phần của tệp được mã hóa bằng mật khẩu; hãy gỡ mật khẩu rồi gửi lại.",
                en: "A part of the file is password-encrypted; remove the password and send it again.",
                at: archive.location(entry))
        }
        guard entry.method == 0 || entry.method == 8 else {
            throw SpreadsheetError(.zipMethod,
                vi: "Tệp dùng kiểu nén không được hỗ trợ (phương thức \(entry.method)). Hãy lưu lại bằng Excel hoặc LibreOffice.",
                en: "The file uses an unsupported compression method (\(entry.method)). Save it again with Excel or LibreOffice.",
                at: archive.location(entry))
        }
        if entry.uncompressedSize > limits.maxEntrySize {
            throw ZipErrors.entryTooLarge(entry, limit: limits.maxEntrySize, in: archive)
        }
        if entry.method == 8, entry.uncompressedSize > limits.ratioGraceSize,
           entry.uncompressedSize / max(entry.compressedSize, 1) > limits.maxCompressionRatio {
            throw ZipErrors.bomb(entry, ratio: limits.maxCompressionRatio, in: archive)
        }
        readOffset = try archive.dataStart(of: entry)
        compressedRemaining = entry.compressedSize
        inflater = entry.method == 8 ? try Inflater() : nil
        input = UnsafeMutableRawBufferPointer.allocate(byteCount: entry.method == 8 ? 64 * 1024 : 0, alignment: 1)
    }

    deinit { input.deallocate() }

    /// Fills `buffer` with the next uncompressed bytes; 0 at the end of the entry.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard !finished, buffer.count > 0 else { return 0 }
        let n: Int
        if let inflater {
            n = try inflateSome(inflater, into: buffer)
        } else {
            let want = min(buffer.count, compressedRemaining)
            n = want == 0 ? 0 : try archive.source.read(at: readOffset, into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<want]))
            if want > 0 && n == 0 {
                throw ZipErrors.truncated(archive, entry: entry, detail: "stored data cut short")
            }
            readOffset += n
            compressedRemaining -= n
            consumed += n
        }
        if n > 0 {
            if checksum { crc.update(UnsafeRawBufferPointer(rebasing: buffer[0..<n])) }
            produced += n
            try checkLimits(total: archive.addInflated(n))
        }
        if n == 0 { try verifyEnd() }
        return n
    }

    private func inflateSome(_ inflater: Inflater, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            if inflater.finished { return 0 }
            if inputStart == inputEnd && compressedRemaining > 0 {
                let want = min(input.count, compressedRemaining)
                let got = try archive.source.read(at: readOffset, into: UnsafeMutableRawBufferPointer(rebasing: input[0..<want]))
                guard got > 0 else { throw ZipErrors.truncated(archive, entry: entry, detail: "compressed data cut short") }
                readOffset += got
                compressedRemaining -= got
                inputStart = 0
                inputEnd = got
            }
            let pending = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(input)[inputStart..<inputEnd])
            let step: (consumed: Int, produced: Int)
            do {
                step = try inflater.inflate(input: pending, output: buffer)
            } catch let e as NativeError {
                var error = ZipErrors.corrupt(archive, entry: entry, detail: e.message)
                error.cause = e.cause
                throw error
            }
            inputStart += step.consumed
            consumed += step.consumed
            if step.produced > 0 || inflater.finished { return step.produced }
            if step.consumed == 0 && inputStart == inputEnd && compressedRemaining == 0 {
                throw ZipErrors.truncated(archive, entry: entry, detail: "deflate stream ends early")
            }
        }
    }

    private func checkLimits(total: Int) throws {
        let limits = archive.limits
        if produced > limits.maxEntrySize || produced > entry.uncompressedSize {
            if produced > limits.maxEntrySize {
                throw ZipErrors.entryTooLarge(entry, limit: limits.maxEntrySize, in: archive)
            }
            throw ZipErrors.corrupt(archive, entry: entry, detail: "entry inflates past its declared size")
        }
        if total > limits.maxTotalSize {
            throw SpreadsheetError(.zipTotalTooLarge,
                vi: "Tổng dung lượng giải nén của tệp vượt giới hạn \(limits.maxTotalSize) byte.",
                en: "The file inflates beyond the total limit of \(limits.maxTotalSize) bytes.",
                at: archive.location(entry))
        }
        if inflater != nil, produced > limits.ratioGraceSize, produced / max(consumed, 1) > limits.maxCompressionRatio {
            throw ZipErrors.bomb(entry, ratio: limits.maxCompressionRatio, in: archive)
        }
    }

    private func verifyEnd() throws {
        guard !finished else { return }
        finished = true
        guard produced == entry.uncompressedSize else {
            throw ZipErrors.corrupt(archive, entry: entry,
                detail: "inflated \(produced) bytes, the directory says \(entry.uncompressedSize)")
        }
        guard !checksum || crc.value == entry.crc32 else {
            throw SpreadsheetError(.zipCRC,
                vi: "Dữ liệu của tệp bị hỏng (sai mã kiểm tra CRC). Hãy lưu và gửi lại tệp.",
                en: "The file's data is corrupted (CRC check failed). Save and send the file again.",
                at: archive.location(entry))
        }
    }
}
