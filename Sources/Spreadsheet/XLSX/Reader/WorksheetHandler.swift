import SheetNative

/// What a worksheet's cells need from the rest of the workbook.
struct WorksheetContext {
    var sharedStrings: SharedStrings
    var styles: CellStyles
    var dateSystem: DateSystem
    var limits: ReadLimits
    /// Stop at the end of the cells (`ReadOptions.cellsOnly`).
    var cellsOnly = false
}

/// Turns the SAX events of one worksheet part into rows, buffering completed rows until
/// the producer takes them. Reuses its byte buffers from cell to cell; numeric cells never
/// become a `String`.
///
/// Its state is marked `@exclusivity(unchecked)`: libxml2 calls it on one thread and never
/// re-entrantly, and the runtime checks otherwise cost several percent of the reading time.
final class WorksheetHandler: XMLEventHandler {
    private let sharedStrings: SharedStrings
    private let styles: CellStyles
    private let dateSystem: DateSystem
    private let maxTextBytes: Int
    private let cellsOnly: Bool
    @exclusivity(unchecked) var failure: (any Error)?
    @exclusivity(unchecked) private(set) var hasEnough = false
    /// Element depth (the root is 1), and where the parse is against the worksheet's cell data:
    /// rows are read inside the root's first `sheetData` only, so that a read that stops at its
    /// end (`cellsOnly`) and a full read give the same rows wherever both succeed.
    @exclusivity(unchecked) private var depth = 0
    private enum CellData { case before, inside, after }
    @exclusivity(unchecked) private var cellData = CellData.before

    @exclusivity(unchecked) private var ready: [Row] = []
    @exclusivity(unchecked) private var readyHead = 0
    private(set) var mergedRanges: [CellRange] = []

    // Position. A row or cell without `r` is the one after the previous.
    @exclusivity(unchecked) private var inRow = false
    @exclusivity(unchecked) private var lastRow = -1
    @exclusivity(unchecked) private var row = 0
    /// Whether `row` is settled: by `row/@r`, or by the row's first cell.
    @exclusivity(unchecked) private var rowSettled = false
    @exclusivity(unchecked) private var lastColumn = -1
    @exclusivity(unchecked) private var cells: [Cell] = []
    @exclusivity(unchecked) private var widestRow = 8

    // The cell being read.
    private enum CellType { case number, sharedString, formulaString, inlineString, boolean, error, isoDate }
    private enum Capture { case none, value, formula, inlineString }
    @exclusivity(unchecked) private var inCell = false
    @exclusivity(unchecked) private var column = 0
    @exclusivity(unchecked) private var type = CellType.number
    @exclusivity(unchecked) private var style = 0
    @exclusivity(unchecked) private var capture = Capture.none
    @exclusivity(unchecked) private var hasValue = false
    @exclusivity(unchecked) private var value: [UInt8] = []
    @exclusivity(unchecked) private var hasFormula = false
    /// The `si` of a shared formula (master or follower); nil for plain and array formulas.
    @exclusivity(unchecked) private var sharedIndex: Int?
    @exclusivity(unchecked) private var formulaText: [UInt8] = []
    @exclusivity(unchecked) private var rich = RichText()
    /// Master text and position of each shared formula group, by `si`.
    @exclusivity(unchecked) private var sharedFormulas: [Int: (text: String, origin: CellReference)] = [:]

    init(context: WorksheetContext) {
        sharedStrings = context.sharedStrings
        styles = context.styles
        dateSystem = context.dateSystem
        maxTextBytes = context.limits.maxCellTextBytes
        cellsOnly = context.cellsOnly
        value.reserveCapacity(64)
        formulaText.reserveCapacity(64)
    }

    /// The next completed row, if one is buffered.
    func takeRow() -> Row? {
        guard readyHead < ready.count else {
            if readyHead > 0 {
                ready.removeAll(keepingCapacity: true)
                readyHead = 0
            }
            return nil
        }
        // Moved out rather than copied: the queue keeps no second reference to the cells.
        var row = Row(index: 0, cells: [])
        swap(&row, &ready[readyHead])
        readyHead += 1
        return row
    }

    // MARK: - Events

    func startElement(_ name: XMLBytes, namespace: XMLBytes?, attributes: XMLAttributes) {
        // After a failure the rest of the chunk is still parsed: ignore it (see XMLEventHandler).
        if failure != nil { return }
        depth += 1
        if capture == .inlineString {
            rich.start(name)
            return
        }
        // The elements met once per cell have one-letter names: tell them apart by that letter.
        switch oneLetter(name) {
        case UInt8(ascii: "c"):
            startCell(attributes)
        case UInt8(ascii: "v"):
            // An inline-string cell's text is its <is>; a stray <v> beside it is ignored
            // (Excel and calamine do so), never joined to the text.
            guard inCell, type != .inlineString else { return }
            capture = .value
            hasValue = true
        case UInt8(ascii: "f"):
            guard inCell else { return }
            startFormula(attributes)
        case 0:
            if name.equals("row") {
                guard cellData == .inside else {
                    // Another vocabulary's `row` (an `extLst` extension may hold one) is not a row.
                    guard Self.isWorksheetNamespace(namespace) else { return }
                    return fail(XLSXErrors.rowOutsideCells(row: attributes["r"]?.unsignedInteger))
                }
                startRow(attributes)
            } else if depth == 2, cellData == .before, name.equals("sheetData"), Self.isWorksheetNamespace(namespace) {
                cellData = .inside
            } else if name.equals("is") {
                guard inCell else { return }
                capture = .inlineString
                hasValue = true
                rich.reset()
            } else if name.equals("mergeCell") {
                if let ref = attributes["ref"] { addMerge(ref) }
            }
        default:
            return
        }
    }

