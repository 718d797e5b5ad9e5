import Spreadsheet

/// Copies every sheet of a workbook into a new one, streaming: rows as the reader gives
/// them, sheet names and states kept. The XLSX → ODS step of Benchmarks/write/ods.sh.
func convert(from input: String, to output: String, level: Int) throws {
    let reader = try WorkbookReader(path: input)
    let writer: any SpreadsheetWriter = output.hasSuffix(".ods")
        ? try ODSWriter(path: output, options: .init(compressionLevel: level))
        : try XLSXWriter(path: output, options: .init(compressionLevel: level))
    for (i, info) in reader.sheets.enumerated() {
        try writer.beginSheet(SheetSetup(name: info.name, state: info.state))
        let rows = try reader.rows(sheet: i)
        while let row = try rows.nextRow() { try writer.writeRow(row) }
        try writer.endSheet()
    }
    try writer.finish()
}
