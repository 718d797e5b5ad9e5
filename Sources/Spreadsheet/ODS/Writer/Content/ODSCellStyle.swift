/// A `CellStyle` as an automatic `table-cell` style of `content.xml`.
enum ODSCellStyle {
    /// `<style:style style:name="ce3" ...>`; `dataStyle` names its number format, if any.
    static func write(_ style: CellStyle, name: String, dataStyle: String?, into x: inout XMLBuffer) {
        x.raw("<style:style style:name=\"")
        x.raw(name)
        x.raw("\" style:family=\"table-cell\" style:parent-style-name=\"Default\"")
        if let dataStyle {
            x.raw(" style:data-style-name=\"")
            x.raw(dataStyle)
            x.raw("\"")
        }
        let a = style.alignment
        let hasCell = style.fill != nil || !style.borders.isEmpty || a.horizontal != nil || a.vertical != nil || a.wrapText || !style.locked
        guard hasCell || (a.horizontal != nil && a.horizontal != .general) || a.indent > 0 || style.font != CellFont() else {
            x.raw("/>")
            return
        }
        x.raw(">")
        if hasCell { cellProperties(style, &x) }
        paragraphProperties(a, &x)
        textProperties(style.font, &x)
        x.raw("</style:style>")
    }

    private static func cellProperties(_ style: CellStyle, _ x: inout XMLBuffer) {
        let a = style.alignment
        let b = style.borders
        x.raw("<style:table-cell-properties")
        if let fill = style.fill {
            x.raw(" fo:background-color=\"#")
            x.raw(fill.description)
            x.raw("\"")
        }
        if !b.isEmpty {
            if b.left == b.right && b.left == b.top && b.left == b.bottom {
                border(" fo:border=\"", b.left, b.color, &x)
            } else {
                border(" fo:border-left=\"", b.left, b.color, &x)
                border(" fo:border-right=\"", b.right, b.color, &x)
                border(" fo:border-top=\"", b.top, b.color, &x)
                border(" fo:border-bottom=\"", b.bottom, b.color, &x)
            }
        }
        if let h = a.horizontal, h != .general {
            // Without "fix" the program aligns by value type and ignores the paragraph's alignment.
            x.raw(" style:text-align-source=\"fix\"")
            if h == .fill { x.raw(" style:repeat-content=\"true\"") }
        }
        if a.wrapText { x.raw(" fo:wrap-option=\"wrap\"") }
        if let v = a.vertical {
            switch v {
            case .top: x.raw(" style:vertical-align=\"top\"")
            case .bottom: x.raw(" style:vertical-align=\"bottom\"")
            case .center, .justify, .distributed: x.raw(" style:vertical-align=\"middle\"")
            }
        }
        if !style.locked { x.raw(" style:cell-protect=\"none\" style:print-content=\"true\"") }
        x.raw("/>")
    }

    /// Widths as LibreOffice reads Excel's line styles.
    private static func border(_ attribute: StaticString, _ line: BorderLine?, _ color: RGBColor?, _ x: inout XMLBuffer) {
        x.raw(attribute)
        switch line {
        case nil: x.raw("none\""); return
        case .thin: x.raw("0.74pt solid")
        case .medium: x.raw("1.76pt solid")
        case .thick: x.raw("2.49pt solid")
        case .dashed: x.raw("0.74pt dashed")
        case .dotted: x.raw("0.74pt dotted")
        case .double: x.raw("2.6pt double")
        }
        x.raw(" #")
        x.raw((color ?? .black).description)
        x.raw("\"")
    }

    private static func paragraphProperties(_ a: CellAlignment, _ x: inout XMLBuffer) {
        let align: StaticString?
        switch a.horizontal {
        case .left: align = "start"
        case .center, .centerContinuous: align = "center"
        case .right: align = "end"
        case .justify, .distributed: align = "justify"
        case .general, .fill, nil: align = nil
        }
        guard align != nil || a.indent > 0 else { return }
        x.raw("<style:paragraph-properties")
        if let align {
            x.raw(" fo:text-align=\"")
            x.raw(align)
            x.raw("\"")
        }
        if a.indent > 0 {
            x.raw(" fo:margin-left=\"")
            x.number(ODSLength.indentCentimetres(a.indent))
            x.raw("cm\"")
        }
        x.raw("/>")
    }

    private static func textProperties(_ f: CellFont, _ x: inout XMLBuffer) {
        guard f != CellFont() else { return }
        x.raw("<style:text-properties")
        if let name = f.name {
            x.raw(" style:font-name=\"")
            x.text(name, attribute: true)
            x.raw("\"")
        }
        if let size = f.size {
            x.raw(" fo:font-size=\"")
            x.number(size)
            x.raw("pt\"")
        }
        if f.bold { x.raw(" fo:font-weight=\"bold\"") }
        if f.italic { x.raw(" fo:font-style=\"italic\"") }
        if f.underline {
            x.raw(" style:text-underline-style=\"solid\" style:text-underline-width=\"auto\" style:text-underline-color=\"font-color\"")
        }
        if let color = f.color {
            x.raw(" fo:color=\"#")
            x.raw(color.description)
            x.raw("\"")
        }
        x.raw("/>")
    }
}

/// `<style:font-face>` declarations for the fonts the styles name.
enum ODSFontFaces {
    static func write(_ names: [String], into x: inout XMLBuffer) {
        x.raw("<office:font-face-decls>")
        for name in names {
            x.raw("<style:font-face style:name=\"")
            x.text(name, attribute: true)
            x.raw("\" svg:font-family=\"")
            x.text(name.contains(" ") ? "'" + name + "'" : name, attribute: true)
            // A hint for substitution when the font is missing: serif or sans serif.
            x.raw(name.lowercased().contains("times") ? "\" style:font-family-generic=\"roman\"" : "\" style:font-family-generic=\"swiss\"")
            x.raw(" style:font-pitch=\"variable\"/>")
        }
        x.raw("</office:font-face-decls>")
    }
}
