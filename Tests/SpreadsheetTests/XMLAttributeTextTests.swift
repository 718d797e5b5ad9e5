import Testing
import SheetNative

/// What libxml2, parsing without entity substitution, hands over for references in
/// attribute values, and what `XMLBytes.attributeString` makes of it.
@Suite("XML attribute text")
struct XMLAttributeTextTests {
    final class Collector: XMLEventHandler {
        var raw: [String] = []
        var decoded: [String] = []
        var failure: (any Error)?
        func startElement(_ name: XMLBytes, namespace: XMLBytes?, attributes: XMLAttributes) {
            guard let v = attributes["v"] else { return }
            raw.append(v.string)
            decoded.append(v.attributeString)
        }
        func endElement(_ name: XMLBytes, namespace: XMLBytes?) {}
        func characters(_ text: XMLBytes) {}
    }

    func parse(_ values: [String]) throws -> Collector {
        let items = values.map { "<a v=\"\($0)\"/>" }.joined()
        let document = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><r>\(items)</r>".utf8)
        let collector = Collector()
        let parser = XMLPushParser(handler: collector)
        try document.withUnsafeBytes { try parser.feed($0) }
        try parser.finish()
        return collector
    }

    @Test func decodesEveryReference() throws {
        let cases: [(written: String, raw: String, decoded: String)] = [
            // Only `&` is left encoded, as `&#38;`, however it was written.
            ("A &amp; B", "A &#38; B", "A & B"), ("&#38;", "&#38;", "&"), ("&#x26;", "&#38;", "&"),
            ("&amp;#38;", "&#38;#38;", "&#38;"), ("&amp;amp;", "&#38;amp;", "&amp;"),
            ("&lt;&#60;&gt;", "<<>", "<<>"), ("&quot;&apos;", "\"'", "\"'"),
            ("caf&#233;", "café", "café"), ("Ph&#x1EA1;m", "Phạm", "Phạm"), ("a&#9;b", "a\tb", "a\tb"),
            ("Cầu Giấy", "Cầu Giấy", "Cầu Giấy"), ("", "", ""),
        ]
        let c = try parse(cases.map(\.written))
        #expect(c.raw == cases.map(\.raw))
        #expect(c.decoded == cases.map(\.decoded))
    }

    @Test func attributeBytesAreWhatTheParserReports() throws {
        for text in ["A & B", "&#38;", "plain", "Cầu & Giấy &"] {
            let c = try parse([text.replacingAmpersandsForXML])
            #expect(c.raw.first.map { Array($0.utf8) } == XMLBytes.attributeBytes(text), "\(text)")
            #expect(c.decoded.first == text)
        }
    }
}

private extension String {
    var replacingAmpersandsForXML: String {
        split(separator: "&", omittingEmptySubsequences: false).joined(separator: "&amp;")
    }
}
