/// The styles of a return form, registered once per workbook.
struct FormStyles {
    let title, label, field, inputField, header, areaRow, code, text, number, money, input, inputDate,
        inputText, subtotal, subtotalNumber, instructions, markerKey: StyleHandle

    init(_ w: any SpreadsheetWriter) {
        let thin = CellBorders.all(.thin, color: RGBColor(0x808080))
        let inputFill = RGBColor(0xFFF2CC)   // pale yellow: the cells a ward fills in
        let headerFill = RGBColor(0xD9E1F2)
        let areaFill = RGBColor(0xE2EFDA)
        let wrapTop = CellAlignment(vertical: .center, wrapText: true)
        title = w.register(CellStyle(font: CellFont(size: 14, bold: true), alignment: CellAlignment(horizontal: .center, vertical: .center, wrapText: true)))
        label = w.register(CellStyle(font: CellFont(bold: true)))
        field = w.register(CellStyle())
        inputField = w.register(CellStyle(fill: inputFill, borders: thin, numberFormat: FormatCode.date, locked: false))
        header = w.register(CellStyle(font: CellFont(bold: true), fill: headerFill, borders: thin,
                                      alignment: CellAlignment(horizontal: .center, vertical: .center, wrapText: true)))
        areaRow = w.register(CellStyle(font: CellFont(bold: true), fill: areaFill, borders: thin, alignment: wrapTop))
        code = w.register(CellStyle(borders: thin, alignment: CellAlignment(horizontal: .center, vertical: .center)))
        text = w.register(CellStyle(borders: thin, alignment: wrapTop))
        number = w.register(CellStyle(borders: thin, alignment: CellAlignment(vertical: .center), numberFormat: "#,##0.##"))
        money = w.register(CellStyle(borders: thin, alignment: CellAlignment(vertical: .center), numberFormat: "#,##0"))
        input = w.register(CellStyle(fill: inputFill, borders: thin, alignment: CellAlignment(vertical: .center), numberFormat: "#,##0.##", locked: false))
        inputDate = w.register(CellStyle(fill: inputFill, borders: thin, alignment: CellAlignment(vertical: .center), numberFormat: FormatCode.date, locked: false))
        inputText = w.register(CellStyle(fill: inputFill, borders: thin, alignment: wrapTop, numberFormat: FormatCode.text, locked: false))
        subtotal = w.register(CellStyle(font: CellFont(bold: true), borders: thin, alignment: wrapTop))
        subtotalNumber = w.register(CellStyle(font: CellFont(bold: true), borders: thin, numberFormat: "#,##0.##"))
        instructions = w.register(CellStyle(font: CellFont(italic: true), alignment: CellAlignment(vertical: .top, wrapText: true)))
        markerKey = w.register(CellStyle(numberFormat: FormatCode.text))
    }
}
