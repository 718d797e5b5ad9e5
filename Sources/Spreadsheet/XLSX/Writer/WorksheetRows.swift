/// Turns rows into `<row>` elements and streams them through the sheet's spool in
/// 64 KiB pieces: the hot path of the writer, with no per-cell allocation but the
/// shared-string lookup.
struct WorksheetRows {
    let sheetName: String
    let spool: ZipSpool
    private var xml = XMLBuffer(capacity: WorksheetRows.flushSize + 16 * 1024)
    private var rowDigits: [UInt8] = []
    private var lastRow = -1
    private(set) var firstRow = Int.max
    private(set) var firstColumn = Int.max
    private(set) var lastColumn = -1
    private(set) var lastWrittenRow = -1
    /// A formula was written without a cached value.
    private(set) var needsRecalculation = false

    static let flushSize = 64 * 1024

    init(sheetName: String, spool: ZipSpool) {
        self.sheetName = sheetName
        self.spool = spool
        rowDigits.reserveCapacity(8)
    }

    var dimension: CellRange? {
        guard lastColumn >= 0 else { return nil }
        return CellRange(start: CellReference(row: firstRow, column: firstColumn),
                         end: CellReference(row: lastWrittenRow, column: lastColumn))
    }

    mutating func write(_ index: Int, _ cells: [WriteCell], height: Double?,
                        strings: inout SharedStringsPart, styles: inout StyleTable) throws {
        try WriteValidation.checkRow(index, after: lastRow, height: height, sheet: sheetName)
        lastRow = index
        if cells.isEmpty && height == nil { return }
        rowDigits.removeAll(keepingCapacity: true)
        var n = index + 1
        while n > 0 {
            rowDigits.append(48 + UInt8(n % 10))
            n /= 10
        }
        rowDigits.reverse()

        xml.raw("<row r=\"")
        xml.append(contentsOf: rowDigits)
        if let height {
            xml.raw("\" ht=\"")
            xml.number(height)
            xml.raw("\" customHeight=\"1")
        }
        xml.raw("\">")
        var previous = -1
        var wrote = false
        // Each cell read where it lies in the (borrowed) array: `for cell in cells` copied every
        // cell out, a retain and a release of its text per cell.
        for i in cells.indices {
            let column = cells[i].column
            guard column > previous else {
                throw WriteErrors.invalid(vi: "Các ô trong một dòng phải theo thứ tự cột tăng dần.",
                                          en: "Cells of a row must come in ascending column order.",
                                          sheet: sheetName, cell: CellReference(row: index, column: column))
            }
            if column >= CellReference.maxColumns {
                try WriteValidation.checkCell(row: index, column: column, sheet: sheetName)
            }
            previous = column
            if try self.cell(in: cells, at: i, row: index, strings: &strings, styles: &styles) { wrote = true }
        }
        xml.raw("</row>")
        if wrote {
            if firstRow == Int.max { firstRow = index }
            lastWrittenRow = index
            if let first = cells.first?.column, first < firstColumn { firstColumn = first }
            if previous > lastColumn { lastColumn = previous }
        }
        if xml.count >= WorksheetRows.flushSize { try flush() }
    }

    /// Writes one `<c>`; false when the cell is empty, unstyled and formula-less.
    @inline(__always)
    private mutating func cell(in cells: [WriteCell], at i: Int, row: Int,
                               strings: inout SharedStringsPart, styles: inout StyleTable) throws -> Bool {
        let column = cells[i].column, handle = cells[i].style
        let hasFormula = cells[i].formula != nil
        if !hasFormula, case .empty = cells[i].value, handle == nil { return false }
        if let handle, !styles.contains(handle) {
            throw WriteErrors.invalid(vi: "Kiểu định dạng không thuộc tệp này.", en: "The style handle belongs to another writer.",
                                      sheet: sheetName, cell: CellReference(row: row, column: column))
        }
        let style = styles.resolve(handle, for: cells[i].value)
        xml.raw("<c r=\"")
        reference(column)
        xml.byte(UInt8(ascii: "\""))
        if style.index != 0 {
            xml.raw(" s=\"")
            xml.int(style.index)
            xml.byte(UInt8(ascii: "\""))
        }
        if hasFormula {
            try formulaCell(cells[i].formula!, cells[i].value, row: row, column: column)
            return true
        }
        switch cells[i].value {
        case .empty:
            xml.raw("/>")
        case .number(let d):
            if d.isFinite {
                xml.raw("><v>")
                xml.number(d)
                xml.raw("</v></c>")
            } else {
                xml.raw(" t=\"e\"><v>#NUM!</v></c>")
            }
        case .text(let s):
            try WriteValidation.checkText(s, sheet: sheetName, cell: CellReference(row: row, column: column))
            xml.raw(" t=\"s\"><v>")
            xml.int(strings.index(of: s))
            xml.raw("</v></c>")
        case .boolean(let b):
            xml.raw(b ? " t=\"b\"><v>1</v></c>" : " t=\"b\"><v>0</v></c>")
        case .error(let e):
            xml.raw(" t=\"e\"><v>")
            xml.ooxmlText(e)
            xml.raw("</v></c>")
        case .date, .dateTime, .time, .duration:
            xml.raw("><v>")
            xml.number(try serial(cells[i].value, row: row, column: column))
            xml.raw("</v></c>")
        }
        return true
    }

