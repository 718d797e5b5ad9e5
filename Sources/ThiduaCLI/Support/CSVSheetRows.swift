import Spreadsheet

extension CSVWriter {
    /// Writes a streamed row on its own line: the empty rows the stream skipped before it
    /// become empty lines, so the CSV's line numbers are the sheet's row numbers.
    /// - Parameter next: the sheet row the next line stands for; advanced past `row`.
    mutating func write(_ row: Row, next: inout Int) throws {
        while next < row.index {
            try write(row: [CellValue]())
            next += 1
        }
        try write(row: row)
        next = row.index + 1
    }
}
