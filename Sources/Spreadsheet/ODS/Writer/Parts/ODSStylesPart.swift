/// `styles.xml`: the default cell look (Calibri 11, as in XLSX), the `Default` cell style,
/// and one page layout and master page per distinct print setup (`Default` for sheets
/// without one). Pages carry no header, and a footer only when the setup asks for page
/// numbers: the programs' defaults print the sheet name, which the district's papers do not
/// want. XLSX's header and footer margins have nothing to apply to and are not written.
struct ODSStylesPart {
    var fonts: [String]
    var pages: [PrintSetup]

    func xml() -> [UInt8] {
        var x = XMLBuffer()
        x.raw(ODSWriterNamespace.declaration)
        x.raw("<office:document-styles \(ODSWriterNamespace.documentNamespaces) office:version=\"\(ODSWriterNamespace.version)\">")
        ODSFontFaces.write(fonts, into: &x)
        x.raw("<office:styles><style:default-style style:family=\"table-cell\"><style:text-properties style:font-name=\"")
        x.text(ODSContentPart.defaultFont, attribute: true)
        x.raw("\" fo:font-size=\"11pt\"/></style:default-style>")
        x.raw("<style:style style:name=\"Default\" style:family=\"table-cell\"/></office:styles>")
        x.raw("<office:automatic-styles>")
        layout("pm1", nil, &x)
        for (i, page) in pages.enumerated() {
            layout("pm\(i + 2)", page, &x)
            // The page number's font, a text style of this page's footer.
            if page.pageNumbers, let font = page.pageNumberFont {
                x.raw("<style:style style:name=\"pn\(i + 2)\" style:family=\"text\"><style:text-properties fo:font-family=\"")
                x.text(font, attribute: true)
                x.raw("\"/></style:style>")
            }
        }
        x.raw("</office:automatic-styles><office:master-styles>")
        x.raw("<style:master-page style:name=\"Default\" style:page-layout-name=\"pm1\">")
        x.raw(ODSStylesPart.noHeaderFooter)
        for i in pages.indices {
            x.raw("<style:master-page style:name=\"Print")
            x.int(i + 1)
            x.raw("\" style:page-layout-name=\"pm")
            x.int(i + 2)
            x.raw("\">")
            if pages[i].pageNumbers {
                x.raw("<style:header style:display=\"false\"/><style:footer><style:region-center><text:p>")
                // In the page number's font when one is named (its text style above).
                if pages[i].pageNumberFont != nil { x.raw("<text:span text:style-name=\"pn\(i + 2)\">") }
                x.raw("<text:page-number>1</text:page-number>")
                if pages[i].pageNumberFont != nil { x.raw("</text:span>") }
                x.raw("</text:p></style:region-center></style:footer><style:footer-first style:display=\"false\"/></style:master-page>")
            } else {
                x.raw(ODSStylesPart.noHeaderFooter)
            }
        }
        x.raw("</office:master-styles></office:document-styles>")
        return x.bytes
    }

    /// Said outright: without it LibreOffice prints its default header and footer.
    static let noHeaderFooter: StaticString = "<style:header style:display=\"false\"/><style:footer style:display=\"false\"/></style:master-page>"

    private func layout(_ name: String, _ page: PrintSetup?, _ x: inout XMLBuffer) {
        x.raw("<style:page-layout style:name=\"")
        x.raw(name)
        x.raw("\"><style:page-layout-properties")
        if let page {
            let (short, long): (String, String)
            switch page.paper {
            case .a4: (short, long) = ("21cm", "29.7cm")
            case .a3: (short, long) = ("29.7cm", "42cm")
            case .letter: (short, long) = ("8.5in", "11in")
            }
            let landscape = page.orientation == .landscape
            x.raw(" fo:page-width=\"")
            x.raw(landscape ? long : short)
            x.raw("\" fo:page-height=\"")
            x.raw(landscape ? short : long)
            x.raw("\" style:print-orientation=\"")
            x.raw(page.orientation.rawValue)
            x.raw("\"")
        }
        let m = page?.margins ?? PageMargins()
        // ODF puts a footer inside the body's margin box, XLSX in the margin: the page's bottom
        // margin goes down to the footer's, and the footer takes the rest, so the body (and the
        // page count) is the same as the XLSX sheet's.
        let footer = page?.pageNumbers == true ? max(m.bottom - m.footer, 0.2) : nil
        for (attribute, inches) in [(" fo:margin-top=\"", m.top), (" fo:margin-bottom=\"", footer == nil ? m.bottom : m.footer),
                                    (" fo:margin-left=\"", m.left), (" fo:margin-right=\"", m.right)] {
            x.raw(attribute)
            x.number(inches)
            x.raw("in\"")
        }
        // ODF 1.3's fit to width: one page wide, as many tall as needed (Y absent).
        if page?.fitToWidth == true { x.raw(" style:scale-to-X=\"1\"") }
        x.raw(" style:writing-mode=\"lr-tb\"/>")
        if let footer {
            x.raw("<style:footer-style><style:header-footer-properties fo:min-height=\"")
            x.number(footer - 0.1)
            x.raw("in\" fo:margin-top=\"0.1in\"/></style:footer-style>")
        }
        x.raw("</style:page-layout>")
    }
}
