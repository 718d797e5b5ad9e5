/// Streams one worksheet substream record by record, from its BOF to its EOF; only the row
/// being built is held. Cells arrive in row order (the row blocks of MS-XLS 2.1.7.20.5);
/// within a row they are kept in column order.
final class XLSRowProducer: RowProducer {
    private let records: BIFFRecordReader
    private let globals: XLSGlobals
    private let maxTextBytes: Int
    private(set) var mergedRanges: [CellRange] = []

    private var row = -1
    private var cells: [Cell] = []
    private var widestRow = 8
    /// Substreams nested in the sheet (an embedded chart) are skipped to their own EOF.
    private var depth = 0
    private var ended = false
    private var failure: (any Error)?
    /// A FORMULA whose string result is in the STRING record that follows it.
    private var pendingString: (row: Int, column: Int, xf: Int, formula: String?)?
    private var text: BIFFText
    private let formulas: BIFFFormula
    /// The tokens of each shared formula (SHRFMLA), by the cell its members point to.
    private var sharedFormulas: [CellReference: [UInt8]] = [:]
    private var sharedFormulaBytes = 0
    /// A cell whose formula is the shared one defined by the SHRFMLA record that follows it.
    private var awaitingShared: CellReference?

    init(stream: CFBStream, globals: XLSGlobals, offset: Int, limits: ReadLimits) throws {
        records = BIFFRecordReader(stream: stream)
        self.globals = globals
        maxTextBytes = limits.maxCellTextBytes
        text = BIFFText(codePage: globals.biff8 ? .latin1 : globals.codePage)
        formulas = BIFFFormula(biff8: globals.biff8, codePage: globals.codePage)
        records.seek(to: offset)
        guard try records.advance(), records.type == BIFF.bof else {
            throw XLSErrors.corrupt(stream.name, offset: offset, detail: "the sheet's BOUNDSHEET offset does not point at a BOF record")
        }
    }

    func next() throws -> Row? {
        if let failure { throw failure }
        do {
            return try nextRow()
        } catch {
            failure = error
            throw error
        }
    }

    private func nextRow() throws -> Row? {
        while !ended {
            guard try records.advance() else {
                throw XLSErrors.truncated(records.stream.name, offset: records.nextOffset, detail: "the sheet ends without an EOF record")
            }
            let type = records.type
            if type == BIFF.bof { depth += 1; continue }
            if type == BIFF.eof {
                if depth > 0 { depth -= 1; continue }
                ended = true
                if let p = pendingString {
                    throw XLSErrors.corrupt(records.stream.name, offset: records.offset,
                        detail: "the formula's string result (STRING record) is missing", cell: CellReference(row: p.row, column: p.column))
                }
                break
            }
            if depth > 0 { continue }
            if let done = try record(type) { return done }
        }
        guard !cells.isEmpty else { return nil }
        defer { cells = [] }
        return Row(index: row, cells: cells)
    }

