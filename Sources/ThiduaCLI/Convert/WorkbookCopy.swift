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
            // One style per number format met: dates keep their format, numbers theirs.
            var styles: [String: StyleHandle] = [:]
            for info in book.sheets {
                try writer.beginSheet(SheetSetup(name: info.name, state: info.state))
                let rows = try book.rows(sheet: info.index)
                var cells: [WriteCell] = []
                while let row = try rows.nextRow() {
                    cells.removeAll(keepingCapacity: true)
                    for cell in row.cells {
                        var style: StyleHandle?
                        if let code = cell.numberFormat, code != "General" {
                            if let s = styles[code] {
                                style = s
                            } else {
                                let s = writer.register(CellStyle(numberFormat: code))
                                styles[code] = s
                                style = s
                            }
                        }
                        var value = cell.value
                        if let earliest, let date = Self.date(of: value), date < earliest {
                            notes.append("\(DocumentLocation.quoteSheetName(info.name))!\(CellReference(row: row.index, column: cell.column)): \(value.isoText ?? "")")
                            value = .text(value.isoText ?? "")
                            style = nil
                        }
                        cells.append(WriteCell(column: cell.column, value: value,
                                               formula: keepFormulas ? cell.formula : nil, style: style))
                    }
                    try writer.writeRow(row.index, cells)
                }
                try writer.endSheet(SheetFinish(mergedRanges: rows.mergedRanges))
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
        while let row = try rows.nextRow() {
            while next < row.index {
                try writer.write(row: [CellValue]())
                next += 1
            }
            try writer.write(row: row)
            next = row.index + 1
        }
        _ = try writer.finish()
    }
}
