/// The styles of a return form, registered once per workbook: Times New Roman throughout,
/// the customary font of official papers (TCVN 6909:2001 Unicode).
struct FormStyles {
    let title, subject, label, field, fieldNumber, fieldDate, inputField, inputFieldText, header, areaRow, code, text,
        number, fraction, computedPoints, target, money, method, input, inputDate, inputText, subtotal, subtotalNumber, instructions, markerKey,
        body, bodyBold, mottoLine, placeDate, signTitle, signNote: StyleHandle

    init(_ w: any SpreadsheetWriter) {
        func font(_ size: Double = 11, bold: Bool = false, italic: Bool = false, underline: Bool = false) -> CellFont {
            CellFont.official(size, bold: bold, italic: italic, underline: underline)
        }
        let thin = CellBorders.all(.thin, color: RGBColor(0x808080))
        let inputFill = RGBColor(0xFFF2CC)   // pale yellow: the cells a ward fills in
        let headerFill = RGBColor(0xD9E1F2)
        let areaFill = RGBColor(0xE2EFDA)
        let wrapTop = CellAlignment(vertical: .center, wrapText: true)
        let centred = CellAlignment(horizontal: .center, vertical: .center, wrapText: true)
        let left = CellAlignment(horizontal: .left, vertical: .center)
        let right = CellAlignment(horizontal: .right, vertical: .center)
        title = w.register(CellStyle(font: font(14, bold: true), alignment: centred))
        subject = w.register(CellStyle(font: font(12, bold: true), alignment: centred))
        label = w.register(CellStyle(font: font(bold: true), alignment: right))
        field = w.register(CellStyle(font: font(), alignment: left))
        fieldNumber = w.register(CellStyle(font: font(), alignment: left, numberFormat: FormatCode.integer))
        fieldDate = w.register(CellStyle(font: font(), alignment: left, numberFormat: FormatCode.date))
        inputField = w.register(CellStyle(font: font(), fill: inputFill, borders: thin, alignment: left, numberFormat: FormatCode.date, locked: false))
        inputFieldText = w.register(CellStyle(font: font(), fill: inputFill, borders: thin, alignment: left, numberFormat: FormatCode.text, locked: false))
        header = w.register(CellStyle(font: font(bold: true), fill: headerFill, borders: thin, alignment: centred))
        areaRow = w.register(CellStyle(font: font(bold: true), fill: areaFill, borders: thin, alignment: wrapTop))
        code = w.register(CellStyle(font: font(), borders: thin, alignment: CellAlignment(horizontal: .center, vertical: .center)))
        text = w.register(CellStyle(font: font(), borders: thin, alignment: wrapTop))
        number = w.register(CellStyle(font: font(), borders: thin, alignment: CellAlignment(vertical: .center), numberFormat: NumberFormats.whole))
        fraction = w.register(CellStyle(font: font(), borders: thin, alignment: CellAlignment(vertical: .center), numberFormat: NumberFormats.fraction))
        // Points the form computes from the result: locked, shown to two decimals as the district scores.
        computedPoints = w.register(CellStyle(font: font(), borders: thin, alignment: CellAlignment(vertical: .center), numberFormat: NumberFormats.points))
        target = w.register(CellStyle(font: font(), borders: thin, alignment: CellAlignment(horizontal: .right, vertical: .center)))
        money = w.register(CellStyle(font: font(), borders: thin, alignment: CellAlignment(vertical: .center), numberFormat: FormatCode.groupedInteger))
        method = w.register(CellStyle(font: font(10, italic: true), borders: thin, alignment: wrapTop))
        // General: a typed 25 shows as 25, a typed 85,5 as 85,5 (a grouped code would show "25.").
        input = w.register(CellStyle(font: font(), fill: inputFill, borders: thin, alignment: CellAlignment(vertical: .center), locked: false))
        inputDate = w.register(CellStyle(font: font(), fill: inputFill, borders: thin, alignment: CellAlignment(vertical: .center), numberFormat: FormatCode.date, locked: false))
        inputText = w.register(CellStyle(font: font(), fill: inputFill, borders: thin, alignment: wrapTop, numberFormat: FormatCode.text, locked: false))
        subtotal = w.register(CellStyle(font: font(bold: true), borders: thin, alignment: wrapTop))
        subtotalNumber = w.register(CellStyle(font: font(bold: true), borders: thin, numberFormat: NumberFormats.points))
        instructions = w.register(CellStyle(font: font(italic: true), alignment: CellAlignment(vertical: .top, wrapText: true)))
        markerKey = w.register(CellStyle(font: font(), numberFormat: FormatCode.text))
        body = w.register(CellStyle(font: font(12), alignment: centred))
        bodyBold = w.register(CellStyle(font: font(12, bold: true), alignment: centred))
        mottoLine = w.register(CellStyle(font: font(12, bold: true, underline: true), alignment: centred))
        placeDate = w.register(CellStyle(font: font(12, italic: true), alignment: centred))
        signTitle = w.register(CellStyle(font: font(12, bold: true), alignment: centred))
        signNote = w.register(CellStyle(font: font(11, italic: true), alignment: centred))
    }
}
