/// Writing rows as the readers give them, for consolidating workbooks.
extension SpreadsheetWriter {
    /// Writes a row read from a workbook, keeping each cell's value, formula and number
    /// format (so a copied date still shows as the source showed it).
    public func writeRow(_ row: Row, height: Double? = nil) throws {
        let cells = row.cells.map { cell in
            WriteCell(column: cell.column, value: cell.value, formula: cell.formula,
                      style: cell.numberFormat.map { register(CellStyle(numberFormat: $0)) })
        }
        try writeRow(row.index, cells, height: height)
    }
}