    func endElement(_ name: XMLBytes, namespace: XMLBytes?) {
        if failure != nil { return }
        let level = depth
        depth -= 1
        if capture == .inlineString {
            if name.equals("is") { capture = .none } else { rich.end(name) }
            return
        }
        switch oneLetter(name) {
        case UInt8(ascii: "v"), UInt8(ascii: "f"):
            capture = .none
        case UInt8(ascii: "c"):
            if inCell { endCell() }
        case 0:
            if name.equals("row") {
                endRow()
            } else if level == 2, cellData == .inside, name.equals("sheetData") {
                cellData = .after
                hasEnough = cellsOnly
            }
        default:
            return
        }
    }

    /// SpreadsheetML, Transitional or Strict, or no namespace at all (hand-written files); an
    /// element of another vocabulary that happens to be called `sheetData` is not the cells.
    private static func isWorksheetNamespace(_ namespace: XMLBytes?) -> Bool {
        guard let namespace else { return true }
        return namespace.equals("http://schemas.openxmlformats.org/spreadsheetml/2006/main")
            || namespace.equals("http://purl.oclc.org/ooxml/spreadsheetml/main")
    }

    /// The letter of a one-letter element name, else 0.
    @inline(__always)
    private func oneLetter(_ name: XMLBytes) -> UInt8 { name.base[0] != 0 && name.base[1] == 0 ? name.base[0] : 0 }

    func characters(_ text: XMLBytes) {
        if failure != nil { return }
        switch capture {
        case .none:
            return
        case .value:
            value.append(contentsOf: text.buffer)
        case .inlineString:
            guard rich.inText else { return }
            value.append(contentsOf: text.buffer)
        case .formula:
            formulaText.append(contentsOf: text.buffer)
        }
        if value.count + formulaText.count > maxTextBytes {
            fail(XLSXErrors.textTooLarge(limit: maxTextBytes, at: position))
        }
    }

    // MARK: - Rows and cells

    private var position: CellReference { CellReference(row: row, column: inCell ? column : lastColumn + 1) }

    private func startRow(_ attributes: XMLAttributes) {
        inRow = true
        lastColumn = -1
        if let r = attributes["r"] {
            guard let n = r.unsignedInteger, n >= 1, n <= CellReference.maxRows else {
                return fail(XLSXErrors.badReference(r.string, cell: nil))
            }
            guard n - 1 > lastRow else {
                return fail(XLSXErrors.outOfOrder("row", cell: CellReference(row: n - 1, column: 0)))
            }
            row = n - 1
            rowSettled = true
        } else {
            guard lastRow + 1 < CellReference.maxRows else {
                return fail(XLSXErrors.badReference("(row \(lastRow + 2))", cell: nil))
            }
            row = lastRow + 1
            rowSettled = false
        }
    }

    private func endRow() {
        guard inRow else { return }
        inRow = false
        lastRow = row
        guard !cells.isEmpty else { return }
        widestRow = max(widestRow, cells.count)
        ready.append(Row(index: row, cells: cells))
        cells = []
    }

    private func startCell(_ attributes: XMLAttributes) {
        guard inRow else { return }
        if let r = attributes["r"] {
            guard let ref = CellReference.parse(r.buffer) else {
                return fail(XLSXErrors.badReference(r.string, cell: CellReference(row: row, column: lastColumn + 1)))
            }
            if !rowSettled {
                // A row without `r` takes its number from its first located cell.
                guard ref.row > lastRow else { return fail(XLSXErrors.outOfOrder("cell", cell: ref)) }
                row = ref.row
                rowSettled = true
            }
            guard ref.row == row, ref.column > lastColumn else { return fail(XLSXErrors.outOfOrder("cell", cell: ref)) }
            column = ref.column
        } else {
            guard lastColumn + 1 < CellReference.maxColumns else {
                return fail(XLSXErrors.badReference("(column \(lastColumn + 2))", cell: nil))
            }
            column = lastColumn + 1
            rowSettled = true
        }
        lastColumn = column
        inCell = true
        type = .number
        if let t = attributes["t"], !t.equals("n") {
            if t.equals("s") { type = .sharedString }
            else if t.equals("str") { type = .formulaString }
            else if t.equals("inlineStr") { type = .inlineString }
            else if t.equals("b") { type = .boolean }
            else if t.equals("e") { type = .error }
            else if t.equals("d") { type = .isoDate }
            else { return fail(XLSXErrors.badValue(t.string, type: "t", at: position)) }
        }
        style = attributes["s"]?.unsignedInteger ?? 0
        hasValue = false
        value.removeAll(keepingCapacity: true)
        hasFormula = false
    }

