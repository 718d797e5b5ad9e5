/// `content.xml`, in three pieces: the head (declarations, automatic styles, validations),
/// built last because sheets add styles as they stream; the tables, streamed
/// (`ODSTableStart`, `ODSTableRows`); and the tail (named ranges, filters).
struct ODSContentPart {
    var styles: [CellStyle]
    var automatic: ODSAutomaticStyles
    var validations: [ODSValidation]

    /// The default font of the workbook, as in XLSX.
    static let defaultFont = "Calibri"

    /// Everything before the first table.
    func head() -> [UInt8] {
        var x = XMLBuffer(capacity: 4096 + styles.count * 400)
        x.raw(ODSWriterNamespace.declaration)
        x.raw("<office:document-content \(ODSWriterNamespace.documentNamespaces) office:version=\"\(ODSWriterNamespace.version)\">")
        ODSFontFaces.write(ODSContentPart.fonts(styles), into: &x)
        x.raw("<office:automatic-styles>")
        for (i, cm) in automatic.columnWidths.enumerated() {
            x.raw("<style:style style:name=\"co")
            x.int(i + 1)
            x.raw("\" style:family=\"table-column\"><style:table-column-properties fo:break-before=\"auto\" style:column-width=\"")
            x.number(cm)
            x.raw("cm\"/></style:style>")
        }
        for (i, pt) in automatic.rowHeights.enumerated() {
            x.raw("<style:style style:name=\"ro")
            x.int(i + 1)
            x.raw("\" style:family=\"table-row\"><style:table-row-properties style:row-height=\"")
            x.number(pt)
            x.raw("pt\" fo:break-before=\"auto\" style:use-optimal-row-height=\"false\"/></style:style>")
        }
        for (i, t) in automatic.tables.enumerated() {
            x.raw("<style:style style:name=\"ta")
            x.int(i + 1)
            x.raw("\" style:family=\"table\" style:master-page-name=\"")
            x.raw(t.masterPage)
            x.raw(t.visible ? "\"><style:table-properties table:display=\"true\" style:writing-mode=\"lr-tb\"/></style:style>"
                            : "\"><style:table-properties table:display=\"false\" style:writing-mode=\"lr-tb\"/></style:style>")
        }
        let dataStyles = ODSContentPart.dataStyles(styles)
        for (i, style) in dataStyles.list.enumerated() { style.write(name: "N\(i + 1)", into: &x) }
        for (i, style) in styles.enumerated() where i > 0 {
            let data = style.numberFormat.flatMap { dataStyles.index[$0] }.map { "N\($0 + 1)" }
            ODSCellStyle.write(style, name: "ce\(i)", dataStyle: data, into: &x)
        }
        x.raw("</office:automatic-styles><office:body><office:spreadsheet>")
        // Excel's rules for criteria (wildcards, no regular expressions, no label lookup), so
        // COUNTIF and friends give the same results in both formats.
        x.raw("<table:calculation-settings table:case-sensitive=\"false\" table:automatic-find-labels=\"false\" table:use-regular-expressions=\"false\" table:use-wildcards=\"true\"/>")
        if !validations.isEmpty {
            x.raw("<table:content-validations>")
            for v in validations { v.write(into: &x) }
            x.raw("</table:content-validations>")
        }
        return x.bytes
    }

    /// Everything after the last table.
    static func tail(names: [DefinedName], sheetNames: [String], filters: [(sheet: String, range: CellRange)]) -> [UInt8] {
        var x = XMLBuffer()
        ODSNamedExpressions.write(names, sheetNames: sheetNames, into: &x)
        if !filters.isEmpty {
            x.raw("<table:database-ranges>")
            for (i, f) in filters.enumerated() {
                // The name LibreOffice gives a sheet's own filter range.
                x.raw("<table:database-range table:name=\"__Anonymous_Sheet_DB__")
                x.int(i)
                x.raw("\" table:target-range-address=\"")
                x.text(ODSFormula.rangeAddress(sheet: f.sheet, f.range), attribute: true)
                x.raw("\" table:display-filter-buttons=\"true\"/>")
            }
            x.raw("</table:database-ranges>")
        }
        x.raw("</office:spreadsheet></office:body></office:document-content>")
        return x.bytes
    }

    /// The data styles the cell styles name, each code once, in order of first use.
    static func dataStyles(_ styles: [CellStyle]) -> (list: [ODSNumberStyle], index: [String: Int]) {
        var list: [ODSNumberStyle] = []
        var index: [String: Int] = [:]
        for code in styles.compactMap(\.numberFormat) where index[code] == nil {
            let style = code == ODSAutomaticStyles.booleanCode ? ODSNumberStyle.boolean : ODSNumberStyle(code: code)
            guard let style else { continue }
            index[code] = list.count
            list.append(style)
        }
        return (list, index)
    }

    /// The default font, then every font a style names, once each.
    static func fonts(_ styles: [CellStyle]) -> [String] {
        var names = [defaultFont]
        for case let name? in styles.map(\.font.name) where !names.contains(name) { names.append(name) }
        return names
    }
}

/// The start of a sheet's `<table:table>`: its name, style, protection and columns.
struct ODSTableStart {
    var setup: SheetSetup
    var tableStyle: Int

    func xml(automatic: inout ODSAutomaticStyles) -> [UInt8] {
        var x = XMLBuffer()
        x.raw("<table:table table:name=\"")
        x.text(setup.name, attribute: true)
        x.raw("\" table:style-name=\"ta")
        x.int(tableStyle)
        x.raw("\"")
        if let p = setup.protection {
            x.raw(" table:protected=\"true\"")
            if let hash = p.passwordHash, let key = ODSProtectionKey.excelLegacy(hash) {
                x.raw(" table:protection-key=\"")
                x.raw(key)
                x.raw("\" table:protection-key-digest-algorithm=\"\(ODSProtectionKey.legacyAlgorithm)\" loext:protection-key-digest-algorithm-2=\"\(ODSProtectionKey.sha1Algorithm)\"")
            }
        }
        x.raw(">")
        var next = 0
        for c in setup.columns {
            if c.first > next { plainColumns(c.first - next, &x) }
            x.raw("<table:table-column")
            if let width = c.width {
                x.raw(" table:style-name=\"co")
                x.int(automatic.column(width: width))
                x.raw("\"")
            }
            if c.last > c.first {
                x.raw(" table:number-columns-repeated=\"")
                x.int(c.last - c.first + 1)
                x.raw("\"")
            }
            if c.hidden { x.raw(" table:visibility=\"collapse\"") }
            if let style = c.style, style.index != 0 {
                x.raw(" table:default-cell-style-name=\"ce")
                x.int(style.index)
                x.raw("\"")
            }
            x.raw("/>")
            next = c.last + 1
        }
        // A table declares at least one column.
        if next == 0 { plainColumns(1, &x) }
        return x.bytes
    }

    private func plainColumns(_ count: Int, _ x: inout XMLBuffer) {
        x.raw("<table:table-column")
        if count > 1 {
            x.raw(" table:number-columns-repeated=\"")
            x.int(count)
            x.raw("\"")
        }
        x.raw("/>")
    }
}
