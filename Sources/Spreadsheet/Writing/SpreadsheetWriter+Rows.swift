/// Writing rows as the readers give them, for converting and consolidating workbooks.
extension SpreadsheetWriter {
    /// Writes a row read from a workbook, keeping each cell's value, number format (so a
    /// copied date still shows as the source showed it) and, unless told not to, its formula.
    /// Formulas do not carry between formats (ODF and OOXML spell references differently):
    /// pass `keepFormulas: false` to write their cached values only.
    public func writeRow(_ row: Row, height: Double? = nil, keepFormulas: Bool = true) throws {
        let cells = row.cells.map { cell in
            WriteCell(column: cell.column, value: cell.value, formula: keepFormulas ? cell.formula : nil,
                      style: copiedFormat(of: cell).map { register(CellStyle(numberFormat: $0)) })
        }
        try writeRow(row.index, cells, height: height)
    }

    /// The cell's format code when it shows the value as what it is. A time-of-day code on an
    /// elapsed duration (ODS stores durations with such codes) would make it read back as a
    /// time, and a date code on a plain number as a date: those fall back to the writer's
    /// default for the value's kind.
    private func copiedFormat(of cell: Cell) -> String? {
        guard let code = cell.numberFormat, code != "General" else { return nil }
        let kind = NumberFormat.classify(code)
        switch cell.value {
        case .duration: return kind == .duration ? code : nil
        case .date, .dateTime, .time: return kind == .date || kind == .dateTime || kind == .time ? code : nil
        case .number: return kind == .number ? code : nil
        default: return code
        }
    }
}
