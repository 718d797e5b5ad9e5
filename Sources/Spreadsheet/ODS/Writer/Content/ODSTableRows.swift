/// Turns rows into `<table:table-row>` elements and streams them through the content spool
/// in 64 KiB pieces: the hot path of the writer. Rows and columns are positional in ODS, so
/// skipped rows and columns become empty cells and rows with `number-*-repeated`; cells the
/// setup marks (merges, validations) are written even when no value falls on them.
struct ODSTableRows {
    let sheetName: String
    let spool: ZipSpool
    private var marks: ODSCellMarks
    private let headerRows: ClosedRange<Int>?
    /// The row style of rows given no height (the sheet's default height), if any.
    private let defaultRowStyle: Int?
    private var xml = XMLBuffer(capacity: ODSTableRows.flushSize + 16 * 1024)
    private var lastRow = -1
    /// The next row position not yet in the XML.
    private var nextRow = 0
    private var headerOpen = false

    static let flushSize = 64 * 1024

    init(sheetName: String, spool: ZipSpool, marks: ODSCellMarks, headerRows: ClosedRange<Int>?, defaultRowStyle: Int?) {
        self.sheetName = sheetName
        self.spool = spool
        self.marks = marks
        self.headerRows = headerRows
        self.defaultRowStyle = defaultRowStyle
    }

    /// Starts the table: its element and columns (`tableStart`), written before any row.
    mutating func begin(_ tableStart: [UInt8]) {
        xml.append(contentsOf: tableStart)
    }

    mutating func write(_ index: Int, _ cells: [WriteCell], height: Double?,
                        styles: inout StyleTable, automatic: inout ODSAutomaticStyles) throws {
        try WriteValidation.checkRow(index, after: lastRow, height: height, sheet: sheetName)
        lastRow = index
        if cells.isEmpty && height == nil { return }
        var rowStyle = defaultRowStyle
        if let height {
            rowStyle = automatic.row(height: height)
        }
        fill(upTo: index)
        openHeader(at: index)
        marks.move(to: index)
        rowStart(rowStyle, repeated: 1)
        var column = 0
        var segment = 0
        var wrote = false
        var previous = -1
        for cell in cells {
            guard cell.column > previous else {
                throw WriteErrors.invalid(vi: "Các ô trong một dòng phải theo thứ tự cột tăng dần.",
                                          en: "Cells of a row must come in ascending column order.",
                                          sheet: sheetName, cell: CellReference(row: index, column: cell.column))
            }
            try WriteValidation.checkCell(row: index, column: cell.column, sheet: sheetName)
            previous = cell.column
            if cell.formula == nil, case .empty = cell.value, cell.style == nil { continue }
            if column < cell.column { gap(column, cell.column, &segment, &wrote) }
            while segment < marks.segments.count && marks.segments[segment].last < cell.column { segment += 1 }
            var mark: ODSCellMarks.Segment? = nil
            if segment < marks.segments.count && marks.segments[segment].first <= cell.column { mark = marks.segments[segment] }
            try self.cell(cell, mark: mark, row: index, styles: &styles, automatic: &automatic)
            wrote = true
            column = cell.column + 1
        }
        if let last = marks.segments.last, column <= last.last { gap(column, last.last + 1, &segment, &wrote) }
        if !wrote { xml.raw("<table:table-cell/>") }
        xml.raw("</table:table-row>")
        nextRow = index + 1
        closeHeader(after: index)
        if xml.count >= ODSTableRows.flushSize { try flush() }
    }

    /// Writes a row holding `content` (a drawing frame) in the cell at `anchor`, which must
    /// lie below the rows written: ODS anchors a drawing in a cell, and rows stream.
    mutating func frame(at anchor: CellReference, _ content: [UInt8]) throws {
        guard anchor.row > lastRow else {
            throw WriteErrors.invalid(vi: "Tệp ODS chỉ đặt được biểu đồ ở dưới các dòng đã ghi.",
                                      en: "An ODS chart must be placed below the rows written.", sheet: sheetName, cell: anchor)
        }
        lastRow = anchor.row
        fill(upTo: anchor.row)
        openHeader(at: anchor.row)
        marks.move(to: anchor.row)
        rowStart(defaultRowStyle, repeated: 1)
        var segment = 0
        var wrote = false
        if anchor.column > 0 { gap(0, anchor.column, &segment, &wrote) }
        xml.raw("<table:table-cell>")
        xml.append(contentsOf: content)
        xml.raw("</table:table-cell></table:table-row>")
        nextRow = anchor.row + 1
        closeHeader(after: anchor.row)
    }

