/// What the writer remembers of an entry until the central directory is written.
struct ZipWrittenEntry: Hashable, Sendable {
    var name: [UInt8]
    var method: UInt16
    var crc32: UInt32
    var compressedSize: UInt64
    var uncompressedSize: UInt64
    var localHeaderOffset: UInt64
}

/// Builds the ZIP records (APPNOTE 6.3) the writer emits. Every entry carries the fixed
/// DOS timestamp 1980-01-01 00:00 and no extra field unless ZIP64 needs one, so the same
/// input gives the same bytes.
struct ZipRecordBuilder {
    /// A value at or above this needs ZIP64 (lowered only by tests, to exercise ZIP64 on small data).
    var zip64Threshold: UInt64 = 0xFFFF_FFFF

    static let dosTime: UInt16 = 0
    static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    static let version20: UInt16 = 20
    static let version45: UInt16 = 45

    func needsZip64(_ value: UInt64) -> Bool { value >= zip64Threshold }

    private func flags(_ name: [UInt8]) -> UInt16 {
        // Bit 11: the name is UTF-8 (only said when it is not plain ASCII).
        name.contains { $0 >= 0x80 } ? 1 << 11 : 0
    }

    /// The local header; sizes are always known here (streamed entries are spooled first).
    func localHeader(_ e: ZipWrittenEntry) -> [UInt8] {
        let large = needsZip64(e.compressedSize) || needsZip64(e.uncompressedSize)
        var b = ZipBytes(capacity: ZipLayout.localHeaderSize + e.name.count + (large ? 20 : 0))
        b.u32(ZipLayout.localHeader)
        b.u16(large ? Self.version45 : Self.version20)
        b.u16(flags(e.name))
        b.u16(e.method)
        b.u16(Self.dosTime)
        b.u16(Self.dosDate)
        b.u32(e.crc32)
        b.u32(large ? 0xFFFF_FFFF : UInt32(e.compressedSize))
        b.u32(large ? 0xFFFF_FFFF : UInt32(e.uncompressedSize))
        b.u16(UInt16(e.name.count))
        b.u16(large ? 20 : 0)
        b.bytes(e.name)
        if large {
            // In a local header the ZIP64 field holds both sizes, whichever overflowed.
            b.u16(ZipLayout.zip64ExtraField)
            b.u16(16)
            b.u64(e.uncompressedSize)
            b.u64(e.compressedSize)
        }
        return b.storage
    }

    func centralHeader(_ e: ZipWrittenEntry) -> [UInt8] {
        let bigUncompressed = needsZip64(e.uncompressedSize)
        let bigCompressed = needsZip64(e.compressedSize)
        let bigOffset = needsZip64(e.localHeaderOffset)
        let extra = (bigUncompressed ? 8 : 0) + (bigCompressed ? 8 : 0) + (bigOffset ? 8 : 0)
        let version = extra > 0 ? Self.version45 : Self.version20
        var b = ZipBytes(capacity: ZipLayout.centralHeaderSize + e.name.count + extra + 4)
        b.u32(ZipLayout.centralHeader)
        b.u16(version)  // made by: MS-DOS attributes, this version
        b.u16(version)
        b.u16(flags(e.name))
        b.u16(e.method)
        b.u16(Self.dosTime)
        b.u16(Self.dosDate)
        b.u32(e.crc32)
        b.u32(bigCompressed ? 0xFFFF_FFFF : UInt32(e.compressedSize))
        b.u32(bigUncompressed ? 0xFFFF_FFFF : UInt32(e.uncompressedSize))
        b.u16(UInt16(e.name.count))
        b.u16(UInt16(extra > 0 ? extra + 4 : 0))
        b.u16(0)  // comment
        b.u16(0)  // disk
        b.u16(0)  // internal attributes
        b.u32(0)  // external attributes
        b.u32(bigOffset ? 0xFFFF_FFFF : UInt32(e.localHeaderOffset))
        b.bytes(e.name)
        if extra > 0 {
            // Only the overflowing fields, in this order.
            b.u16(ZipLayout.zip64ExtraField)
            b.u16(UInt16(extra))
            if bigUncompressed { b.u64(e.uncompressedSize) }
            if bigCompressed { b.u64(e.compressedSize) }
            if bigOffset { b.u64(e.localHeaderOffset) }
        }
        return b.storage
    }

    /// The end records for a central directory of `count` entries at `offset`, `size` bytes long.
    func end(count: Int, directoryOffset offset: UInt64, directorySize size: UInt64) -> [UInt8] {
        let large = count >= 0xFFFF || needsZip64(offset) || needsZip64(size)
        var b = ZipBytes(capacity: ZipLayout.endRecordSize + (large ? 76 : 0))
        if large {
            let recordOffset = offset + size
            b.u32(ZipLayout.zip64EndOfCentralDirectory)
            b.u64(UInt64(ZipLayout.zip64EndRecordSize - 12))
            b.u16(Self.version45)
            b.u16(Self.version45)
            b.u32(0)
            b.u32(0)
            b.u64(UInt64(count))
            b.u64(UInt64(count))
            b.u64(size)
            b.u64(offset)
            b.u32(ZipLayout.zip64Locator)
            b.u32(0)
            b.u64(recordOffset)
            b.u32(1)
        }
        b.u32(ZipLayout.endOfCentralDirectory)
        b.u16(0)
        b.u16(0)
        b.u16(large ? 0xFFFF : UInt16(count))
        b.u16(large ? 0xFFFF : UInt16(count))
        b.u32(large ? 0xFFFF_FFFF : UInt32(size))
        b.u32(large ? 0xFFFF_FFFF : UInt32(offset))
        b.u16(0)  // comment
        return b.storage
    }
}

/// Little-endian integers appended to a byte array.
struct ZipBytes {
    var storage: [UInt8] = []

    init(capacity: Int) { storage.reserveCapacity(capacity) }

    mutating func u16(_ v: UInt16) {
        storage.append(UInt8(truncatingIfNeeded: v))
        storage.append(UInt8(truncatingIfNeeded: v >> 8))
    }

    mutating func u32(_ v: UInt32) {
        for i in 0..<4 { storage.append(UInt8(truncatingIfNeeded: v >> (8 * UInt32(i)))) }
    }

    mutating func u64(_ v: UInt64) {
        for i in 0..<8 { storage.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) }
    }

    mutating func bytes(_ b: [UInt8]) { storage.append(contentsOf: b) }
}
