#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SheetNative

/// Cell style name → format code, looked up straight from the parser's bytes so that a
/// styled cell costs a hash and a comparison, never a `String`.
struct ODSFormatIndex: Sendable {
    private struct Entry: Sendable {
        var name: [UInt8]
        var code: String?
    }
    private var entries: [Entry] = []
    /// Open addressing over `entries` by FNV-1a of the name: index + 1, 0 for empty.
    /// (A `Dictionary` would hash every lookup a second time, with SipHash.)
    private var slots: [Int32] = [0]

    init() {}

    init(styles: ODSStyleSheet) {
        // Keyed as the parser reports the attribute, so a lookup needs no `String`.
        self.init(entries: styles.cellStyleNames.map {
            Entry(name: XMLBytes.attributeBytes($0), code: styles.formatCode(cellStyle: $0))
        })
    }

    private init(entries: [Entry]) {
        self.entries = entries
        var size = 1
        while size < entries.count * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        for (i, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: ODSFormatIndex.hash(entry.name)) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(i + 1)
        }
    }

    /// A copy sharing no storage with this one. Threads each reading with their own copy
    /// never touch the same reference counts, which would make every styled cell bounce
    /// a cache line between cores.
    func isolated() -> ODSFormatIndex {
        ODSFormatIndex(entries: entries.map {
            Entry(name: Array($0.name), code: $0.code.map { String(decoding: Array($0.utf8), as: UTF8.self) })
        })
    }

    /// The format code of a cell style; nil when the style has none or is unknown.
    @inline(__always)
    func code(_ name: XMLBytes) -> String? {
        let bytes = name.buffer
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: ODSFormatIndex.hash(bytes)) & mask
        while true {
            let i = Int(slots[slot])
            if i == 0 { return nil }
            if entries[i - 1].name.count == bytes.count, bytes.isEmpty || entries[i - 1].name.withUnsafeBufferPointer({
                memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0
            }) {
                return entries[i - 1].code
            }
            slot = (slot + 1) & mask
        }
    }

    /// FNV-1a: style names are short.
    @inline(__always)
    private static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
}
