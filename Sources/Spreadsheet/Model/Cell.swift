/// One non-empty cell of a streamed row.
public struct Cell: Hashable, Sendable {
    /// 0-based column.
    public var column: Int
    public var value: CellValue
    /// Formula text without the leading `=`, as stored (the value is its cached result).
    public var formula: String?
    /// The number-format code that applies, when the file gives one (`dd/mm/yyyy`, `0.00%`).
    public var numberFormat: String?

    public init(column: Int, value: CellValue, formula: String? = nil, numberFormat: String? = nil) {
        self.column = column
        self.value = value
        self.formula = formula
        self.numberFormat = numberFormat
    }
}

/// One row of a sheet as streamed: only its non-empty cells, in column order.
public struct Row: Hashable, Sendable {
    /// 0-based row index.
    public var index: Int
    public var cells: [Cell]

    public init(index: Int, cells: [Cell]) {
        self.index = index
        self.cells = cells
    }

    /// The cell at a 0-based column, if present.
    public subscript(column column: Int) -> Cell? {
        // Columns compared in place: `first(where:)` copied each cell it looked at (a retain
        // and a release of its text), and the checks ask for a dozen columns per row.
        var i = 0
        while i < cells.count {
            if cells[i].column == column { return cells[i] }
            i += 1
        }
        return nil
    }
}
