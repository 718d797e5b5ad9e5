/// The workbook's text values, each stored once (`xl/sharedStrings.xml`); the only part
/// held in memory while rows stream.
struct SharedStringsPart {
    private var indices: [String: Int] = [:]
    private(set) var strings: [String] = []
    /// Text cells written, counting repeats (`sst/@count`).
    private(set) var references = 0

    var isEmpty: Bool { strings.isEmpty }

    /// The index of `text`, adding it on first use.
    @inline(__always)
    mutating func index(of text: String) -> Int {
        references += 1
        if let i = indices[text] { return i }
        let i = strings.count
        indices[text] = i
        strings.append(text)
        return i
    }

    func xml() -> [UInt8] {
        var x = XMLBuffer(capacity: 256 + strings.count * 24)
        x.raw(XLSXNamespace.declaration)
        x.raw("<sst xmlns=\"\(XLSXNamespace.main)\" count=\"")
        x.int(references)
        x.raw("\" uniqueCount=\"")
        x.int(strings.count)
        x.raw("\">")
        for s in strings {
            x.raw("<si>")
            x.ooxmlTextElement(s)
            x.raw("</si>")
        }
        x.raw("</sst>")
        return x.bytes
    }
}