    private mutating func formulaCell(_ formula: String, _ value: CellValue, row: Int, column: Int) throws {
        try WriteValidation.checkFormula(formula, sheet: sheetName, cell: CellReference(row: row, column: column))
        switch value {
        case .text: xml.raw(" t=\"str\"")
        case .boolean: xml.raw(" t=\"b\"")
        case .error: xml.raw(" t=\"e\"")
        case .number(let d) where !d.isFinite: xml.raw(" t=\"e\"")
        default: break
        }
        xml.raw("><f>")
        xml.ooxmlText(formula.hasPrefix("=") ? String(formula.dropFirst()) : formula)
        xml.raw("</f>")
        switch value {
        case .empty:
            needsRecalculation = true
        case .number(let d):
            xml.raw("<v>")
            if d.isFinite { xml.number(d) } else { xml.raw("#NUM!") }
            xml.raw("</v>")
        case .text(let s):
            try WriteValidation.checkText(s, sheet: sheetName, cell: CellReference(row: row, column: column))
            xml.raw("<v>")
            xml.ooxmlText(s)
            xml.raw("</v>")
        case .boolean(let b):
            xml.raw(b ? "<v>1</v>" : "<v>0</v>")
        case .error(let e):
            xml.raw("<v>")
            xml.ooxmlText(e)
            xml.raw("</v>")
        case .date, .dateTime, .time, .duration:
            xml.raw("<v>")
            xml.number(try serial(value, row: row, column: column))
            xml.raw("</v>")
        }
        xml.raw("</c>")
    }

    /// Dates and times as serial numbers of the 1900 system.
    private func serial(_ value: CellValue, row: Int, column: Int) throws -> Double {
        func checked(_ date: CivilDate) throws -> CivilDate {
            guard WritableValues.canWrite(date) else {
                throw WriteErrors.invalid(vi: "Ngày \(date) không hợp lệ hoặc ngoài khoảng 1900–9999.",
                                          en: "The date \(date) is invalid or outside 1900–9999.",
                                          sheet: sheetName, cell: CellReference(row: row, column: column))
            }
            return date
        }
        switch value {
        case .date(let d): return DateSystem.excel1900.serial(of: try checked(d))
        case .dateTime(let t): return DateSystem.excel1900.serial(of: try checked(t.date), time: t.time)
        case .time(let t): return t.seconds / 86_400
        case .duration(let s): return s / 86_400
        default: return 0
        }
    }

    /// `B12`: column letters, then the row's digits computed once per row.
    @inline(__always)
    private mutating func reference(_ column: Int) {
        if column < 26 {
            xml.byte(65 + UInt8(column))
        } else if column < 702 {
            xml.byte(64 + UInt8(column / 26))
            xml.byte(65 + UInt8(column % 26))
        } else {
            let c = column - 702
            xml.byte(65 + UInt8(c / 676))
            xml.byte(65 + UInt8(c / 26 % 26))
            xml.byte(65 + UInt8(c % 26))
        }
        xml.append(contentsOf: rowDigits)
    }

    mutating func flush() throws {
        guard xml.count > 0 else { return }
        try xml.withUnsafeBytes { try spool.write($0) }
        xml.removeAll()
    }
}