    /// Handles one record of the sheet; returns a row it completed.
    @inline(__always)
    private func record(_ type: UInt16) throws -> Row? {
        switch type {
        case BIFF.number:
            try records.require(14, "NUMBER")
            return try add(number: records.f64(6))
        case BIFF.rk:
            try records.require(10, "RK")
            return try add(number: XLSRowProducer.rk(records.u32(6)))
        case BIFF.mulRK:
            try records.require(6, "MULRK")
            let count = (records.length - 6) / 6
            let first = records.u16(2)
            var done: Row?
            for i in 0..<count {
                let at = 4 + 6 * i
                let xf = records.u16(at)
                let value = globals.styles.kind(xf).value(ofSerial: XLSRowProducer.rk(records.u32(at + 2)), in: globals.dateSystem)
                if let row = try add(records.u16(0), first + i, value, xf: xf) { done = row }
            }
            return done
        case BIFF.labelSST:
            try records.require(10, "LABELSST")
            let index = Int(records.u32(6))
            guard index < globals.sharedStrings.count else {
                throw XLSErrors.sharedStringIndex(index, count: globals.sharedStrings.count, stream: records.stream.name,
                                                  offset: records.offset, cell: CellReference(row: records.u16(0), column: records.u16(2)))
            }
            return try add(records.u16(0), records.u16(2), .text(globals.sharedStrings[index]), xf: records.u16(4))
        case BIFF.label, BIFF.rString:
            try records.require(8, "LABEL")
            let value = try label()
            return try add(records.u16(0), records.u16(2), value, xf: records.u16(4))
        case BIFF.boolErr:
            try records.require(8, "BOOLERR")
            let value = records.u8(7) == 0 ? CellValue.boolean(records.u8(6) != 0) : .error(XLSRowProducer.errorText(records.u8(6)))
            return try add(records.u16(0), records.u16(2), value, xf: records.u16(4))
        case BIFF.formula:
            return try formula()
        case BIFF.string:
            guard let pending = pendingString else { return nil }
            pendingString = nil
            let value = try formulaString()
            return try add(pending.row, pending.column, value, xf: pending.xf, formula: pending.formula)
        case BIFF.sharedFormula:
            try sharedFormula()
            return nil
        case BIFF.mergedCells:
            try records.require(2, "MERGEDCELLS")
            let count = min(records.u16(0), (records.length - 2) / 8)
            for i in 0..<count {
                let at = 2 + 8 * i
                mergedRanges.append(CellRange(start: CellReference(row: records.u16(at), column: records.u16(at + 4)),
                                              end: CellReference(row: records.u16(at + 2), column: records.u16(at + 6))))
            }
            return nil
        default:
            return nil
        }
    }

    // MARK: - Values

    @inline(__always)
    private func add(number: Double) throws -> Row? {
        let xf = records.u16(4)
        return try add(records.u16(0), records.u16(2), globals.styles.kind(xf).value(ofSerial: number, in: globals.dateSystem), xf: xf)
    }

    /// An RK number: a 30-bit integer or the top 30 bits of a double, optionally ÷ 100.
    @inline(__always)
    static func rk(_ v: UInt32) -> Double {
        let x: Double = v & 0x02 != 0 ? Double(Int32(bitPattern: v) >> 2)
            : Double(bitPattern: UInt64(v & 0xFFFF_FFFC) << 32)
        return v & 0x01 != 0 ? x / 100 : x
    }

    static func errorText(_ code: UInt8) -> String {
        switch code {
        case 0x00: "#NULL!"
        case 0x07: "#DIV/0!"
        case 0x0F: "#VALUE!"
        case 0x17: "#REF!"
        case 0x1D: "#NAME?"
        case 0x24: "#NUM!"
        case 0x2A: "#N/A"
        case 0x2B: "#GETTING_DATA"
        default: "#ERR\(code)!"
        }
    }

    /// LABEL and RSTRING text: BIFF8 has a flags byte (8- or 16-bit), BIFF5 the code page.
    private func label() throws -> CellValue {
        let count = records.u16(6)
        var at = 8
        var wide = false
        if globals.biff8 {
            try records.require(9, "LABEL")
            wide = records.u8(8) & 0x01 != 0
            at = 9
        }
        let size = count * (wide ? 2 : 1)
        try records.require(at + size, "LABEL")
        text.reset()
        if wide { text.append16(records.bytes(at, size)) } else { text.append8(records.bytes(at, size)) }
        text.finish()
        try checkSize(CellReference(row: records.u16(0), column: records.u16(2)))
        return .text(text.string())
    }

    private func formula() throws -> Row? {
        try records.require(22, "FORMULA")
        let r = records.u16(0), c = records.u16(2), xf = records.u16(4)
        let size = records.u16(20)
        var f: String?
        awaitingShared = nil
        if size == 5, records.length >= 27, records.u8(22) == 0x01 {
            // ptgExp: a member of a shared formula, which points to the cell that defines it.
            let anchor = CellReference(row: records.u16(23), column: records.u16(25))
            if let tokens = sharedFormulas[anchor] {
                f = tokens.withUnsafeBytes { formulas.text($0, at: CellReference(row: r, column: c)) }
            } else {
                awaitingShared = CellReference(row: r, column: c)
            }
        } else {
            f = formulas.text(records.bytes(22, size), at: CellReference(row: r, column: c))
        }
        guard records.u16(12) == 0xFFFF else {
            return try add(r, c, globals.styles.kind(xf).value(ofSerial: records.f64(6), in: globals.dateSystem), xf: xf, formula: f)
        }
        switch records.u8(6) {
        case 0:
            pendingString = (r, c, xf, f)
            return nil
        case 1: return try add(r, c, .boolean(records.u8(8) != 0), xf: xf, formula: f)
        case 2: return try add(r, c, .error(XLSRowProducer.errorText(records.u8(8))), xf: xf, formula: f)
        case 3: return try add(r, c, .text(""), xf: xf, formula: f)
        default:
            throw XLSErrors.corrupt(records.stream.name, offset: records.offset,
                                    detail: "unknown formula result type \(records.u8(6))", cell: CellReference(row: r, column: c))
        }
    }

