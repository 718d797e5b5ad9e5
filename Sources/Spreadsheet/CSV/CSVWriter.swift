/// Writes rows of cell values as RFC 4180 CSV (CRLF line ends, UTF-8), streaming.
///
/// ```swift
/// var writer = try CSVWriter(path: "tong-hop.csv")
/// try writer.write(row: [.text("Phường"), .text("Điểm")])
/// try writer.write(row: [.text("Dịch Vọng"), .number(95.5)])
/// try writer.finish()
/// ```
/// A file is written beside its target under a temporary name and renamed into place by
/// `finish()`; a writer dropped without `finish()` (or after an error) removes it, so a failed
/// run never leaves a half-written file. Output goes through a 64 KiB buffer.
///
/// Values are written as `CSVWorkbook` reads them back: numbers in `CanonicalNumberText`,
/// dates `YYYY-MM-DD`, date-times `YYYY-MM-DDTHH:MM:SS`, times `HH:MM:SS`, durations
/// `PT…S`, booleans `TRUE`/`FALSE`, errors as their text. CSV has no types, so times,
/// durations and errors read back as text, and text that looks like a number reads back as one.
public struct CSVWriter: ~Copyable, Sendable {
    public let options: CSVWriteOptions
    private static let flushSize = 64 * 1024
    private var buffer: [UInt8] = []
    private var file: AtomicFile?
    private var failure: SpreadsheetError?
    private var finished = false

    /// Writes to a file, replacing it only when `finish()` succeeds.
    public init(path: String, options: CSVWriteOptions = CSVWriteOptions()) throws {
        self.options = options
        file = try AtomicFile(path: path, durability: options.durability)
        buffer.reserveCapacity(CSVWriter.flushSize + 4096)
        if options.byteOrderMark { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
    }

    /// Writes to memory; `finish()` returns the bytes.
    public init(options: CSVWriteOptions = CSVWriteOptions()) {
        self.options = options
        if options.byteOrderMark { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
    }

    deinit {
        if !finished { file?.abandon() }
    }

    /// For an in-memory writer: hands over the bytes written so far and keeps going, so a
    /// caller can stream a large table (to standard output, say) without holding it.
    public mutating func drain() -> [UInt8] {
        guard file == nil else { return [] }
        defer { buffer.removeAll(keepingCapacity: true) }
        return buffer
    }

    /// Writes one row: one field per value, `.empty` as an empty field.
    public mutating func write(row values: some Sequence<CellValue>) throws {
        try write(row: Array(values))
    }

    /// `write(row:)` for an array, the form callers have: compiled for it here, where the
    /// generic one, called from another module, walked its values through witness tables.
    public mutating func write(row values: [CellValue]) throws {
        var first = true
        for value in values {
            if !first { buffer.append(options.delimiter.rawValue) }
            first = false
            appendField(value)
        }
        try endRow()
    }

    /// Writes a streamed row, its cells at their columns (missing columns as empty fields).
    /// Formulas are not written: CSV holds values only.
    public mutating func write(row: Row) throws {
        var column = 0
        for cell in row.cells where !cell.value.isEmpty {
            while column < cell.column {
                if column > 0 { buffer.append(options.delimiter.rawValue) }
                column += 1
            }
            if column > 0 { buffer.append(options.delimiter.rawValue) }
            appendField(cell.value)
            column += 1
        }
        try endRow()
    }

    /// Completes the output: renames the file into place, or returns the bytes when writing
    /// to memory (empty for a file).
    @discardableResult
    public consuming func finish() throws -> [UInt8] {
        if let failure { throw failure }
        guard let file else {
            finished = true
            return buffer
        }
        try flush()
        finished = true
        try file.commit()
        return []
    }

    private mutating func endRow() throws {
        buffer.append(UInt8(ascii: "\r"))
        buffer.append(UInt8(ascii: "\n"))
        if let failure { throw failure }
        if file != nil && buffer.count >= CSVWriter.flushSize { try flush() }
    }

    private mutating func flush() throws {
        guard let file, !buffer.isEmpty else { return }
        do {
            try buffer.withUnsafeBytes { try file.write($0) }
            buffer.removeAll(keepingCapacity: true)
        } catch let error as SpreadsheetError {
            failure = error
            throw error
        }
    }

    private mutating func appendField(_ value: CellValue) {
        switch value {
        case .empty:
            break
        case .number(let x):
            buffer.append(contentsOf: (CanonicalNumberText.string(x) ?? "#NUM!").utf8)
        case .text(let text):
            appendText(text, guarding: options.guardsFormulas)
        case .boolean(let b):
            buffer.append(contentsOf: (b ? "TRUE" : "FALSE").utf8)
        case .date, .dateTime, .time, .duration:
            buffer.append(contentsOf: (value.isoText ?? "#NUM!").utf8)
        case .error(let text):
            appendText(text, guarding: false)
        }
    }

    /// Quotes only when needed, so plain text stays readable and byte-for-byte predictable.
    private mutating func appendText(_ text: String, guarding: Bool) {
        // On the contiguous bytes: the UTF-8 view's iterator and generic append cost several
        // times as much per byte.
        var text = text
        text.withUTF8 { appendText($0, guarding: guarding) }
    }

    private mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>, guarding: Bool) {
        let delimiter = options.delimiter.rawValue
        let quote = UInt8(ascii: "\"")
        let needsQuotes = bytes.contains { $0 == delimiter || $0 == quote || $0 == 0x0D || $0 == 0x0A }
        let guarded = guarding && bytes.first.map(CSVWriter.startsFormula) == true
        if needsQuotes { buffer.append(quote) }
        if guarded { buffer.append(UInt8(ascii: "'")) }
        if needsQuotes {
            for b in bytes {
                if b == quote { buffer.append(quote) }
                buffer.append(b)
            }
            buffer.append(quote)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    private static func startsFormula(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D, 0x0A: true
        default: false
        }
    }
}
