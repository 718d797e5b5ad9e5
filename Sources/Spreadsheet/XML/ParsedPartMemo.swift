import Synchronization

/// What a small part parsed to, remembered by the part's stored bytes: a district's returns
/// are saved from one form by one or two programs, so their styles parts are byte for byte
/// the same, and parsing them again was ~5 % of reading a return.
///
/// Exact, not a guess: the key is the entry's stored (compressed) bytes with its method,
/// declared CRC-32 and size, and the reading limits, so a part is taken from here only where
/// inflating and parsing it again would give the same value; only parts that parsed without
/// error are remembered. Bounded: parts of at most `maxStoredSize` bytes, the last `capacity` of them.
final class ParsedPartMemo<Value: Sendable>: Sendable {
    let maxStoredSize: Int
    let capacity: Int

    private struct Key: Hashable, Sendable {
        var method: UInt16
        var flags: UInt16
        var crc32: UInt32
        var size: Int
        var limits: ReadLimits
        var context: BytesKey
        var stored: BytesKey
    }
    private struct State {
        var values: [Key: Value] = [:]
        /// Keys from the least to the most recently used, to replace the former once full.
        var order: [Key] = []
    }
    private let state = Mutex(State())

    init(maxStoredSize: Int = 64 * 1024, capacity: Int = 16) {
        self.maxStoredSize = maxStoredSize
        self.capacity = capacity
    }

    /// The value `entry` parses to: remembered, or made by `parse` now (and remembered, in place
    /// of the least recently used when the memo is full, so a long-running portal keeps the
    /// parts its returns keep using). The key holds all that the zip layer's checks of the entry depend on
    /// (method, flags, sizes, limits), so a part refused once is refused again; `context` is what
    /// else the value depends on (the part a `.rels` part's targets are resolved from), kept
    /// by its bytes: an NFC and an NFD spelling of one name are two contexts.
    func value(of entry: ZipEntry, in zip: ZipArchive, context: String = "", parse: () throws -> Value) throws -> Value {
        guard entry.compressedSize <= maxStoredSize else { return try parse() }
        let stored = try zip.source.bytes(at: zip.dataStart(of: entry), count: entry.compressedSize)
        let key = Key(method: entry.method, flags: entry.flags, crc32: entry.crc32, size: entry.uncompressedSize,
                      limits: zip.limits, context: BytesKey(bytes: Array(context.utf8)), stored: BytesKey(bytes: stored))
        let known = state.withLock { s -> Value? in
            guard let value = s.values[key] else { return nil }
            // Used again: the last to be replaced (a district's template part stays while in use).
            if let i = s.order.firstIndex(of: key), i != s.order.count - 1 { s.order.append(s.order.remove(at: i)) }
            return value
        }
        // A remembered part counts towards the package's inflated total as it did when parsed
        // (a part is remembered only once it inflated to its declared size); where it would
        // pass the limit, parsing it again gives the refusal at the same byte as before.
        if let known, zip.addInflatedWithinLimit(entry.uncompressedSize) { return known }
        let fresh = try parse()
        state.withLock { s in
            guard s.values[key] == nil else { return }
            if s.order.count >= capacity {
                s.values[s.order.removeFirst()] = nil
            }
            s.values[key] = fresh
            s.order.append(key)
        }
        return fresh
    }

    /// How many parts are remembered (tests).
    var count: Int { state.withLock { $0.values.count } }
}
