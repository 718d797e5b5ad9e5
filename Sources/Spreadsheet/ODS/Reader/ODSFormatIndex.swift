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
