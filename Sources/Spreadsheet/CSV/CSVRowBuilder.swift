/// Turns scanned fields into typed cells and rows, enforcing the grid and field-size limits.
struct CSVRowBuilder: CSVSink {
    private let maxFieldBytes: Int
    private let keepsAmbiguousNumbers: Bool
    /// The current field's bytes; its capacity is reused from field to field.
    private var field: [UInt8] = []
    private var cells: [Cell] = []
    private var column = 0
    /// 0-based index of the record being built; empty lines count too.
    private var rowIndex = 0
    /// The last completed row with a non-empty cell, until taken.
    private var completed: Row?

    init(maxFieldBytes: Int, keepsAmbiguousNumbers: Bool = false) {
        self.maxFieldBytes = maxFieldBytes
        self.keepsAmbiguousNumbers = keepsAmbiguousNumbers
        field.reserveCapacity(256)
    }

    mutating func takeRow() -> Row? {
        defer { completed = nil }
        return completed
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) throws {
        // Checked before copying, so a runaway quoted field cannot exhaust memory.
        guard field.count + bytes.count <= maxFieldBytes else {
            throw SpreadsheetError.csvFieldTooLarge(limit: maxFieldBytes, line: line,
                cell: CellReference(row: rowIndex, column: column))
        }
        field.append(contentsOf: bytes)
    }

    mutating func endField(line: Int) throws {
        guard column < CellReference.maxColumns else {
            throw SpreadsheetError.csvTooManyColumns(line: line, row: rowIndex)
        }
        defer {
            column += 1
            field.removeAll(keepingCapacity: true)
        }
        guard !field.isEmpty else { return }
        guard rowIndex < CellReference.maxRows else { throw SpreadsheetError.csvTooManyRows(line: line) }
        let value: CellValue? = field.withUnsafeBufferPointer { bytes in
            if keepsAmbiguousNumbers && CSVCellTyping.isAmbiguousNumber(bytes) {
                return String(validating: bytes, as: UTF8.self).map { .text($0) }
            }
            if let typed = CSVCellTyping.value(of: bytes) { return typed }
            return String(validating: bytes, as: UTF8.self).map { .text($0) }
        }
        guard let value else {
            throw SpreadsheetError.csvNotUTF8(line: line, cell: CellReference(row: rowIndex, column: column))
        }
        cells.append(Cell(column: column, value: value))
    }

    mutating func endRecord() throws {
        if !cells.isEmpty {
            let width = cells.count
            completed = Row(index: rowIndex, cells: cells)
            cells = []
            cells.reserveCapacity(width)
        }
        rowIndex += 1
        column = 0
    }
}
