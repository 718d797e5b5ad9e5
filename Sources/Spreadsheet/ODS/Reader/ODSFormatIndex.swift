import SheetNative

/// Cell style name → format code, looked up straight from the parser's bytes so that a
/// styled cell costs a hash and a comparison, never a `String`.
struct ODSFormatIndex: Sendable {
    private struct Entry: Sendable {
        var name: [UInt8]
        var code: String?
    }
    private var buckets: [UInt64: [Entry]] = [:]

    init() {}

    init(styles: ODSStyleSheet) {
        for name in styles.cellStyleNames {
            // Keyed as the parser reports the attribute, so a lookup needs no `String`.
            let bytes = XMLBytes.attributeBytes(name)
            buckets[ODSFormatIndex.hash(bytes), default: []].append(Entry(name: bytes, code: styles.formatCode(cellStyle: name)))
        }
    }

    /// A copy sharing no storage with this one. Threads each reading with their own copy
    /// never touch the same reference counts, which would make every styled cell bounce
    /// a cache line between cores.
    func isolated() -> ODSFormatIndex {
        var copy = ODSFormatIndex()
        for (hash, entries) in buckets {
            copy.buckets[hash] = entries.map {
                Entry(name: Array($0.name), code: $0.code.map { String(decoding: Array($0.utf8), as: UTF8.self) })
            }
        }
        return copy
    }

    /// The format code of a cell style; nil when the style has none or is unknown.
    @inline(__always)
    func code(_ name: XMLBytes) -> String? {
        guard let bucket = buckets[ODSFormatIndex.hash(name.buffer)] else { return nil }
        for entry in bucket where entry.name.count == name.count {
            if entry.name.withUnsafeBufferPointer({ $0.elementsEqual(name.buffer) }) { return entry.code }
        }
        return nil
    }

    /// FNV-1a: style names are short.
    @inline(__always)
    private static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
}
