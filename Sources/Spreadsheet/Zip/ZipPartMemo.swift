import SheetNative
import Synchronization

/// The deflate streams of parts already compressed in this process, for writers of many files
/// that share most of their parts (`template --all`: every form's styles, worksheet layout,
/// relationships and properties are the same bytes; only the shared strings differ).
///
/// Deflate is deterministic for given bytes and level, so a part found here is written exactly
/// as compressing it again would write it. Bounded: parts up to `maxPartSize`, at most
/// `capacity` of them, the first ones met (a batch's shared parts come with its first file).
final class ZipPartMemo: Sendable {
    static let maxPartSize = 256 * 1024
    static let capacity = 32
    /// The memo of writers that write many files (`compressesConcurrently: false`).
    static let shared = ZipPartMemo()

    private struct Key: Hashable {
        var level: Int32
        /// How the stream was ended (`ZipWriter.add` deflates in one call, a spool in two):
        /// kept apart so that a part is always what its own path would write.
        var wholePart: Bool
        var bytes: BytesKey
    }
    private let parts = Mutex<[Key: [UInt8]]>([:])

    /// The raw deflate stream of `bytes`: remembered, or made by `compress` now.
    func compressed(_ bytes: [UInt8], level: Int32, wholePart: Bool, compress: () throws -> [UInt8]) throws -> [UInt8] {
        guard bytes.count <= Self.maxPartSize else { return try compress() }
        let key = Key(level: level, wholePart: wholePart, bytes: BytesKey(bytes: bytes))
        if let known = parts.withLock({ $0[key] }) { return known }
        let fresh = try compress()
        parts.withLock { if $0.count < Self.capacity { $0[key] = fresh } }
        return fresh
    }

    /// Whether the deflate stream of `bytes` is remembered (for tests).
    func knows(_ bytes: [UInt8], level: Int32, wholePart: Bool) -> Bool {
        parts.withLock { $0[Key(level: level, wholePart: wholePart, bytes: BytesKey(bytes: bytes))] != nil }
    }

    /// Compresses a held spool's bytes as a spilled spool would: its bytes, then the end of the stream.
    static func deflateSpooled(_ bytes: [UInt8], level: Int32, file: String) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count / 4 + 64)
        do {
            let deflater = try Deflater(level: level)
            try bytes.withUnsafeBytes { raw in
                try deflater.deflate(raw, finish: false) { out.append(contentsOf: $0) }
            }
            try deflater.deflate(UnsafeRawBufferPointer(start: nil, count: 0), finish: true) { out.append(contentsOf: $0) }
        } catch {
            throw WriteErrors.failed(String(describing: error), file: file)
        }
        return out
    }
}
