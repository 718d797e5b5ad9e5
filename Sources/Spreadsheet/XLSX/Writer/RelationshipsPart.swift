/// A `.rels` part: the links from one part (or the package) to others, `rId1`, `rId2`... in order.
struct RelationshipsPart {
    struct Link: Hashable {
        var type: String
        var target: String
    }

    var links: [Link] = []

    mutating func add(_ type: String, _ target: String) {
        links.append(Link(type: type, target: target))
    }

    func xml() -> [UInt8] {
        var x = XMLBuffer()
        x.raw(XLSXNamespace.declaration)
        x.raw("<Relationships xmlns=\"\(XLSXNamespace.packageRelationships)\">")
        for (i, link) in links.enumerated() {
            x.raw("<Relationship Id=\"rId")
            x.int(i + 1)
            x.raw("\" Type=\"\(link.type)\" Target=\"")
            x.text(link.target, attribute: true)
            x.raw("\"/>")
        }
        x.raw("</Relationships>")
        return x.bytes
    }

    /// `_rels/.rels`.
    static func root() -> RelationshipsPart {
        typealias R = XLSXNamespace.RelationshipType
        var r = RelationshipsPart()
        r.add(R.officeDocument, XLSXPartName.workbook)
        r.add(R.coreProperties, XLSXPartName.core)
        r.add(R.extendedProperties, XLSXPartName.app)
        return r
    }

    /// `xl/_rels/workbook.xml.rels`: sheets first (`rId1`...), so a sheet's id is its position.
    static func workbook(sheetCount: Int, sharedStrings: Bool = true) -> RelationshipsPart {
        typealias R = XLSXNamespace.RelationshipType
        var r = RelationshipsPart()
        for i in 0..<sheetCount { r.add(R.worksheet, "worksheets/sheet\(i + 1).xml") }
        r.add(R.styles, "styles.xml")
        if sharedStrings { r.add(R.sharedStrings, "sharedStrings.xml") }
        return r
    }
}
