import Spreadsheet
import ThiduaKit

/// Copies a schema workbook cell by cell, with its `wards` sheet replaced by generated wards.
enum ScaledSchema {
    static func write(from path: String, wards: [Ward], to out: String) throws {
        let book = try WorkbookReader(path: path)
        let writer = try XLSXWriter(path: out)
        let text = writer.register(CellStyle(numberFormat: FormatCode.text))
        for i in book.sheets.indices {
            let sheet = try book.loadSheet(i)
            try writer.beginSheet(SheetSetup(name: sheet.info.name))
            let isWards = sheet.info.name.lowercased() == "wards"
            // The wards sheet keeps its header and label rows only.
            for row in sheet.rows where !isWards || row.index < 2 {
                try writer.writeRow(row.index, row.cells.map { WriteCell(column: $0.column, value: $0.value, formula: $0.formula) })
            }
            if isWards {
                for (n, w) in wards.enumerated() {
                    try writer.writeRow(2 + n, [WriteCell(0, .text(w.name)), WriteCell(1, .text(w.code), style: text)])
                }
            }
            try writer.endSheet()
        }
        try writer.finish()
    }
}
