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
            try writer.write(row, next: &next)
            if next % 1024 == 0 { try out.write(bytes: writer.drain()) }
        }
        try out.write(bytes: try writer.finish())
    }
}
