import Synchronization

/// What a small part parsed to, remembered by the part's stored bytes: a district's returns
/// are saved from one form by one or two programs, so their styles parts are byte for byte
/// the same, and parsing them again was ~5 % of reading a return.
///
/// Exact, not a guess: the key is the entry's stored (compressed) bytes with its method,
/// declared CRC-32 and size, and the reading limits, so a part is taken from here only where
/// inflating and parsing it again would give the same value; only parts that parsed without
/// error are remembered. Bounded: parts of at most `maxStoredSize` bytes, `capacity` of them.
final class ParsedPartMemo<Value: Sendable>: Sendable {
    let maxStoredSize: Int
    let capacity: Int

    private struct Key: Hashable, Sendable {
        var method: UInt16
        var crc32: UInt32
        var size: Int
        var limits: ReadLimits
        var stored: BytesKey
    }
    private let values = Mutex<[Key: Value]>([:])

    init(maxStoredSize: Int = 64 * 1024, capacity: Int = 16) {
        self.maxStoredSize = maxStoredSize
        self.capacity = capacity
    }

    /// The value `entry` parses to: remembered, or made by `parse` now (and remembered).
    /// The entry is opened first, so every check of the zip layer (encryption, method, size,
    /// ratio) still applies to it.
    func value(of entry: ZipEntry, in zip: ZipArchive, parse: () throws -> Value) throws -> Value {
        guard entry.compressedSize <= maxStoredSize else { return try parse() }
        let key = Key(method: entry.method, crc32: entry.crc32, size: entry.uncompressedSize, limits: zip.limits,
                      stored: BytesKey(bytes: try zip.open(entry).storedBytes()))
        if let known = values.withLock({ $0[key] }) { return known }
        let fresh = try parse()
        values.withLock { if $0.count < capacity { $0[key] = fresh } }
        return fresh
    }

    /// How many parts are remembered (tests).
    var count: Int { values.withLock { $0.count } }
}
