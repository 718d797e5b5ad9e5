/// `xl/styles.xml`: one cell format (`xf`) per registered style, in handle order, so a
/// handle's index is the `s` attribute of its cells. Fonts, fills, borders and number
/// formats are each listed once.
struct StylesPart {
    var styles: [CellStyle]

    /// The built-in id of a code, if it has one that shows the same everywhere; anything else
    /// gets an id from 164 on. Ids 14 and 22 are left out: programs show them in the reader's
    /// regional date style, not as the code says.
    static func builtInID(_ code: String) -> Int? {
        guard let id = NumberFormat.builtinID(code: code), id != 14, id != 22 else { return nil }
        return id
    }

    func xml() -> [UInt8] {
        // Custom number formats get ids from 164; fills 0 and 1 are reserved (none, gray125).
        var numFmts = NumberedList<String>(firstId: 164)
        var fonts = NumberedList<CellFont>(firstId: 0)
        var fills = NumberedList<RGBColor>(firstId: 2)
        var borders = NumberedList<CellBorders>(firstId: 0)
        _ = fonts.id(CellFont())
        _ = borders.id(CellBorders())

        struct XF { var numFmt = 0, font = 0, fill = 0, border = 0 }
        var xfs: [XF] = []
        for style in styles {
            var xf = XF()
            if let code = style.numberFormat {
                xf.numFmt = StylesPart.builtInID(code) ?? numFmts.id(code)
            }
            xf.font = fonts.id(style.font)
            if let color = style.fill { xf.fill = fills.id(color) }
            xf.border = borders.id(style.borders)
            xfs.append(xf)
        }

        var x = XMLBuffer(capacity: 2048 + styles.count * 160)
        x.raw(XLSXNamespace.declaration)
        x.raw("<styleSheet xmlns=\"\(XLSXNamespace.main)\">")
        if !numFmts.items.isEmpty {
            x.raw("<numFmts count=\"")
            x.int(numFmts.items.count)
            x.raw("\">")
            for (i, code) in numFmts.items.enumerated() {
                x.raw("<numFmt numFmtId=\"")
                x.int(164 + i)
                x.raw("\" formatCode=\"")
                x.ooxmlText(code, attribute: true)
                x.raw("\"/>")
            }
            x.raw("</numFmts>")
        }
        x.raw("<fonts count=\"")
        x.int(fonts.items.count)
        x.raw("\">")
        for font in fonts.items { StylesPart.font(font, into: &x) }
        x.raw("</fonts><fills count=\"")
        x.int(2 + fills.items.count)
        x.raw("\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>")
        for color in fills.items {
            x.raw("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF")
            x.raw(color.description)
            x.raw("\"/><bgColor indexed=\"64\"/></patternFill></fill>")
        }
        x.raw("</fills><borders count=\"")
        x.int(borders.items.count)
        x.raw("\">")
        for border in borders.items { StylesPart.border(border, into: &x) }
        x.raw("</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
        x.raw("<cellXfs count=\"")
        x.int(xfs.count)
        x.raw("\">")
        for (style, xf) in zip(styles, xfs) {
            x.raw("<xf numFmtId=\"")
            x.int(xf.numFmt)
            x.raw("\" fontId=\"")
            x.int(xf.font)
            x.raw("\" fillId=\"")
            x.int(xf.fill)
            x.raw("\" borderId=\"")
            x.int(xf.border)
            x.raw("\" xfId=\"0\"")
            if xf.numFmt != 0 { x.raw(" applyNumberFormat=\"1\"") }
            if xf.font != 0 { x.raw(" applyFont=\"1\"") }
            if xf.fill != 0 { x.raw(" applyFill=\"1\"") }
            if xf.border != 0 { x.raw(" applyBorder=\"1\"") }
            if !style.alignment.isDefault { x.raw(" applyAlignment=\"1\"") }
            if !style.locked { x.raw(" applyProtection=\"1\"") }
            if style.alignment.isDefault && style.locked {
                x.raw("/>")
                continue
            }
            x.raw(">")
            if !style.alignment.isDefault { StylesPart.alignment(style.alignment, into: &x) }
            if !style.locked { x.raw("<protection locked=\"0\"/>") }
            x.raw("</xf>")
        }
        x.raw("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
        x.raw("<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium2\" defaultPivotStyle=\"PivotStyleLight16\"/>")
        x.raw("</styleSheet>")
        return x.bytes
    }

    static func font(_ font: CellFont, into x: inout XMLBuffer) {
        x.raw("<font>")
        if font.bold { x.raw("<b/>") }
        if font.italic { x.raw("<i/>") }
        if font.underline { x.raw("<u/>") }
        x.raw("<sz val=\"")
        x.number(font.size ?? 11)
        x.raw("\"/>")
        if let color = font.color {
            x.raw("<color rgb=\"FF")
            x.raw(color.description)
            x.raw("\"/>")
        }
        x.raw("<name val=\"")
        x.ooxmlText(font.name ?? "Calibri", attribute: true)
        // Family 2 is "swiss" (sans serif), 1 "roman" (serif): a hint for substitution.
        let serif = (font.name ?? "").lowercased().contains("times")
        x.raw(serif ? "\"/><family val=\"1\"/>" : "\"/><family val=\"2\"/>")
        x.raw("</font>")
    }

    static func border(_ b: CellBorders, into x: inout XMLBuffer) {
        guard !b.isEmpty else {
            x.raw("<border><left/><right/><top/><bottom/><diagonal/></border>")
            return
        }
        x.raw("<border>")
        func side(_ name: StaticString, _ line: BorderLine?) {
            x.raw("<")
            x.raw(name)
            if let line {
                x.raw(" style=\"")
                x.raw(line.rawValue)
                x.raw("\">")
                if let color = b.color {
                    x.raw("<color rgb=\"FF")
                    x.raw(color.description)
                    x.raw("\"/>")
                } else {
                    x.raw("<color indexed=\"64\"/>")
                }
                x.raw("</")
                x.raw(name)
                x.raw(">")
            } else {
                x.raw("/>")
            }
        }
        side("left", b.left)
        side("right", b.right)
        side("top", b.top)
        side("bottom", b.bottom)
        x.raw("<diagonal/></border>")
    }

    static func alignment(_ a: CellAlignment, into x: inout XMLBuffer) {
        x.raw("<alignment")
        if let h = a.horizontal {
            x.raw(" horizontal=\"")
            x.raw(h.rawValue)
            x.raw("\"")
        }
        if let v = a.vertical {
            x.raw(" vertical=\"")
            x.raw(v.rawValue)
            x.raw("\"")
        }
        if a.wrapText { x.raw(" wrapText=\"1\"") }
        if a.indent > 0 {
            x.raw(" indent=\"")
            x.int(a.indent)
            x.raw("\"")
        }
        x.raw("/>")
    }
}

/// Values listed once each, numbered in order of first use from `firstId`.
private struct NumberedList<Value: Hashable> {
    let firstId: Int
    private(set) var items: [Value] = []
    private var ids: [Value: Int] = [:]

    init(firstId: Int) { self.firstId = firstId }

    mutating func id(_ value: Value) -> Int {
        if let id = ids[value] { return id }
        let id = firstId + items.count
        ids[value] = id
        items.append(value)
        return id
    }
}
