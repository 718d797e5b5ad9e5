/// The styles of the consolidated workbook, registered once per writer.
struct ConsolidationStyles {
    let title, subtitle, header, text, code, number, date, total, totalNumber, note: StyleHandle

    /// Points and amounts as an office reads them: grouped thousands, decimals only when there are some.
    static let numberFormat = "#,##0.##"

    init(_ w: any SpreadsheetWriter) {
        let thin = CellBorders.all(.thin, color: RGBColor(0x808080))
        let middle = CellAlignment(vertical: .center)
        title = w.register(CellStyle(font: CellFont(size: 14, bold: true)))
        subtitle = w.register(CellStyle(font: CellFont(italic: true)))
        header = w.register(CellStyle(font: CellFont(bold: true), fill: RGBColor(0xD9E1F2), borders: thin,
                                      alignment: CellAlignment(horizontal: .center, vertical: .center, wrapText: true)))
        text = w.register(CellStyle(borders: thin, alignment: CellAlignment(vertical: .center, wrapText: true)))
        code = w.register(CellStyle(borders: thin, alignment: CellAlignment(horizontal: .center, vertical: .center),
                                    numberFormat: FormatCode.text))
        number = w.register(CellStyle(borders: thin, alignment: middle, numberFormat: Self.numberFormat))
        date = w.register(CellStyle(borders: thin, alignment: middle, numberFormat: FormatCode.date))
        total = w.register(CellStyle(font: CellFont(bold: true), fill: RGBColor(0xE2EFDA), borders: thin, alignment: middle))
        totalNumber = w.register(CellStyle(font: CellFont(bold: true), fill: RGBColor(0xE2EFDA), borders: thin,
                                           alignment: middle, numberFormat: Self.numberFormat))
        note = w.register(CellStyle(font: CellFont(italic: true, color: RGBColor(0x595959))))
    }

    /// The style a reported value is shown in.
    func value(_ v: ReportedValue) -> StyleHandle {
        switch v {
        case .number: number
        case .date: date
        case .text, .yesNo: text
        }
    }
}
