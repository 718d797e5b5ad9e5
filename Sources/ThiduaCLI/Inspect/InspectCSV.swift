import Spreadsheet

/// `inspect --format csv`: one sheet as RFC 4180 CSV on standard output, through the
/// shared CSV writer (no BOM on a terminal stream; rows counted from A1).
enum InspectCSV {
    static func run(_ book: WorkbookReader, sheet: Int, delimiter: CSVDelimiter = .comma,
                    into out: inout OutputBuffer) throws {
        var writer = CSVWriter(options: CSVWriteOptions(delimiter: delimiter, byteOrderMark: false, guardsFormulas: false))
        let rows = try book.rows(sheet: sheet)
        var next = 0
        while let row = try rows.nextRow() {
            while next < row.index {
                try writer.write(row: [CellValue]())
                next += 1
            }
            try writer.write(row: row)
            next = row.index + 1
            if next % 1024 == 0 { out.write(bytes: writer.drain()) }
        }
        out.write(bytes: try writer.finish())
    }
}
