/// `xl/worksheets/sheetN.xml`, in three pieces: the header (up to `<sheetData>`), built once
/// the rows are known so the dimension is true; the rows, streamed (`WorksheetRows`); and
/// the footer, in the element order the schema fixes.
struct WorksheetPart {
    var setup: SheetSetup
    var finish: SheetFinish
    /// The range holding every written cell, nil when none.
    var dimension: CellRange?
    /// This is the sheet the workbook opens on.
    var selected: Bool
    /// Relationship id of the drawing holding the sheet's charts, if any.
    var drawingRelationship: Int?

    /// Everything before the rows, ending with `<sheetData>`.
    func header() -> [UInt8] {
        var x = XMLBuffer()
        x.raw(XLSXNamespace.declaration)
        x.raw("<worksheet xmlns=\"\(XLSXNamespace.main)\" xmlns:r=\"\(XLSXNamespace.relationships)\">")
        if setup.print?.fitToWidth == true {
            x.raw("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
        }
        x.raw("<dimension ref=\"")
        x.raw(dimension?.description ?? "A1")
        x.raw("\"/>")
        sheetViews(&x)
        x.raw("<sheetFormatPr defaultRowHeight=\"")
        x.number(setup.defaultRowHeight ?? 15)
        x.raw(setup.defaultRowHeight == nil ? "\"/>" : "\" customHeight=\"1\"/>")
        columns(&x)
        x.raw("<sheetData>")
        return x.bytes
    }

    private func sheetViews(_ x: inout XMLBuffer) {
        x.raw("<sheetViews><sheetView")
        if !setup.showGridLines { x.raw(" showGridLines=\"0\"") }
        if selected { x.raw(" tabSelected=\"1\"") }
        x.raw(" workbookViewId=\"0\"")
        guard let frozen = setup.frozen, frozen.rows > 0 || frozen.columns > 0 else {
            x.raw("/></sheetViews>")
            return
        }
        x.raw(">")
        let topLeft = CellReference(row: frozen.rows, column: frozen.columns).description
        let pane: StaticString = frozen.rows > 0 && frozen.columns > 0 ? "bottomRight"
            : frozen.rows > 0 ? "bottomLeft" : "topRight"
        x.raw("<pane")
        if frozen.columns > 0 {
            x.raw(" xSplit=\"")
            x.int(frozen.columns)
            x.raw("\"")
        }
        if frozen.rows > 0 {
            x.raw(" ySplit=\"")
            x.int(frozen.rows)
            x.raw("\"")
        }
        x.raw(" topLeftCell=\"")
        x.raw(topLeft)
        x.raw("\" activePane=\"")
        x.raw(pane)
        x.raw("\" state=\"frozen\"/>")
        if frozen.rows > 0 && frozen.columns > 0 {
            x.raw("<selection pane=\"topRight\"/><selection pane=\"bottomLeft\"/>")
        }
        x.raw("<selection pane=\"")
        x.raw(pane)
        x.raw("\" activeCell=\"")
        x.raw(topLeft)
        x.raw("\" sqref=\"")
        x.raw(topLeft)
        x.raw("\"/></sheetView></sheetViews>")
    }

    private func columns(_ x: inout XMLBuffer) {
        guard !setup.columns.isEmpty else { return }
        x.raw("<cols>")
        for c in setup.columns {
            x.raw("<col min=\"")
            x.int(c.first + 1)
            x.raw("\" max=\"")
            x.int(c.last + 1)
            x.raw("\" width=\"")
            x.number(WorksheetPart.storedWidth(c.width ?? 8.43))
            x.raw("\"")
            if let style = c.style, style.index != 0 {
                x.raw(" style=\"")
                x.int(style.index)
                x.raw("\"")
            }
            if c.hidden { x.raw(" hidden=\"1\"") }
            if c.width != nil { x.raw(" customWidth=\"1\"") }
            x.raw("/>")
        }
        x.raw("</cols>")
    }

    /// The stored width for a width shown in characters: Excel adds 5 pixels of padding to
    /// whole pixels of the default font's digit (7 px for Calibri 11) and keeps 1/256ths.
    static func storedWidth(_ characters: Double) -> Double {
        (ColumnWidth.pixels(characters) / ColumnWidth.digitPixels * 256).rounded(.down) / 256
    }

    /// Everything after the rows, starting with `</sheetData>`.
    func footer() -> [UInt8] {
        var x = XMLBuffer()
        x.raw("</sheetData>")
        if let p = setup.protection { protection(p, &x) }
        if let range = finish.autoFilter {
            x.raw("<autoFilter ref=\"")
            x.raw(range.description)
            x.raw("\"/>")
        }
        if !finish.mergedRanges.isEmpty {
            x.raw("<mergeCells count=\"")
            x.int(finish.mergedRanges.count)
            x.raw("\">")
            for range in finish.mergedRanges {
                x.raw("<mergeCell ref=\"")
                x.raw(range.description)
                x.raw("\"/>")
            }
            x.raw("</mergeCells>")
        }
        if !finish.validations.isEmpty {
            x.raw("<dataValidations count=\"")
            x.int(finish.validations.count)
            x.raw("\">")
            for v in finish.validations { DataValidationXML.write(v, into: &x) }
            x.raw("</dataValidations>")
        }
        let margins = setup.print?.margins ?? PageMargins()
        x.raw("<pageMargins left=\"")
        x.number(margins.left)
        x.raw("\" right=\"")
        x.number(margins.right)
        x.raw("\" top=\"")
        x.number(margins.top)
        x.raw("\" bottom=\"")
        x.number(margins.bottom)
        x.raw("\" header=\"")
        x.number(margins.header)
        x.raw("\" footer=\"")
        x.number(margins.footer)
        x.raw("\"/>")
        if let print = setup.print {
            x.raw("<pageSetup paperSize=\"")
            switch print.paper {
            case .a4: x.raw("9")
            case .a3: x.raw("8")
            case .letter: x.raw("1")
            }
            x.raw("\" orientation=\"")
            x.raw(print.orientation.rawValue)
            x.raw(print.fitToWidth ? "\" fitToWidth=\"1\" fitToHeight=\"0\"/>" : "\"/>")
            // `&C&P`: the page number, centred (`&"Font,Regular"` first when a font is named);
            // the empty first-page footer leaves page 1 bare.
            if print.pageNumbers {
                x.raw("<headerFooter differentFirst=\"1\"><oddFooter>&amp;C")
                if let font = print.pageNumberFont {
                    x.text("&\"" + font.replacingOccurrences(of: "\"", with: "") + ",Regular\"")
                }
                x.raw("&amp;P</oddFooter><firstFooter></firstFooter></headerFooter>")
            }
        }
        if let id = drawingRelationship {
            x.raw("<drawing r:id=\"rId")
            x.int(id)
            x.raw("\"/>")
        }
        x.raw("</worksheet>")
        return x.bytes
    }

    private func protection(_ p: SheetProtection, _ x: inout XMLBuffer) {
        x.raw("<sheetProtection")
        if let hash = p.passwordHash {
            x.raw(" password=\"")
            x.ooxmlText(hash, attribute: true)
            x.raw("\"")
        }
        x.raw(" sheet=\"1\" objects=\"1\" scenarios=\"1\"")
        // These attributes name what is *protected*; 0 lets users do it.
        if p.allowFormatColumns { x.raw(" formatColumns=\"0\"") }
        if p.allowFormatRows { x.raw(" formatRows=\"0\"") }
        if p.allowSort { x.raw(" sort=\"0\"") }
        if p.allowAutoFilter { x.raw(" autoFilter=\"0\"") }
        x.raw("/>")
    }
}
