/// A CSV file as a workbook of one visible sheet named after the file, without defined names.
final class CSVWorkbook: WorkbookBackend {
    let sheets: [SheetInfo]
    var definedNames: [DefinedName] { [] }
    /// The delimiter given or detected.
    let delimiter: UInt8
    private let source: any ByteSource
    private let options: ReadOptions

    init(source: any ByteSource, fileName: String, options: ReadOptions) throws {
        self.source = source
        self.options = options
        sheets = [SheetInfo(name: CSVWorkbook.sheetName(fileName: fileName), state: .visible, index: 0)]
        if let given = options.csvDelimiter {
            // Quotes and line ends structure the file; bytes ≥ 0x80 are parts of UTF-8 characters.
            guard given != UInt8(ascii: "\""), given != UInt8(ascii: "\r"), given != UInt8(ascii: "\n"),
                  given < 0x80 else { throw SpreadsheetError.csvBadDelimiter(given) }
            delimiter = given
        } else {
            var stream = try CSVTextStream(source: source)
            _ = try stream.advance()
            let isComplete = stream.reachedEnd
            delimiter = stream.text.withUnsafeBufferPointer {
                CSVDelimiterDetector.detect(UnsafeBufferPointer(rebasing: $0[..<stream.count]), isComplete: isComplete)
            }
        }
    }

    func rowProducer(sheet: Int) throws -> any RowProducer {
        CSVRowProducer(stream: try CSVTextStream(source: source), delimiter: delimiter,
                       maxFieldBytes: options.limits.maxCellTextBytes, keepsAmbiguousNumbers: options.csvKeepsAmbiguousNumbers)
    }

    /// `ward 12` for `/uploads/ward 12.csv` (or a Windows path).
    static func sheetName(fileName: String) -> String {
        let base = fileName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? fileName
        if let dot = base.lastIndex(of: "."), dot != base.startIndex {
            return String(base[..<dot])
        }
        return base.isEmpty ? "Sheet1" : base
    }
}

/// Streams a CSV file's rows, one 64 KiB chunk of the file in memory at a time.
final class CSVRowProducer: RowProducer {
    private var stream: CSVTextStream
    private var scanner: CSVScanner
    private var builder: CSVRowBuilder
    /// Where scanning resumes in the current chunk.
    private var position = 0
    private var ended = false
    /// A failed stream stays failed: its scanner state is no longer meaningful.
    private var failure: (any Error)?

    init(stream: CSVTextStream, delimiter: UInt8, maxFieldBytes: Int, keepsAmbiguousNumbers: Bool = false) {
        self.stream = stream
        scanner = CSVScanner(delimiter: delimiter)
        builder = CSVRowBuilder(maxFieldBytes: maxFieldBytes, keepsAmbiguousNumbers: keepsAmbiguousNumbers)
    }

    var mergedRanges: [CellRange] { [] }

    func next() throws -> Row? {
        if let failure { throw failure }
        do {
            return try nextRecordWithCells()
        } catch {
            failure = error
            throw error
        }
    }

    private func nextRecordWithCells() throws -> Row? {
        while !ended {
            if position >= stream.count {
                position = 0
                if try !stream.advance() {
                    ended = true
                    _ = try scanner.finish(into: &builder)
                    return builder.takeRow()
                }
            }
            let result = try stream.text.withUnsafeBufferPointer { text in
                try scanner.scan(UnsafeBufferPointer(rebasing: text[..<stream.count]), from: position, into: &builder)
            }
            position = result.next
            if result.recordEnded, let row = builder.takeRow() { return row }
        }
        return nil
    }
}
