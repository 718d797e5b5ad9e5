/// The styles of the consolidated workbook, registered once per writer.
struct ConsolidationStyles {
    let issuer, title, subtitle, header, text, code, whole, fraction, points, year, date, total, totalWhole, totalFraction,
        totalPoints, note, placeDate, signTitle, signNote: StyleHandle

    init(_ w: any SpreadsheetWriter) {
        let thin = CellBorders.all(.thin, color: RGBColor(0x808080))
        let middle = CellAlignment(vertical: .center)
        issuer = w.register(CellStyle(font: .official(12, bold: true)))
        title = w.register(CellStyle(font: .official(14, bold: true)))
        subtitle = w.register(CellStyle(font: .official(italic: true)))
        header = w.register(CellStyle(font: .official(bold: true), fill: RGBColor(0xD9E1F2), borders: thin,
                                      alignment: CellAlignment(horizontal: .center, vertical: .center, wrapText: true)))
        text = w.register(CellStyle(font: .official(), borders: thin, alignment: CellAlignment(vertical: .center, wrapText: true)))
        code = w.register(CellStyle(font: .official(), borders: thin, alignment: CellAlignment(horizontal: .center, vertical: .center),
                                    numberFormat: FormatCode.text))
        // Amounts as an office reads them: grouped thousands, decimals only when there are some
        // (chosen by the value: Excel shows `#,##0.##` as "25." on a whole number); points
        // always to two decimals, so every score is rounded alike; a year ungrouped.
        whole = w.register(CellStyle(font: .official(), borders: thin, alignment: middle, numberFormat: NumberFormats.whole))
        fraction = w.register(CellStyle(font: .official(), borders: thin, alignment: middle, numberFormat: NumberFormats.fraction))
        points = w.register(CellStyle(font: .official(), borders: thin, alignment: middle, numberFormat: NumberFormats.points))
        year = w.register(CellStyle(font: .official(), borders: thin, alignment: CellAlignment(horizontal: .center, vertical: .center), numberFormat: FormatCode.integer))
        date = w.register(CellStyle(font: .official(), borders: thin, alignment: middle, numberFormat: FormatCode.date))
        total = w.register(CellStyle(font: .official(bold: true), fill: RGBColor(0xE2EFDA), borders: thin, alignment: middle))
        let totalFill = RGBColor(0xE2EFDA)
        totalWhole = w.register(CellStyle(font: .official(bold: true), fill: totalFill, borders: thin, alignment: middle, numberFormat: NumberFormats.whole))
        totalFraction = w.register(CellStyle(font: .official(bold: true), fill: totalFill, borders: thin, alignment: middle, numberFormat: NumberFormats.fraction))
        totalPoints = w.register(CellStyle(font: .official(bold: true), fill: totalFill, borders: thin, alignment: middle, numberFormat: NumberFormats.points))
        note = w.register(CellStyle(font: .official(italic: true, color: RGBColor(0x595959))))
        let centred = CellAlignment(horizontal: .center, vertical: .center)
        placeDate = w.register(CellStyle(font: .official(12, italic: true), alignment: centred))
        signTitle = w.register(CellStyle(font: .official(12, bold: true), alignment: centred))
        signNote = w.register(CellStyle(font: .official(italic: true), alignment: centred))
    }

    /// A number's style: whole or with decimals, by its value.
    func number(_ v: Double) -> StyleHandle { v == v.rounded() ? whole : fraction }

    /// A total's style, by its value.
    func total(_ v: Double) -> StyleHandle { v == v.rounded() ? totalWhole : totalFraction }

    /// The style a reported value is shown in.
    func value(_ v: ReportedValue) -> StyleHandle {
        switch v {
        case .number(let x): number(x)
        case .date: date
        case .text, .yesNo: text
        }
    }
}
