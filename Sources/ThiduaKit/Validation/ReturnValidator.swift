import Foundation

/// Reads a ward's return and checks it against the schema: every problem becomes a finding
/// with its file, sheet, cell, criterion, severity, stable code and a bilingual message that
/// tells a ward officer what to fix. Never throws: a file that cannot be read at all is
/// a return with one `file.*`/`zip.*`/`xml.*` error and no entries.
public struct ReturnValidator: Sendable {
    public let schema: CriteriaSchema
    public var readOptions: ReadOptions
    let wardMatcher: WardMatcher

    public init(schema: CriteriaSchema, readOptions: ReadOptions = ReadOptions()) {
        self.schema = schema
        self.readOptions = readOptions
        self.wardMatcher = WardMatcher(schema: schema)
    }

    /// Reads and checks the return at `path`.
    public func validate(path: String) -> WardReturn {
        let bytes: [UInt8]
        do {
            // Size and kind are checked before reading: a FIFO never blocks, a huge file is never loaded.
            bytes = try FileBytes.read(path, limits: readOptions.limits)
        } catch let e as SpreadsheetError {
            return WardReturn(file: path, findings: [Finding(e)])
        } catch {
            return WardReturn(file: path, findings: [Finding(.error, .fileUnreadable,
                vi: "Không mở được tệp.", en: "The file cannot be opened.",
                at: DocumentLocation(file: path))])
        }
        return validate(bytes: bytes, fileName: path)
    }

    /// Reads and checks a return held in memory.
    public func validate(bytes: [UInt8], fileName: String) -> WardReturn {
        var result = WardReturn(file: fileName, sha256: SHA256.hex(bytes))
        let sheets: [SheetData]
        do {
            let book = try WorkbookReader(bytes: bytes, fileName: fileName, options: readOptions)
            result.format = book.format
            sheets = try book.sheets.indices.map { try book.loadSheet($0) }
        } catch let e as SpreadsheetError {
            result.findings.append(Finding(e))
            return result
        } catch {
            result.findings.append(Finding(.error, .unexpected, vi: "Lỗi không mong đợi.", en: "Unexpected failure.",
                                           at: DocumentLocation(file: fileName)))
            return result
        }
        var context = ReturnContext(file: fileName, schema: schema, wardMatcher: wardMatcher, sheets: sheets)
        context.read(into: &result)
        context.check(&result)
        result.findings = context.findings.sorted(by: ReturnContext.order)
        return result
    }
}
