#if canImport(Glibc)
import Glibc
#endif

/// The workbook's text values, each stored once (`xl/sharedStrings.xml`); the only part
/// held in memory while rows stream.
///
/// Texts are kept as UTF-8 in byte blocks with an open-addressing index, not as a
/// `[String: Int]`: a few bytes of overhead per distinct text instead of ~100, and no
/// Unicode normalisation when hashing (texts are told apart by their exact bytes, which is
/// what the file stores).
struct SharedStringsPart {
    /// Texts are appended to 1 MiB blocks that never move, so growth never copies (or
    /// briefly doubles) what is already stored.
    private var blocks: [[UInt8]] = []
    private static let blockSize = 1 << 20
    /// Where each text is: block << 40 | offset << 20 | length (a cell's text is under 2^17 bytes).
    private var spans: [UInt64] = []
    private var hashes: [UInt32] = []
    /// Index + 1 of the text in each slot, 0 for empty; a power of two long.
    private var slots: [Int32] = Array(repeating: 0, count: 1024)
    /// Text cells written, counting repeats (`sst/@count`).
    private(set) var references = 0

    var count: Int { spans.count }

    /// The index of `text`, adding it on first use.
    @inline(__always)
    mutating func index(of text: String) -> Int {
        references += 1
        var text = text
        return text.withUTF8 { index(ofBytes: $0) }
    }

    private mutating func index(ofBytes bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = SharedStringsPart.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            let i = entry - 1
            if hashes[i] == hash && text(i, equals: bytes) { return i }
            slot = (slot + 1) & mask
        }
        let i = spans.count
        // Cell texts are at most 32,767 UTF-16 units (checked before), under 2^17 bytes.
        precondition(bytes.count < 1 << 20, "shared string too long for its span")
        // Compared with the block size, not the capacity, which the allocator may round up
        // past what an offset can hold.
        if blocks.isEmpty || blocks[blocks.count - 1].count + bytes.count > SharedStringsPart.blockSize {
            var block: [UInt8] = []
            block.reserveCapacity(max(SharedStringsPart.blockSize, bytes.count))
            blocks.append(block)
        }
        let b = blocks.count - 1
        let offset = blocks[b].count
        blocks[b].append(contentsOf: bytes)
        spans.append(UInt64(b) << 40 | UInt64(offset) << 20 | UInt64(bytes.count))
        hashes.append(hash)
        slots[slot] = Int32(i + 1)
        // Grow at 50% load so probe runs stay short.
        if spans.count * 2 > slots.count { rehash() }
        return i
    }

    /// The bytes of text `i`.
    private func withText<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let span = spans[i]
        let offset = Int((span >> 20) & 0xF_FFFF), length = Int(span & 0xF_FFFF)
        return try blocks[Int(span >> 40)].withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[offset..<(offset + length)])) }
    }

    private func text(_ i: Int, equals bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        withText(i) { stored in
            stored.count == bytes.count && (bytes.count == 0 || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
    }

    private mutating func rehash() {
        var grown = [Int32](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        for (i, hash) in hashes.enumerated() {
            var slot = Int(hash) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = Int32(i + 1)
        }
        slots = grown
    }

    /// FNV-1a over the bytes, then a final avalanche so the low bits (the slot) depend on all of them.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return UInt32(truncatingIfNeeded: h)
    }

    /// Streams the part through `sink` in pieces of about 64 KiB.
    func write(to sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        var x = XMLBuffer(capacity: 80 * 1024)
        x.raw(XLSXNamespace.declaration)
        x.raw("<sst xmlns=\"\(XLSXNamespace.main)\" count=\"")
        x.int(references)
        x.raw("\" uniqueCount=\"")
        x.int(spans.count)
        x.raw("\">")
        for i in spans.indices {
            x.raw("<si>")
            withText(i) { x.ooxmlTextElement($0) }
            x.raw("</si>")
            if x.count >= 64 * 1024 {
                try x.withUnsafeBytes(sink)
                x.removeAll()
            }
        }
        x.raw("</sst>")
        try x.withUnsafeBytes(sink)
    }

    /// The whole part (for tests and small workbooks).
    func xml() -> [UInt8] {
        var out: [UInt8] = []
        try? write { out.append(contentsOf: $0) }
        return out
    }
}
