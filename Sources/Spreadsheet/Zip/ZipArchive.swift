import Foundation

/// Reads a zip package through its central directory, never trusting local headers' sizes.
///
/// Entry names are matched case-insensitively with `\` read as `/`; every limit of
/// `ReadLimits` that concerns the container is enforced here. A class because it shares
/// the open file and the running total of bytes inflated with every entry stream.
final class ZipArchive {
    let fileName: String
    let limits: ReadLimits
    let source: any ByteSource
    private(set) var entries: [ZipEntry] = []
    private var index: [String: Int] = [:]
    // Uncompressed bytes produced so far from this package, against `maxTotalSize`;
    // locked because a large entry is inflated on a second thread.
    private var inflatedSoFar = 0
    private let inflatedLock = NSLock()

    /// Adds to the package's running total and returns it.
    func addInflated(_ n: Int) -> Int {
        inflatedLock.lock()
        defer { inflatedLock.unlock() }
        inflatedSoFar += n
        return inflatedSoFar
    }

    /// Adds `n` to the running total if the total stays within `maxTotalSize`; false, adding
    /// nothing, if it would not (a remembered part then counts as if it were inflated again).
    func addInflatedWithinLimit(_ n: Int) -> Bool {
        inflatedLock.lock()
        defer { inflatedLock.unlock() }
        guard inflatedSoFar + n <= limits.maxTotalSize else { return false }
        inflatedSoFar += n
        return true
    }

    init(source: any ByteSource, fileName: String, limits: ReadLimits) throws {
        self.source = source
        self.fileName = fileName
        self.limits = limits
        try readCentralDirectory()
    }

    func entry(named name: String) -> ZipEntry? {
        index[ZipEntry.lookupKey(name)].map { entries[$0] }
    }

    func contains(_ name: String) -> Bool { index[ZipEntry.lookupKey(name)] != nil }

