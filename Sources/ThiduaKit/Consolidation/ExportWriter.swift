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
            var taken = Set<String>()
            try w.beginSheet(SheetSetup(
                name: ConsolidationLabels.sheetName(table.profile.name, taken: &taken),
                columns: [ColumnFormat(0, max(0, header.count - 1), width: 16)], frozen: FrozenPanes(rows: 1),
                print: PrintSetup(paper: .a4, orientation: .landscape, fitToWidth: true, repeatedRows: 0...0)))
            try w.writeRow(0, header.enumerated().map { WriteCell($0.offset, .text($0.element), style: s.header) })
            var row = 1
            try table.forEachRow { values in
                try w.writeRow(row, values.enumerated().map { i, v in
                    WriteCell(i, v, style: v.kind == .number ? s.number : v.kind == .date ? s.date : nil)
                })
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
