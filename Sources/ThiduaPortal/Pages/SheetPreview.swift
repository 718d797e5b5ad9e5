import Spreadsheet

/// The first rows of a return's sheet, for its page: streamed, and bounded in rows and cells
/// whatever the file holds. The rest of the sheet is read through (not kept) so merged
/// ranges, which XLSX lists after the rows, are known.
enum SheetPreview {
    static let maxCells = 200_000

    static func read(_ book: WorkbookReader, sheet index: Int, maxRows: Int) throws -> (SheetData, truncated: Bool) {
        let reader = try book.rows(sheet: index)
        var rows: [Row] = []
        var cells = 0
        var truncated = false
        while let row = try reader.nextRow() {
            cells += row.cells.count + 1
            if cells > maxCells { truncated = true; break }
            if row.index < maxRows { rows.append(row) } else { truncated = true }
        }
        return (SheetData(info: reader.info, rows: rows, mergedRanges: truncated ? [] : reader.mergedRanges), truncated)
    }
}
