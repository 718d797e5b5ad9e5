/// Writes an export table as CSV or as a one-sheet workbook, streaming its rows.
public enum ExportWriter {
    /// Writes the table as CSV at `path` (replaced only when complete).
    public static func writeCSV(_ table: ExportTable, path: String, options: CSVWriteOptions) throws {
        var csv = try CSVWriter(path: path, options: options)
        try csv.write(row: table.header.map { CellValue.text($0) })
        try table.forEachRow { try csv.write(row: $0) }
        try csv.finish()
    }

    /// Writes the table as the only sheet of a workbook and finishes it; cancels on error.
    public static func writeWorkbook(_ table: ExportTable, to w: any SpreadsheetWriter) throws {
        do {
            let s = ConsolidationStyles(w)
            let header = table.header
            let fields = table.fields
            var taken = Set<String>()
            try w.beginSheet(SheetSetup(
                name: ConsolidationLabels.sheetName(table.profile.name, taken: &taken),
                columns: [ColumnFormat(0, max(0, header.count - 1), width: 16)], frozen: FrozenPanes(rows: 1),
                print: PrintSetup(paper: .a4, orientation: .landscape, fitToWidth: true, repeatedRows: 0...0)))
            // A header that wraps needs the height of its longest label.
            let lines = header.map { max(1, Int((Double($0.count) / 16).rounded(.up))) }.max() ?? 1
            try w.writeRow(0, header.enumerated().map { WriteCell($0.offset, .text($0.element), style: s.header) },
                           height: Double(max(lines, 2)) * 15)
            var row = 1
            var cells: [WriteCell] = []
            try table.forEachRow { values in
                cells.removeAll(keepingCapacity: true)
                for (i, v) in values.enumerated() {
                    let style: StyleHandle = switch v {
                    // A year reads 2018, never 2,018.
                    case .number where i < fields.count && fields[i] == .year: s.year
                    case .number(let x): s.number(x)
                    case .date: s.date
                    default: s.text
                    }
                    cells.append(WriteCell(i, v, style: style))
                }
                try w.writeRow(row, cells)
                row += 1
            }
            try w.endSheet(SheetFinish(autoFilter: CellRange(start: CellReference(row: 0, column: 0),
                                                             end: CellReference(row: max(0, row - 1), column: max(0, header.count - 1)))))
            try w.finish()
        } catch {
            w.cancel()
            throw error
        }
    }
}
