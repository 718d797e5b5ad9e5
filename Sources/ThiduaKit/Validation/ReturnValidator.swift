import Foundation

/// Reads a ward's return and checks it against the schema: every problem becomes a finding
/// with its file, sheet, cell, criterion, severity, stable code and a bilingual message that
/// tells a ward officer what to fix. Never throws: a file that cannot be read at all is
/// a return with one `file.*`/`zip.*`/`xml.*`/`return.too-large` error and no entries.
///
/// Memory is bounded for any input: the file's size is checked before anything is read, its
/// sheets are streamed, and reading stops at `ReturnLimits.maxCells`.
public struct ReturnValidator: Sendable {
    public let schema: CriteriaSchema
    public var readOptions: ReadOptions
    public var limits: ReturnLimits
    let wardMatcher: WardMatcher
    let index: SchemaIndex

    public init(schema: CriteriaSchema, readOptions: ReadOptions = ReadOptions(), limits: ReturnLimits = ReturnLimits()) {
        self.schema = schema
        self.readOptions = readOptions
        // A return's convention decides `72.800`, not the CSV reader (`NumberConvention`).
        self.readOptions.csvKeepsAmbiguousNumbers = true
        // A return is checked by its cells: merges, validation lists and page setup play no
        // part, and reading past the cells was half of a form's XML.
        self.readOptions.cellsOnly = true
        self.limits = limits
        self.wardMatcher = WardMatcher(schema: schema)
        self.index = SchemaIndex(schema)
    }

    /// Reads and checks the return at `path`; the file is streamed, never held whole.
    public func validate(path: String) -> WardReturn {
        validate(fileName: path) {
            try WorkbookReader(path: path, options: readOptions)
        }
    }

    /// Reads and checks a return held in memory.
    public func validate(bytes: [UInt8], fileName: String) -> WardReturn {
        guard bytes.count <= readOptions.limits.maxFileSize else {
            return WardReturn(file: fileName, findings: [Finding(SpreadsheetError(.fileTooLarge,
                vi: "Tệp quá lớn (\(bytes.count) byte; giới hạn \(readOptions.limits.maxFileSize)).",
                en: "The file is too large (\(bytes.count) bytes; the limit is \(readOptions.limits.maxFileSize)).",
                at: DocumentLocation(file: fileName)))])
        }
        return validate(fileName: fileName) {
            try WorkbookReader(bytes: bytes, fileName: fileName, options: readOptions)
        }
    }

    /// The SHA-256 is taken through the reader (`ContentHash.hex(of:)`): from the descriptor the
    /// sheets were read from, never by opening the path again, where another file may be now.
    private func validate(fileName: String, open: () throws -> WorkbookReader) -> WardReturn {
        var result = WardReturn(file: fileName)
        let sheets: [SheetData]
        do {
            let book = try open()
            result.format = book.format
            sheets = try loadSheets(book)
            result.sha256 = try ContentHash.hex(of: book)
        } catch let e as SpreadsheetError {
            result.findings.append(Finding(e))
            return result
        } catch let e as ReturnTooLarge {
            result.findings.append(e.finding(file: fileName))
            return result
        } catch {
            result.findings.append(Finding(.error, .unexpected, vi: "Lỗi không mong đợi.", en: "Unexpected failure.",
                                           at: DocumentLocation(file: fileName)))
            return result
        }
        var context = ReturnContext(file: fileName, schema: schema, index: index, wardMatcher: wardMatcher, sheets: sheets,
                                    fromCSV: result.format == .csv)
        context.read(into: &result)
        context.check(&result)
        result.findings = context.findings.sorted(by: ReturnContext.order)
        return result
    }

    /// Every sheet's rows, streamed, until the return holds more than `limits.maxCells`.
    private func loadSheets(_ book: WorkbookReader) throws -> [SheetData] {
        var out: [SheetData] = []
        var cells = 0
        for (index, info) in book.sheets.enumerated() {
            let reader = try book.rows(sheet: index)
            var rows: [Row] = []
            while let row = try reader.nextRow() {
                // A row counts as a cell too, so that rows of nothing cannot pile up either.
                cells += row.cells.count + 1
                if cells > limits.maxCells {
                    throw ReturnTooLarge(limit: limits.maxCells, sheet: info.name,
                                         at: CellReference(row: row.index, column: row.cells.last?.column ?? 0))
                }
                rows.append(row)
            }
            // A return is checked by its cells: merges play no part (and an XLSX read for its
            // cells never reaches them), so none are kept, whatever the format.
            out.append(SheetData(info: info, rows: rows, mergedRanges: []))
        }
        return out
    }
}

/// How much a return may hold. A return is a form of about 60 rows; a file far larger than
/// that is no return, and reading it whole would cost memory without bound.
public struct ReturnLimits: Hashable, Sendable {
    /// Most cells (plus rows) read from all sheets of one return together.
    public var maxCells: Int = 200_000

    public init(maxCells: Int = 200_000) { self.maxCells = maxCells }
}

/// A return past `ReturnLimits.maxCells`, located at the cell where reading stopped.
struct ReturnTooLarge: Error {
    var limit: Int
    var sheet: String
    var at: CellReference

    func finding(file: String) -> Finding {
        Finding(.error, .returnTooLarge,
            vi: "Tệp có hơn \(limit) ô dữ liệu, quá lớn để là một báo cáo (biểu mẫu chỉ khoảng 60 dòng); đã dừng đọc tại ô này. Hãy xóa dữ liệu thừa, hoặc nâng giới hạn bằng --max-return-cells.",
            en: "The file holds more than \(limit) cells, too many for a return (the form has about 60 rows); reading stopped at this cell. Remove the extra data, or raise the limit with --max-return-cells.",
            at: DocumentLocation(file: file, sheet: sheet, cell: at))
    }
}
