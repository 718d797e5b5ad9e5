/// `xl/workbook.xml`: the sheets in tab order, their states, the defined names.
struct WorkbookPart {
    struct Sheet {
        var name: String
        var state: SheetState
    }

    var sheets: [Sheet]
    var definedNames: [DefinedName]
    /// Some formula has no cached value: ask the program to compute on opening.
    var needsRecalculation = false

    func xml() -> [UInt8] {
        var x = XMLBuffer()
        x.raw(XLSXNamespace.declaration)
        x.raw("<workbook xmlns=\"\(XLSXNamespace.main)\" xmlns:r=\"\(XLSXNamespace.relationships)\">")
        x.raw("<workbookPr/>")
        // The programs open on the first visible sheet; hidden leading sheets are skipped.
        let active = sheets.firstIndex { $0.state == .visible } ?? 0
        x.raw("<bookViews><workbookView xWindow=\"240\" yWindow=\"15\" windowWidth=\"16095\" windowHeight=\"9660\"")
        if active > 0 {
            x.raw(" firstSheet=\"")
            x.int(active)
            x.raw("\" activeTab=\"")
            x.int(active)
            x.raw("\"")
        }
        x.raw("/></bookViews><sheets>")
        for (i, sheet) in sheets.enumerated() {
            x.raw("<sheet name=\"")
            x.ooxmlText(sheet.name, attribute: true)
            x.raw("\" sheetId=\"")
            x.int(i + 1)
            switch sheet.state {
            case .visible: x.raw("\"")
            case .hidden: x.raw("\" state=\"hidden\"")
            case .veryHidden: x.raw("\" state=\"veryHidden\"")
            }
            x.raw(" r:id=\"rId")
            x.int(i + 1)
            x.raw("\"/>")
        }
        x.raw("</sheets>")
        if !definedNames.isEmpty {
            x.raw("<definedNames>")
            for name in WorkbookPart.ordered(definedNames) {
                x.raw("<definedName name=\"")
                x.ooxmlText(name.name, attribute: true)
                x.raw("\"")
                if let sheet = name.localSheet {
                    x.raw(" localSheetId=\"")
                    x.int(sheet)
                    x.raw("\"")
                }
                if name.hidden { x.raw(" hidden=\"1\"") }
                x.raw(">")
                x.ooxmlText(name.formula)
                x.raw("</definedName>")
            }
            x.raw("</definedNames>")
        }
        x.raw(needsRecalculation ? "<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/>" : "<calcPr calcId=\"191029\"/>")
        x.raw("</workbook>")
        return x.bytes
    }

    /// Sorted as the programs keep them (by name, then sheet), so output does not depend on call order.
    static func ordered(_ names: [DefinedName]) -> [DefinedName] {
        names.enumerated().sorted { a, b in
            let ka = a.element.name.uppercased(), kb = b.element.name.uppercased()
            if ka != kb { return ka < kb }
            if a.element.localSheet != b.element.localSheet {
                return (a.element.localSheet ?? -1) < (b.element.localSheet ?? -1)
            }
            return a.offset < b.offset
        }.map(\.element)
    }
}