    /// Writes the rows the marks and the repeated header still need, and closes the table.
    mutating func end() throws {
        var end = max(nextRow, marks.end)
        if let header = headerRows { end = max(end, header.upperBound + 1) }
        // A table holds at least one row.
        fill(upTo: max(end, 1))
        xml.raw("</table:table>")
        try flush()
    }

    /// Empty rows from `nextRow` to `end` (exclusive): runs of identical rows share one element.
    private mutating func fill(upTo end: Int) {
        while nextRow < end {
            let row = nextRow
            openHeader(at: row)
            var stop = min(end, marks.nextChange(after: row))
            if let header = headerRows {
                if row < header.lowerBound { stop = min(stop, header.lowerBound) } else if row <= header.upperBound { stop = min(stop, header.upperBound + 1) }
            }
            marks.move(to: row)
            rowStart(defaultRowStyle, repeated: stop - row)
            var segment = 0
            var wrote = false
            if let last = marks.segments.last { gap(0, last.last + 1, &segment, &wrote) }
            if !wrote { xml.raw("<table:table-cell/>") }
            xml.raw("</table:table-row>")
            nextRow = stop
            closeHeader(after: stop - 1)
        }
    }

    private mutating func rowStart(_ style: Int?, repeated: Int) {
        xml.raw("<table:table-row")
        if let style {
            xml.raw(" table:style-name=\"ro")
            xml.int(style)
            xml.raw("\"")
        }
        if repeated > 1 {
            xml.raw(" table:number-rows-repeated=\"")
            xml.int(repeated)
            xml.raw("\"")
        }
        xml.raw(">")
    }

    private mutating func openHeader(at row: Int) {
        if let header = headerRows, !headerOpen, row >= header.lowerBound, row <= header.upperBound {
            xml.raw("<table:table-header-rows>")
            headerOpen = true
        }
    }

    private mutating func closeHeader(after row: Int) {
        if headerOpen, let header = headerRows, row >= header.upperBound {
            xml.raw("</table:table-header-rows>")
            headerOpen = false
        }
    }

    /// Empty cells for columns `from..<to`: plain runs, and the marked cells the segments ask for.
    private mutating func gap(_ from: Int, _ to: Int, _ segment: inout Int, _ wrote: inout Bool) {
        var column = from
        let segments = marks.segments
        while column < to {
            while segment < segments.count && segments[segment].last < column { segment += 1 }
            let next = segment < segments.count ? segments[segment] : nil
            let plainEnd = min(to, next.map { max($0.first, column) } ?? to)
            if column < plainEnd {
                emptyCell(nil, count: plainEnd - column)
                column = plainEnd
                wrote = true
                continue
            }
            guard let s = next else { break }
            let stop = min(to, s.last + 1)
            emptyCell(s, count: stop - column)
            column = stop
            wrote = true
        }
    }

    private mutating func emptyCell(_ mark: ODSCellMarks.Segment?, count: Int) {
        let covered = mark?.role == .covered
        xml.raw(covered ? "<table:covered-table-cell" : "<table:table-cell")
        if let mark { markAttributes(mark) }
        if count > 1 {
            xml.raw(" table:number-columns-repeated=\"")
            xml.int(count)
            xml.raw("\"")
        }
        xml.raw("/>")
    }

    private mutating func markAttributes(_ mark: ODSCellMarks.Segment) {
        if case .spanStart(let rows, let columns) = mark.role {
            xml.raw(" table:number-columns-spanned=\"")
            xml.int(columns)
            xml.raw("\" table:number-rows-spanned=\"")
            xml.int(rows)
            xml.raw("\"")
        }
        if let v = mark.validation {
            xml.raw(" table:content-validation-name=\"val")
            xml.int(v)
            xml.raw("\"")
        }
    }

