/// `docProps/core.xml`: title, author and timestamps (fixed unless given, for identical output).
struct DocPropsCorePart {
    var properties: DocumentProperties

    func xml() -> [UInt8] {
        var x = XMLBuffer()
        x.raw(XLSXNamespace.declaration)
        x.raw("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
        if let title = properties.title { element(&x, "dc:title", title) }
        if let subject = properties.subject { element(&x, "dc:subject", subject) }
        if let author = properties.author {
            element(&x, "dc:creator", author)
            element(&x, "cp:lastModifiedBy", author)
        }
        x.raw("<dcterms:created xsi:type=\"dcterms:W3CDTF\">")
        x.raw(DocPropsCorePart.w3cdtf(properties.created))
        x.raw("</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">")
        x.raw(DocPropsCorePart.w3cdtf(properties.modified))
        x.raw("</dcterms:modified></cp:coreProperties>")
        return x.bytes
    }

    private func element(_ x: inout XMLBuffer, _ name: String, _ value: String) {
        x.raw("<\(name)>")
        x.ooxmlText(value)
        x.raw("</\(name)>")
    }

    /// `2000-01-01T00:00:00Z` (whole seconds, as the programs write).
    static func w3cdtf(_ t: CivilDateTime) -> String {
        let c = ClockParts(t.time.seconds.rounded(.down)).flatMap { $0.negative || $0.hours > 23 ? nil : $0 }
        return t.date.description + "T" + pad(c?.hours ?? 0, 2) + ":" + pad(c?.minutes ?? 0, 2) + ":" + pad(c?.seconds ?? 0, 2) + "Z"
    }
}

/// `docProps/app.xml`: the application and the list of sheets the "Properties" dialog shows.
struct DocPropsAppPart {
    var sheetNames: [String]
    var company: String?

    func xml() -> [UInt8] {
        var x = XMLBuffer()
        x.raw(XLSXNamespace.declaration)
        x.raw("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">")
        x.raw("<Application>thidua</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>")
        x.raw("<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>")
        x.int(sheetNames.count)
        x.raw("</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size=\"")
        x.int(sheetNames.count)
        x.raw("\" baseType=\"lpstr\">")
        for name in sheetNames {
            x.raw("<vt:lpstr>")
            x.ooxmlText(name)
            x.raw("</vt:lpstr>")
        }
        x.raw("</vt:vector></TitlesOfParts>")
        if let company {
            x.raw("<Company>")
            x.ooxmlText(company)
            x.raw("</Company>")
        }
        x.raw("<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>")
        return x.bytes
    }
}