    /// Reads a whole (small) entry, CRC-checked, refusing more than `maxSize` bytes.
    func read(_ entry: ZipEntry, maxSize: Int? = nil) throws -> [UInt8] {
        let cap = min(maxSize ?? limits.maxEntrySize, limits.maxEntrySize)
        let stream = try open(entry)
        var out: [UInt8] = []
        out.reserveCapacity(min(entry.uncompressedSize, cap, 1 << 24))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = try chunk.withUnsafeMutableBytes { try stream.read(into: $0) }
            if n == 0 { break }
            guard out.count + n <= cap else {
                throw ZipErrors.entryTooLarge(entry, limit: cap, in: self)
            }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    /// Streams an entry's uncompressed bytes.
    /// - Parameter checksum: false skips the CRC, for a second pass over an entry whose
    ///   CRC an earlier pass has checked.
    func open(_ entry: ZipEntry, checksum: Bool = true) throws -> ZipEntryStream {
        try ZipEntryStream(archive: self, entry: entry, checksum: checksum)
    }

    /// Where an entry's stored bytes begin, after its local header (whose own sizes are not trusted).
    func dataStart(of entry: ZipEntry) throws -> Int {
        var header = LittleEndianReader(try source.bytes(at: entry.localHeaderOffset, count: ZipLayout.localHeaderSize))
        guard header.remaining == ZipLayout.localHeaderSize else {
            throw ZipErrors.truncated(self, entry: entry, detail: "local header cut short")
        }
        guard header.u32() == ZipLayout.localHeader, header.skip(22),
              let nameLength = header.u16(), let extraLength = header.u16()
        else { throw ZipErrors.corrupt(self, entry: entry, detail: "bad local header") }
        let dataStart = entry.localHeaderOffset + ZipLayout.localHeaderSize + Int(nameLength) + Int(extraLength)
        guard dataStart <= source.size, entry.compressedSize <= source.size - dataStart else {
            throw ZipErrors.truncated(self, entry: entry, detail: "entry data runs past the end of the file")
        }
        return dataStart
    }

    func location(_ entry: ZipEntry? = nil) -> DocumentLocation {
        DocumentLocation(file: fileName, part: entry?.name)
    }

    // MARK: - Central directory

    private func readCentralDirectory() throws {
        let size = source.size
        // The end record sits in the last 22 bytes plus a comment of up to 65,535.
        let tailLength = min(size, ZipLayout.endRecordSize + 65_535)
        let tailStart = size - tailLength
        let tail = try source.bytes(at: tailStart, count: tailLength)
        guard let endOffset = ZipArchive.findEndRecord(tail) else {
            throw ZipErrors.truncated(self, detail: "no end-of-central-directory record")
        }
        var r = LittleEndianReader(tail, at: endOffset + 4)
        guard let disk = r.u16(), let cdDisk = r.u16(), r.skip(2), let count16 = r.u16(),
              let cdSize32 = r.u32(), let cdOffset32 = r.u32()
        else { throw ZipErrors.truncated(self, detail: "short end record") }
        guard disk == 0 || disk == 0xFFFF, cdDisk == 0 || cdDisk == 0xFFFF else {
            throw ZipErrors.corrupt(self, detail: "multi-volume archives are not supported")
        }
        var count = Int(count16)
        var cdSize = Int(cdSize32)
        var cdOffset = Int(cdOffset32)
        let absoluteEnd = tailStart + endOffset
        if count16 == 0xFFFF || cdSize32 == 0xFFFF_FFFF || cdOffset32 == 0xFFFF_FFFF {
            if let z = try readZip64End(endRecordAt: absoluteEnd) {
                count = z.count
                cdSize = z.size
                cdOffset = z.offset
            }
        }
        guard count <= limits.maxEntries else {
            throw SpreadsheetError(.zipTooManyEntries,
                vi: "Tệp nén có quá nhiều mục (\(count); giới hạn \(limits.maxEntries)).",
                en: "The package has too many entries (\(count); the limit is \(limits.maxEntries)).",
                at: location())
        }
        guard cdOffset >= 0, cdSize >= 0, cdOffset <= absoluteEnd, cdSize <= absoluteEnd - cdOffset else {
            throw ZipErrors.truncated(self, detail: "central directory lies outside the file")
        }
        let directory = try source.bytes(at: cdOffset, count: cdSize)
        guard directory.count == cdSize else {
            throw ZipErrors.truncated(self, detail: "central directory cut short")
        }
        var d = LittleEndianReader(directory)
        entries.reserveCapacity(count)
        var spans: [ZipEntry] = []
        spans.reserveCapacity(count)
        for _ in 0..<count {
            let entry = try readCentralHeader(&d)
            spans.append(entry)
            if entry.isDirectory { continue }
            if index[entry.key] != nil {
                throw SpreadsheetError(.zipDuplicateEntry,
                    vi: "Tệp nén chứa hai mục cùng tên \"\(entry.name)\"; tệp bị hỏng hoặc bị chỉnh sửa.",
                    en: "The package holds two entries named \"\(entry.name)\"; the file is damaged or tampered with.",
                    at: location(entry))
            }
            index[entry.key] = entries.count
            entries.append(entry)
        }
        try checkNoOverlap(spans, directoryStart: cdOffset)
    }

    /// Each entry's local header and data must lie apart from every other's and before the
    /// central directory. Entries that share compressed bytes are a known decompression-bomb
    /// construction (a few KB inflating to gigabytes); they are refused here, from the central
    /// directory alone, before a byte is inflated.
    private func checkNoOverlap(_ all: [ZipEntry], directoryStart: Int) throws {
        let sorted = all.sorted { $0.localHeaderOffset < $1.localHeaderOffset }
        var previous: ZipEntry?
        var previousEnd = 0
        for entry in sorted {
            if let previous, entry.localHeaderOffset < previousEnd {
                throw SpreadsheetError(.zipOverlap,
                    vi: "Các mục trong tệp nén \"\(previous.name)\" và \"\(entry.name)\" dùng chung dữ liệu; đây là cấu trúc của bom nén, tệp bị từ chối.",
                    en: "The package entries \"\(previous.name)\" and \"\(entry.name)\" share their bytes, a decompression-bomb construction; the file is refused.",
                    at: location(entry))
            }
            // The local header's fixed part and name (its extra field is not known yet), then the data.
            let (end, overflow) = entry.localHeaderOffset.addingReportingOverflow(
                ZipLayout.localHeaderSize + entry.storedNameLength + entry.compressedSize)
            guard !overflow, end <= directoryStart else {
                throw ZipErrors.corrupt(self, entry: entry, detail: "entry \(entry.name) runs into the central directory")
            }
            previous = entry
            previousEnd = end
        }
    }

    private static func findEndRecord(_ tail: [UInt8]) -> Int? {
        guard tail.count >= ZipLayout.endRecordSize else { return nil }
        var i = tail.count - ZipLayout.endRecordSize
        while i >= 0 {
            if tail[i] == 0x50 && tail[i + 1] == 0x4B && tail[i + 2] == 0x05 && tail[i + 3] == 0x06 {
                // The comment length must reach exactly to the end of the file (or a
                // producer padded it); either way this is the last record we can use.
                return i
            }
            i -= 1
        }
        return nil
    }

    private func readZip64End(endRecordAt end: Int) throws -> (count: Int, size: Int, offset: Int)? {
        guard end >= ZipLayout.zip64LocatorSize else { return nil }
        var l = LittleEndianReader(try source.bytes(at: end - ZipLayout.zip64LocatorSize, count: ZipLayout.zip64LocatorSize))
        guard l.u32() == ZipLayout.zip64Locator, l.skip(4), let recordOffset = l.u64() else { return nil }
        guard recordOffset < UInt64(source.size) else {
            throw ZipErrors.truncated(self, detail: "ZIP64 end record lies outside the file")
        }
        var z = LittleEndianReader(try source.bytes(at: Int(recordOffset), count: ZipLayout.zip64EndRecordSize))
        guard z.u32() == ZipLayout.zip64EndOfCentralDirectory, z.skip(8 + 2 + 2 + 4 + 4 + 8),
              let count = z.u64(), let size = z.u64(), let offset = z.u64()
        else { throw ZipErrors.corrupt(self, detail: "bad ZIP64 end record") }
        guard count <= UInt64(Int.max), size <= UInt64(source.size), offset <= UInt64(source.size) else {
            throw ZipErrors.corrupt(self, detail: "ZIP64 end record out of range")
        }
        return (Int(count), Int(size), Int(offset))
    }

    private func readCentralHeader(_ d: inout LittleEndianReader) throws -> ZipEntry {
        guard d.u32() == ZipLayout.centralHeader else {
            throw ZipErrors.corrupt(self, detail: "bad central directory header")
        }
        guard d.skip(4), let flags = d.u16(), let method = d.u16(), d.skip(4),
              let crc = d.u32(), let comp32 = d.u32(), let uncomp32 = d.u32(),
              let nameLength = d.u16(), let extraLength = d.u16(), let commentLength = d.u16(),
              d.skip(8), let offset32 = d.u32(),
              let nameBytes = d.take(Int(nameLength)), let extra = d.take(Int(extraLength)),
              d.skip(Int(commentLength))
        else { throw ZipErrors.truncated(self, detail: "central directory cut short") }
        // Bit 11 marks UTF-8 names; others are CP437, which for part names is ASCII.
        let name = String(decoding: nameBytes, as: UTF8.self)
        var compressed = UInt64(comp32)
        var uncompressed = UInt64(uncomp32)
        var offset = UInt64(offset32)
        if comp32 == 0xFFFF_FFFF || uncomp32 == 0xFFFF_FFFF || offset32 == 0xFFFF_FFFF {
            var e = LittleEndianReader(Array(extra))
            while let id = e.u16(), let size = e.u16(), let body = e.take(Int(size)) {
                guard id == ZipLayout.zip64ExtraField else { continue }
                // Only the fields whose 32-bit value overflowed are present, in this order.
                var field = LittleEndianReader(Array(body))
                if uncomp32 == 0xFFFF_FFFF { uncompressed = field.u64() ?? uncompressed }
                if comp32 == 0xFFFF_FFFF { compressed = field.u64() ?? compressed }
                if offset32 == 0xFFFF_FFFF { offset = field.u64() ?? offset }
                break
            }
        }
        let fileSize = UInt64(source.size)
        guard offset < fileSize, compressed <= fileSize else {
            throw ZipErrors.truncated(self, detail: "entry \(name) lies outside the file")
        }
        guard uncompressed <= UInt64(Int.max) else {
            throw ZipErrors.corrupt(self, detail: "entry \(name) has an impossible size")
        }
        return ZipEntry(name: name, key: ZipEntry.lookupKey(name), method: method, flags: flags, crc32: crc,
                        compressedSize: Int(compressed), uncompressedSize: Int(uncompressed),
                        localHeaderOffset: Int(offset), storedNameLength: Int(nameLength))
    }
}
