#if canImport(Glibc)
import Glibc
#endif

/// The workbook's text values, each stored once (`xl/sharedStrings.xml`); the only part
/// held in memory while rows stream.
///
/// Texts are kept as UTF-8 in one byte arena with an open-addressing index, not as a
/// `[String: Int]`: a few bytes of overhead per distinct text instead of ~100, and no
/// Unicode normalisation when hashing (texts are told apart by their exact bytes, which is
/// what the file stores).
struct SharedStringsPart {
    private var arena: [UInt8] = []
    /// End of each text in `arena` (a text starts where the previous one ends).
    private var ends: [Int] = []
    private var hashes: [UInt32] = []
    /// Index + 1 of the text in each slot, 0 for empty; a power of two long.
    private var slots: [Int32] = Array(repeating: 0, count: 1024)
    /// Text cells written, counting repeats (`sst/@count`).
    private(set) var references = 0

    var count: Int { ends.count }

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
            if hashes[i] == hash && equals(i, bytes) { return i }
            slot = (slot + 1) & mask
        }
        let i = ends.count
        arena.append(contentsOf: bytes)
        ends.append(arena.count)
        hashes.append(hash)
        slots[slot] = Int32(i + 1)
        // Grow at 50% load so probe runs stay short.
        if ends.count * 2 > slots.count { rehash() }
        return i
    }

    private func equals(_ i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = i == 0 ? 0 : ends[i - 1]
        guard ends[i] - start == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            bytes.count == 0 || memcmp(a.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0
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
        x.int(ends.count)
        x.raw("\">")
        try arena.withUnsafeBufferPointer { a in
            var start = 0
            for end in ends {
                x.raw("<si>")
                x.ooxmlTextElement(UnsafeBufferPointer(rebasing: a[start..<end]))
                x.raw("</si>")
                start = end
                if x.count >= 64 * 1024 {
                    try x.bytes.withUnsafeBytes(sink)
                    x.removeAll()
                }
            }
        }
        x.raw("</sst>")
        try x.bytes.withUnsafeBytes(sink)
    }

    /// The whole part (for tests and small workbooks).
    func xml() -> [UInt8] {
        var out: [UInt8] = []
        try? write { out.append(contentsOf: $0) }
        return out
    }
}