    private func startFormula(_ attributes: XMLAttributes) {
        capture = .formula
        hasFormula = true
        formulaText.removeAll(keepingCapacity: true)
        sharedIndex = nil
        if let t = attributes["t"], t.equals("shared") {
            sharedIndex = attributes["si"]?.unsignedInteger
        }
    }

    private func endCell() {
        inCell = false
        capture = .none
        let ref = CellReference(row: row, column: column)
        guard let cellValue = decodeValue(at: ref, kind: styles.kind(style)) else { return }
        let formula = hasFormula ? formulaString(at: ref) : nil
        if cellValue.isEmpty && formula == nil { return }
        if cells.capacity == 0 { cells.reserveCapacity(widestRow) }
        cells.append(Cell(column: column, value: cellValue, formula: formula, numberFormat: styles.code(style)))
    }

    /// The cell's value from its type and `<v>`/`<is>` text; nil after recording a failure.
    private func decodeValue(at ref: CellReference, kind: NumberFormat.Kind) -> CellValue? {
        guard hasValue else { return .empty }
        switch type {
        case .number:
            return value.withUnsafeBufferPointer { bytes -> CellValue? in
                guard let number = NumberParser.xmlValue(bytes) else {
                    if bytes.allSatisfy(isXMLSpace) { return .empty }
                    fail(XLSXErrors.badValue(String(decoding: bytes, as: UTF8.self), type: "n", at: ref))
                    return nil
                }
                return kind.value(ofSerial: number, in: dateSystem)
            }
        case .sharedString:
            // Indented XML (Gnumeric and hand-edited files) may pad the index.
            while let last = value.last, isXMLSpace(last) { value.removeLast() }
            let start = value.firstIndex { !isXMLSpace($0) } ?? value.count
            if start == value.count { return .empty }
            let index = value.withUnsafeBufferPointer {
                XMLBytes(base: $0.baseAddress! + start, count: $0.count - start).unsignedInteger
            }
            guard let index, let text = sharedStrings[index] else {
                fail(XLSXErrors.sharedStringIndex(String(decoding: value, as: UTF8.self),
                                                  count: sharedStrings.count, at: ref))
                return nil
            }
            return .text(text)
        case .formulaString, .inlineString:
            decodeEscapes(&value)
            return .text(String(decoding: value, as: UTF8.self))
        case .boolean:
            if value.isEmpty { return .empty }
            if value.elementsEqual("1".utf8) || value.elementsEqual("true".utf8) { return .boolean(true) }
            if value.elementsEqual("0".utf8) || value.elementsEqual("false".utf8) { return .boolean(false) }
            fail(XLSXErrors.badValue(String(decoding: value, as: UTF8.self), type: "b", at: ref))
            return nil
        case .error:
            return value.isEmpty ? .empty : .error(String(decoding: value, as: UTF8.self))
        case .isoDate:
            if value.isEmpty { return .empty }
            guard let date = value.withUnsafeBufferPointer({ ISODateText.parse($0, .lenient) }) else {
                fail(XLSXErrors.badValue(String(decoding: value, as: UTF8.self), type: "d", at: ref))
                return nil
            }
            if case .dateTime(let dt) = date, kind == .date, dt.time.seconds == 0 { return .date(dt.date) }
            return date
        }
    }

    /// The formula text; a shared formula's followers get the master's text shifted to them.
    private func formulaString(at ref: CellReference) -> String? {
        if let si = sharedIndex {
            if !formulaText.isEmpty {
                let text = String(decoding: formulaText, as: UTF8.self)
                sharedFormulas[si] = (text, ref)
                return text
            }
            guard let master = sharedFormulas[si] else { return nil }
            return FormulaShift.shift(master.text, rows: ref.row - master.origin.row,
                                      columns: ref.column - master.origin.column)
        }
        return formulaText.isEmpty ? nil : String(decoding: formulaText, as: UTF8.self)
    }

    private func addMerge(_ ref: XMLBytes) {
        let bytes = ref.buffer
        let colon = bytes.firstIndex(of: UInt8(ascii: ":")) ?? bytes.count
        let first = CellReference.parse(UnsafeBufferPointer(rebasing: bytes[0..<colon]))
        let second = colon < bytes.count ? CellReference.parse(UnsafeBufferPointer(rebasing: bytes[(colon + 1)...])) : first
        guard let first, let second else { return fail(XLSXErrors.badReference(ref.string, cell: nil)) }
        mergedRanges.append(CellRange(start: first, end: second))
    }

    private func fail(_ error: SpreadsheetError) {
        if failure == nil { failure = error }
    }
}
