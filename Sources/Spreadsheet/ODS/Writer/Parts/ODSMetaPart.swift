/// `meta.xml`: title, author, timestamps (ISO 8601, fixed unless given, for identical output) and the
/// generator, which LibreOffice reads to decide whether to trust cached formula results.
struct ODSMetaPart {
    var properties: DocumentProperties
    var sheetCount: Int

    static let generator = "thidua"

    func xml() -> [UInt8] {
        var x = XMLBuffer()
        x.raw(ODSWriterNamespace.declaration)
        x.raw("<office:document-meta xmlns:office=\"\(ODSWriterNamespace.office)\" xmlns:meta=\"\(ODSWriterNamespace.meta)\" xmlns:dc=\"\(ODSWriterNamespace.dc)\" office:version=\"\(ODSWriterNamespace.version)\"><office:meta>")
        x.raw("<meta:generator>\(ODSMetaPart.generator)</meta:generator>")
        if let title = properties.title { element(&x, "dc:title", title) }
        if let subject = properties.subject { element(&x, "dc:subject", subject) }
        if let author = properties.author {
            element(&x, "meta:initial-creator", author)
            element(&x, "dc:creator", author)
        }
        x.raw("<meta:creation-date>")
        x.raw(properties.created.description)
        x.raw("</meta:creation-date><dc:date>")
        x.raw(properties.modified.description)
        x.raw("</dc:date><meta:document-statistic meta:table-count=\"")
        x.int(sheetCount)
        x.raw("\"/>")
        if let company = properties.company {
            x.raw("<meta:user-defined meta:name=\"Company\">")
            x.text(company)
            x.raw("</meta:user-defined>")
        }
        x.raw("</office:meta></office:document-meta>")
        return x.bytes
    }

    private func element(_ x: inout XMLBuffer, _ name: StaticString, _ value: String) {
        x.raw("<")
        x.raw(name)
        x.raw(">")
        x.text(value)
        x.raw("</")
        x.raw(name)
        x.raw(">")
    }
}