    /// Writes one cell with its value in the attribute ODF gives its type.
    @inline(__always)
    private mutating func cell(_ cell: WriteCell, mark: ODSCellMarks.Segment?, row: Int,
                               styles: inout StyleTable, automatic: inout ODSAutomaticStyles) throws {
        if let handle = cell.style, !styles.contains(handle) {
            throw WriteErrors.invalid(vi: "Kiểu định dạng không thuộc tệp này.", en: "The style handle belongs to another writer.",
                                      sheet: sheetName, cell: CellReference(row: row, column: cell.column))
        }
        let value = cell.value
        var style = styles.resolve(cell.style, for: value)
        if case .boolean = value { style = automatic.booleanVariant(of: style, styles: &styles) }
        let element: StaticString = mark?.role == .covered ? "table:covered-table-cell" : "table:table-cell"
        xml.raw("<")
        xml.raw(element)
        if style.index != 0 {
            xml.raw(" table:style-name=\"ce")
            xml.int(style.index)
            xml.raw("\"")
        }
        if let mark { markAttributes(mark) }
        if let formula = cell.formula {
            xml.raw(" table:formula=\"")
            xml.text(ODSFormula.convert(formula), attribute: true)
            xml.raw("\"")
        }
        switch value {
        case .empty:
            xml.raw("/>")
            return
        case .number(let d):
            guard d.isFinite else {
                xml.raw(" office:value-type=\"string\"><text:p>#NUM!</text:p></")
                break
            }
            xml.raw(automatic.isPercentage(style, styles: styles) ? " office:value-type=\"percentage\" office:value=\"" : " office:value-type=\"float\" office:value=\"")
            xml.number(d)
            xml.raw("\"/>")
            return
        case .text(let s):
            try WriteValidation.checkText(s, sheet: sheetName, cell: CellReference(row: row, column: cell.column))
            xml.raw(" office:value-type=\"string\">")
            xml.odfParagraphs(s)
            xml.raw("</")
        case .boolean(let b):
            xml.raw(b ? " office:value-type=\"boolean\" office:boolean-value=\"true\"><text:p>TRUE</text:p></"
                      : " office:value-type=\"boolean\" office:boolean-value=\"false\"><text:p>FALSE</text:p></")
        case .error(let e):
            // ODF has no error value type: the error's text, as a string.
            xml.raw(" office:value-type=\"string\">")
            xml.odfParagraphs(e)
            xml.raw("</")
        case .date(let d):
            try check(d, row: row, column: cell.column)
            xml.raw(" office:value-type=\"date\" office:date-value=\"")
            xml.odfDate(d)
            xml.raw("\"/>")
            return
        case .dateTime(let t):
            try check(t.date, row: row, column: cell.column)
            // A time of day is under 24 hours; anything else has no place after the date's T.
            guard let clock = ClockParts(t.time.seconds), !clock.negative, clock.hours < 24 else {
                xml.raw(" office:value-type=\"string\"><text:p>#NUM!</text:p></")
                break
            }
            xml.raw(" office:value-type=\"date\" office:date-value=\"")
            xml.odfDate(t.date)
            xml.byte(UInt8(ascii: "T"))
            xml.odfClock(clock, duration: false)
            xml.raw("\"/>")
            return
        case .time(let t):
            // Out of range (an hour count no program holds): the error value, never a trap.
            guard let clock = ClockParts(t.seconds) else {
                xml.raw(" office:value-type=\"string\"><text:p>#NUM!</text:p></")
                break
            }
            xml.raw(" office:value-type=\"time\" office:time-value=\"")
            xml.odfClock(clock, duration: true)
            xml.raw("\"/>")
            return
        case .duration(let s):
            guard let clock = ClockParts(s) else {
                xml.raw(" office:value-type=\"string\"><text:p>#NUM!</text:p></")
                break
            }
            xml.raw(" office:value-type=\"time\" office:time-value=\"")
            xml.odfClock(clock, duration: true)
            xml.raw("\"/>")
            return
        }
        xml.raw(element)
        xml.raw(">")
    }

    private func check(_ date: CivilDate, row: Int, column: Int) throws {
        guard date.isValid, date.year >= 1, date.year <= 9999 else {
            throw WriteErrors.invalid(vi: "Ngày \(date) không hợp lệ hoặc ngoài khoảng 1–9999.",
                                      en: "The date \(date) is invalid or outside 1–9999.",
                                      sheet: sheetName, cell: CellReference(row: row, column: column))
        }
    }

    mutating func flush() throws {
        guard xml.count > 0 else { return }
        try xml.withUnsafeBytes { try spool.write($0) }
        xml.removeAll()
    }
}