    /// SHRFMLA, after the first FORMULA of a shared formula: its tokens, kept for the members
    /// that follow, and the text of the cell just read.
    private func sharedFormula() throws {
        try records.require(10, "SHRFMLA")
        let size = records.u16(8)
        let tokens = Array(records.bytes(10, size))
        let anchor = CellReference(row: records.u16(0), column: Int(records.u8(4)))
        // Bounded like the shared strings: past the limit, members simply get no formula text.
        if sharedFormulaBytes + tokens.count <= maxTextBytes * 16 {
            sharedFormulas[anchor] = tokens
            sharedFormulaBytes += tokens.count
        }
        guard let cell = awaitingShared else { return }
        awaitingShared = nil
        let text = tokens.withUnsafeBytes { formulas.text($0, at: cell) }
        if pendingString != nil, pendingString?.row == cell.row, pendingString?.column == cell.column {
            pendingString?.formula = text
        } else if row == cell.row, let i = cells.lastIndex(where: { $0.column == cell.column }) {
            cells[i].formula = text
        }
    }

    /// The STRING record after a FORMULA: its text may run on into CONTINUE records.
    private func formulaString() throws -> CellValue {
        try records.require(globals.biff8 ? 3 : 2, "STRING")
        text.reset()
        let count = records.u16(0)
        if globals.biff8 {
            var reader = ContinuedReader(records: records, at: 3, what: "STRING")
            try reader.characters(count, wide: records.u8(2) & 0x01 != 0, into: &text)
        } else {
            try records.require(2 + count, "STRING")
            text.append8(records.bytes(2, count))
        }
        return .text(text.string())
    }

    private func checkSize(_ cell: CellReference) throws {
        if text.byteCount > maxTextBytes { throw XLSXErrors.textTooLarge(limit: maxTextBytes, at: cell) }
    }

    // MARK: - Rows

    /// Adds a cell; returns the previous row when this cell starts a new one.
    @inline(__always)
    private func add(_ r: Int, _ c: Int, _ value: CellValue, xf: Int, formula: String? = nil) throws -> Row? {
        if pendingString != nil {
            // A string result without its STRING record: the file is damaged.
            let p = pendingString!
            throw XLSErrors.corrupt(records.stream.name, offset: records.offset,
                detail: "the formula's string result (STRING record) is missing", cell: CellReference(row: p.row, column: p.column))
        }
        var done: Row?
        if r != row {
            guard r > row else {
                throw XLSErrors.corrupt(records.stream.name, offset: records.offset,
                    detail: "cells out of order: row \(r + 1) comes after row \(row + 1)", cell: CellReference(row: r, column: c))
            }
            if !cells.isEmpty {
                widestRow = max(widestRow, cells.count)
                done = Row(index: row, cells: cells)
                cells = []
            }
            row = r
        }
        if value.isEmpty { return done }
        if cells.capacity == 0 { cells.reserveCapacity(widestRow) }
        let cell = Cell(column: c, value: value, formula: formula, numberFormat: globals.styles.code(xf))
        if let last = cells.last, last.column >= c {
            let at = cells.firstIndex { $0.column >= c } ?? cells.count
            guard cells[at].column != c else {
                throw XLSErrors.corrupt(records.stream.name, offset: records.offset,
                    detail: "a second value for the same cell", cell: CellReference(row: r, column: c))
            }
            cells.insert(cell, at: at)
        } else {
            cells.append(cell)
        }
        return done
    }
}
