import SheetNative

/// Turns the rows and cells of one sheet's `table:table` into `Row`s: typed values from the
/// `office:*-value` attributes, repeats kept run-length, spans into merged ranges.
///
/// Empty repeated rows and cells only move the position, so LibreOffice's trailing
/// 1,048,576-row and 16,384-column repeats cost nothing; non-empty repeats are materialised
/// against `ReadLimits.maxRepeatedCells` per sheet.
struct ODSSheetDecoder {
    private let limits: ReadLimits
    private let formats: ODSFormatIndex
    private(set) var table = -1
    private(set) var sheetName = ""
    var text: ODSCellText

    // Sheet position.
    private(set) var rowIndex = 0
    private(set) var repeatedCells = 0
    /// The sheet a segment of the content starts inside, and the row it starts at.
    var resume: (table: Int, row: Int)?
    /// The first sheet's materialised repeats, kept when a later sheet begins in the
    /// same segment (a parallel read adds it to what earlier segments used).
    private(set) var firstTableCharge: Int?
    private var merges: [CellRange] = []
    /// Column default cell styles as runs: (first column past the run, format code).
    private var columnRuns: [(end: Int, code: String?)] = []
    private var columnsSeen = 0

    // Row state.
    private var rowRepeats = 1
    private var rowDefault: String??
    private var column = 0
    private var cells: [Cell] = []
    private var spans: [(column: Int, columns: Int, rows: Int)] = []

    // Cell state.
    private var value: CellValue = .empty
    private var formula: String?
    private var format: String??
    private var cellRepeats = 1
    private var columnSpan = 1
    private var rowSpan = 1
    /// The value comes from the text (string cells, errors, cells without a type).
    private(set) var needsText = false
    private var isError = false
    private var attributes = ODSCellAttributes()

    /// Repeat counts past this are clamped; positions beyond the grid only matter when a value sits there.
    static let maxRepeat = 1 << 32

    init(limits: ReadLimits, formats: ODSFormatIndex) {
        self.limits = limits
        self.formats = formats
        text = ODSCellText(limit: limits.maxCellTextBytes)
    }

    mutating func beginTable(index: Int, name: String) {
        if table >= 0, firstTableCharge == nil { firstTableCharge = repeatedCells }
        table = index
        sheetName = name
        rowIndex = resume?.table == index ? resume!.row : 0
        repeatedCells = 0
        merges = []
        columnRuns = []
        columnsSeen = 0
    }

    mutating func endTable(into queue: inout ODSRowQueue) {
        queue.append(.end(table: table, merges: merges))
        merges = []
        columnRuns = []
    }

    /// `table:table-column`: only its default cell style matters to the values.
    mutating func column(_ a: XMLAttributes, _ cache: inout ODSNamespaceCache) {
        let n = ODSSheetDecoder.repeats(a.value(.table, "number-columns-repeated", &cache))
        let code = a.value(.table, "default-cell-style-name", &cache).flatMap { formats.code($0) }
        columnsSeen = min(columnsSeen + n, ODSSheetDecoder.maxRepeat)
        if let last = columnRuns.last, last.code == code {
            columnRuns[columnRuns.count - 1].end = columnsSeen
        } else {
            columnRuns.append((columnsSeen, code))
        }
    }

    mutating func beginRow(_ a: XMLAttributes, _ cache: inout ODSNamespaceCache) {
        rowRepeats = ODSSheetDecoder.repeats(a.value(.table, "number-rows-repeated", &cache))
        rowDefault = a.value(.table, "default-cell-style-name", &cache).map { formats.code($0) }
        column = 0
    }

    mutating func endRow(into queue: inout ODSRowQueue) throws {
        let copies = rowRepeats
        if !cells.isEmpty {
            if rowIndex + copies > CellReference.maxRows {
                throw ODSErrors.beyondGrid(sheet: sheetName, row: max(rowIndex, CellReference.maxRows), column: cells[0].column)
            }
            try count((copies - 1) * cells.count, at: cells[0].column)
            let width = cells.count
            queue.append(.row(Row(index: rowIndex, cells: cells), repeats: copies, table: table))
            cells = []
            cells.reserveCapacity(width)
        }
        if !spans.isEmpty {
            try count((copies - 1) * spans.count, at: spans[0].column)
            for r in 0..<copies where rowIndex + r < CellReference.maxRows {
                for s in spans where s.column < CellReference.maxColumns {
                    let top = rowIndex + r
                    merges.append(CellRange(
                        start: CellReference(row: top, column: s.column),
                        end: CellReference(row: min(top + s.rows - 1, CellReference.maxRows - 1),
                                           column: min(s.column + s.columns - 1, CellReference.maxColumns - 1))))
                }
            }
            spans.removeAll(keepingCapacity: true)
        }
        rowIndex = min(rowIndex + copies, ODSSheetDecoder.maxRepeat)
    }

