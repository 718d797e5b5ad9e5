import Foundation

/// Reads an XLSX, ODS, XLS or CSV workbook, streaming one sheet at a time.
///
/// ```swift
/// let book = try WorkbookReader(path: "ward.xlsx")
/// let rows = try book.rows(sheet: 0)
/// while let row = try rows.nextRow() { print(row.index, row.cells.map(\.value)) }
/// ```
/// Every failure is a `SpreadsheetError` that names the file and, where known, the part,
/// sheet and cell. A class because it owns the open file.
public final class WorkbookReader {
    public let format: SpreadsheetFormat
    /// The name used in error locations (the path as given, or the name passed in).
    public let fileName: String
    public let options: ReadOptions
    private let backend: any WorkbookBackend
    /// The open file (or the bytes) every part is read from.
    private let source: any ByteSource

    /// Opens a file; its format is recognised from its bytes, never trusted from its extension.
    public convenience init(path: String, options: ReadOptions = ReadOptions()) throws {
        let source = try FileByteSource(path: path, limits: options.limits)
        try self.init(source: source, fileName: path, options: options)
    }

    /// Reads a workbook held in memory (an upload, a fuzzing input).
    public convenience init(bytes: [UInt8], fileName: String = "(memory)", options: ReadOptions = ReadOptions()) throws {
        try self.init(source: MemoryByteSource(bytes), fileName: fileName, options: options)
    }

    init(source: any ByteSource, fileName: String, options: ReadOptions) throws {
        self.fileName = fileName
        self.options = options
        self.source = source
        let location = DocumentLocation(file: fileName)
        do {
            switch try FormatSniffer.detect(source, fileName: fileName) {
            case .text:
                format = .csv
                backend = try CSVWorkbook(source: source, fileName: fileName, options: options)
            case .compound:
                let file = try CompoundFile(source: source, limits: options.limits)
                if file.stream(named: "EncryptionInfo") != nil || file.stream(named: "EncryptedPackage") != nil {
                    throw FormatSniffer.encrypted(at: location)
                }
                guard let entry = XLSWorkbook.workbookStream(in: file) else {
                    throw XLSErrors.notWorkbook(streams: file.streamNames)
                }
                format = .xls
                backend = try XLSWorkbook(file: file, entry: entry, options: options)
            case .zip:
                let zip = try ZipArchive(source: source, fileName: fileName, limits: options.limits)
                if ODSWorkbook.recognises(zip) {
                    format = .ods
                    backend = try ODSWorkbook(zip: zip, fileName: fileName, options: options)
                } else if XLSXWorkbook.recognises(zip) {
                    format = .xlsx
                    backend = try XLSXWorkbook(zip: zip, fileName: fileName, options: options)
                } else {
                    throw SpreadsheetError(.unknownFormat,
                        vi: "Tệp nén ZIP này không phải bảng tính XLSX hay ODS.",
                        en: "This ZIP archive is not an XLSX or ODS spreadsheet.", at: location)
                }
            }
        } catch let e as SpreadsheetError {
            throw e.located(file: fileName)
        } catch {
            throw SpreadsheetError.unexpected(error, at: location)
        }
    }

    public var sheets: [SheetInfo] { backend.sheets }
    public var definedNames: [DefinedName] { backend.definedNames }

    /// The sheet with this name (exact, then case-insensitive) or 1-based number.
    public func sheetIndex(named nameOrNumber: String) -> Int? {
        if let i = sheets.firstIndex(where: { $0.name == nameOrNumber }) { return i }
        if let i = sheets.firstIndex(where: { $0.name.lowercased() == nameOrNumber.lowercased() }) { return i }
        if let n = Int(nameOrNumber), n >= 1, n <= sheets.count { return n - 1 }
        return nil
    }

    /// Streams a sheet's rows with bounded memory.
    public func rows(sheet: Int) throws -> RowReader {
        guard sheets.indices.contains(sheet) else {
            throw SpreadsheetError(.sheetNotFound,
                vi: "Không có trang tính số \(sheet + 1) (tệp có \(sheets.count) trang).",
                en: "There is no sheet number \(sheet + 1) (the file has \(sheets.count)).",
                at: DocumentLocation(file: fileName))
        }
        let info = sheets[sheet]
        do {
            return RowReader(info: info, fileName: fileName, producer: try backend.rowProducer(sheet: sheet))
        } catch let e as SpreadsheetError {
            throw e.located(file: fileName, sheet: info.name)
        }
    }

    /// Passes every byte of the file, in order and in pieces of at most 1 MiB, to `body` (to
    /// hash it). They are read through the descriptor the reader opened, so they are the bytes
    /// the sheets came from even if the path names another file by now.
    public func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        var buffer = [UInt8](repeating: 0, count: min(1 << 20, max(source.size, 1)))
        try buffer.withUnsafeMutableBytes { raw in
            var offset = 0
            while offset < source.size {
                let n = try source.read(at: offset, into: raw)
                guard n > 0 else {
                    throw SpreadsheetError(.fileUnreadable,
                        vi: "Tệp bị thay đổi trong khi đọc (ngắn hơn lúc mở). Hãy đọc lại.",
                        en: "The file changed while it was read (it is shorter than when opened). Read it again.",
                        at: DocumentLocation(file: fileName))
                }
                try body(UnsafeRawBufferPointer(rebasing: raw[..<n]))
                offset += n
            }
        }
    }

    /// Loads a whole sheet into memory: a convenience for small sheets such as a ward's return.
    public func loadSheet(_ sheet: Int) throws -> SheetData {
        let reader = try rows(sheet: sheet)
        var rows: [Row] = []
        while let row = try reader.nextRow() { rows.append(row) }
        return SheetData(info: sheets[sheet], rows: rows, mergedRanges: reader.mergedRanges)
    }
}
