import Spreadsheet

/// Streams a workbook from a reader into a writer, sheet by sheet, row by row.
enum WorkbookCopy {
    /// - Returns: notes on values that had to change form (dates XLSX cannot hold), for the user.
    @discardableResult
    static func copy(_ book: WorkbookReader, to writer: any SpreadsheetWriter, keepFormulas: Bool) throws -> [String] {
        var notes: [String] = []
        // XLSX's 1900 date system starts on 1900-01-01: earlier dates are kept as ISO text.
        let earliest = writer is XLSXWriter ? CivilDate(year: 1900, month: 1, day: 1) : nil
        do {
            // ODS marks merges on the cells, so they must be known before the rows; the XLSX
            // reader only knows them after the rows: such a sheet is read twice.
            let mergesFirst = writer is ODSWriter
            for info in book.sheets {
                var merges: [CellRange] = []
                if mergesFirst {
                    let scan = try book.rows(sheet: info.index)
                    while try scan.nextRow() != nil {}
                    merges = scan.mergedRanges
                }
                try writer.beginSheet(SheetSetup(name: info.name, state: info.state, mergedRanges: merges))
                let rows = try book.rows(sheet: info.index)
                while var row = try rows.nextRow() {
                    if let earliest {
                        for i in row.cells.indices {
                            guard let date = Self.date(of: row.cells[i].value), date < earliest else { continue }
                            let text = row.cells[i].value.isoText ?? ""
                            notes.append("\(DocumentLocation.quoteSheetName(info.name))!\(CellReference(row: row.index, column: row.cells[i].column)): \(text)")
                            row.cells[i] = Cell(column: row.cells[i].column, value: .text(text))
                        }
                    }
                    try writer.writeRow(row, keepFormulas: keepFormulas)
                }
                try writer.endSheet(SheetFinish(mergedRanges: mergesFirst ? [] : rows.mergedRanges))
            }
            if keepFormulas {
                for name in book.definedNames where !name.name.hasPrefix("_xlnm.") {
                    try writer.addDefinedName(name)
                }
            }
            try writer.finish()
        } catch {
            writer.cancel()
            throw error
        }
        return notes
    }

    private static func date(of value: CellValue) -> CivilDate? {
        switch value {
        case .date(let d): d
        case .dateTime(let dt): dt.date
        default: nil
        }
    }

    static func toCSV(_ book: WorkbookReader, sheet: Int, path: String, options: CSVWriteOptions) throws {
        var writer = try CSVWriter(path: path, options: options)
        let rows = try book.rows(sheet: sheet)
        var next = 0
        while let row = try rows.nextRow() { try writer.write(row, next: &next) }
        _ = try writer.finish()
    }
}