    /// A `table:table-cell` (or a `table:covered-table-cell`, under a merge: its content is
    /// read like any other, but it starts no merge) begins: its typed value is decoded now,
    /// from the attributes; only string and error cells wait for their text.
    mutating func beginCell(_ a: XMLAttributes, _ cache: inout ODSNamespaceCache, covered: Bool = false) throws {
        var valueType: XMLBytes?
        var number: XMLBytes?, date: XMLBytes?, time: XMLBytes?, boolean: XMLBytes?, string: XMLBytes?
        var style: XMLBytes?
        value = .empty
        formula = nil
        format = nil
        cellRepeats = 1
        columnSpan = 1
        rowSpan = 1
        isError = false
        var i = 0
        while i < a.count {
            switch attributes.key(a, at: i, &cache) {
            case .valueType: valueType = a.value(at: i)
            case .value: number = a.value(at: i)
            case .dateValue: date = a.value(at: i)
            case .timeValue: time = a.value(at: i)
            case .booleanValue: boolean = a.value(at: i)
            case .stringValue: string = a.value(at: i)
            case .styleName: style = a.value(at: i)
            case .columnsRepeated: cellRepeats = ODSSheetDecoder.repeats(a.value(at: i))
            case .formula: formula = ODSFormulaText.strip(a.value(at: i))
            case .columnsSpanned: columnSpan = ODSSheetDecoder.repeats(a.value(at: i))
            case .rowsSpanned: rowSpan = ODSSheetDecoder.repeats(a.value(at: i))
            // LibreOffice marks formula errors this way; office:value-type says "string".
            case .calcextValueType: if a.value(at: i).equals("error") { isError = true }
            case .other: break
            }
            i += 1
        }
        if covered { columnSpan = 1; rowSpan = 1 }
        if let style { format = .some(formats.code(style)) }
        needsText = false
        text.reset()
        if isError { needsText = true; return }
        guard let t = valueType else { needsText = true; return }
        switch ODSValueType.classify(t) {
        case .float, .percentage, .currency:
            guard let raw = number, let v = NumberParser.xmlValue(raw.buffer) else { throw bad("number", number) }
            value = .number(v)
        case .string:
            if let string { value = string.count == 0 ? .empty : .text(string.attributeString) } else { needsText = true }
        case .date:
            guard let raw = date, let v = ISODateText.parse(raw.buffer, .xsd) else { throw bad("date", date) }
            value = v
        case .time:
            guard let raw = time, let v = ODSTemporalText.durationSeconds(raw.buffer) else { throw bad("time", time) }
            // ODF has one type for both: a time-of-day style (not an elapsed `[h]` one) on a
            // value within one day is a time of day, as the spreadsheet shows it; else a duration.
            if v >= 0, v < 86_400, case .some(.some(let code)) = format, NumberFormat.classify(code) == .time {
                value = .time(TimeOfDay(seconds: v))
            } else {
                value = .duration(v)
            }
        case .boolean:
            guard let raw = boolean else { throw bad("boolean", nil) }
            if raw.equals("true") || raw.equals("1") { value = .boolean(true) }
            else if raw.equals("false") || raw.equals("0") { value = .boolean(false) }
            else { throw bad("boolean", raw) }
        case .other:
            // `void` or an unknown type: whatever text the cell shows.
            needsText = true
        }
    }

    mutating func endCell() throws {
        if needsText {
            if text.overflowed {
                throw ODSErrors.textTooLarge(limit: limits.maxCellTextBytes, sheet: sheetName,
                                             cell: CellReference(row: rowIndex, column: column))
            }
            if !text.bytes.isEmpty { value = isError ? .error(text.string) : .text(text.string) }
        }
        let n = cellRepeats
        if !value.isEmpty || formula != nil {
            if rowIndex >= CellReference.maxRows || column + n > CellReference.maxColumns {
                throw ODSErrors.beyondGrid(sheet: sheetName, row: rowIndex,
                                           column: max(column, min(column + n - 1, CellReference.maxColumns)))
            }
            try count(n - 1, at: column)
            for j in 0..<n {
                cells.append(Cell(column: column + j, value: value, formula: formula, numberFormat: resolvedFormat(column + j)))
            }
        }
        if columnSpan > 1 || rowSpan > 1 {
            try count(n - 1, at: column)
            for j in 0..<n { spans.append((column + j, columnSpan, rowSpan)) }
        }
        column = min(column + n, ODSSheetDecoder.maxRepeat)
    }

    /// The cell's own style wins, then the row's default, then the column's.
    private func resolvedFormat(_ c: Int) -> String? {
        if let own = format { return own }
        if let row = rowDefault { return row }
        return columnDefault(c)
    }

    private func columnDefault(_ c: Int) -> String? {
        var lo = 0, hi = columnRuns.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if columnRuns[mid].end <= c { lo = mid + 1 } else { hi = mid }
        }
        return lo < columnRuns.count ? columnRuns[lo].code : nil
    }

    /// Charges materialised repeats against the sheet's budget.
    private mutating func count(_ extra: Int, at c: Int) throws {
        guard extra > 0 else { return }
        repeatedCells += extra
        if repeatedCells > limits.maxRepeatedCells {
            throw ODSErrors.repeatTooLarge(limit: limits.maxRepeatedCells, sheet: sheetName,
                                           cell: CellReference(row: min(rowIndex, CellReference.maxRows - 1), column: c))
        }
    }

    private func bad(_ kind: String, _ raw: XMLBytes?) -> SpreadsheetError {
        ODSErrors.badValue(kind, raw?.string ?? "", sheet: sheetName, cell: CellReference(row: rowIndex, column: column))
    }

    /// A repeat or span count; a missing or malformed one means 1.
    static func repeats(_ raw: XMLBytes?) -> Int {
        guard let raw, let n = raw.unsignedInteger, n >= 1 else { return 1 }
        return min(n, maxRepeat)
    }
}
