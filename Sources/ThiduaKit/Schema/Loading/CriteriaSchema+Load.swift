import Foundation
import SheetNative

/// What loading a schema found: the schema when there was no error, and every finding.
public struct SchemaLoadResult: Sendable {
    /// The schema, nil when any finding is an error.
    public var schema: CriteriaSchema?
    /// Errors and warnings, in sheet order.
    public var findings: [Finding]
    /// The cell holding the schema's version (`settings`, column `value`), or the settings
    /// sheet's header when there is no version row: where a caller points to say "change the
    /// version" (the portal, when changed criteria keep an existing version number).
    public var versionLocation: DocumentLocation?
}

extension CriteriaSchema {
    /// Reads a schema from its sheets, collecting every problem.
    ///
    /// - Parameter fileName: used in the findings' locations.
    public static func inspect(sheets: [SheetData], fileName: String) -> SchemaLoadResult {
        var loader = SchemaLoader(sheets: sheets, fileName: fileName)
        let schema = loader.load()
        return SchemaLoadResult(schema: schema, findings: loader.findings, versionLocation: loader.anchors["settings/version"])
    }

    /// Reads a schema workbook (XLSX, ODS, XLS) held in memory, as `load(path:)` reads one
    /// from disk, with the same findings; a file that cannot be read at all is one finding.
    public static func inspect(bytes: [UInt8], fileName: String, options: ReadOptions = ReadOptions()) -> SchemaLoadResult {
        let sheets: [SheetData]
        do {
            let book = try WorkbookReader(bytes: bytes, fileName: fileName, options: options)
            sheets = try book.sheets.indices.map { try book.loadSheet($0) }
        } catch {
            return SchemaLoadResult(schema: nil, findings: [readFailure(error, fileName: fileName)])
        }
        return inspect(sheets: sheets, fileName: fileName)
    }

    /// A file that cannot be read: the spreadsheet layer's finding (`zip.crc`, …) or `schema.unreadable`.
    static func readFailure(_ error: any Error, fileName: String) -> Finding {
        if let error = error as? SpreadsheetError { return Finding(error) }
        return Finding(.error, .schemaUnreadable, vi: "Không đọc được tệp: \(error)", en: "The file cannot be read: \(error)",
                       at: DocumentLocation(file: fileName))
    }

    /// Reads a schema from its sheets.
    ///
    /// - Throws: `SchemaError` with every finding when any is an error.
    public static func load(sheets: [SheetData], fileName: String) throws(SchemaError) -> CriteriaSchema {
        let result = inspect(sheets: sheets, fileName: fileName)
        guard let schema = result.schema else { throw SchemaError(findings: result.findings) }
        return schema
    }

    /// Reads a schema from disk: a workbook (XLSX, ODS), or a folder of CSV files, one per
    /// sheet, each named after its sheet (`criteria.csv`, `wards.csv`, …), as
    /// `Templates/schema-2018.csvdir` is.
    ///
    /// - Throws: `SchemaError`; a file that cannot be read at all becomes one finding that keeps
    ///   the spreadsheet layer's code (`file.unknown-format`, `zip.crc`, …).
    public static func load(path: String) throws(SchemaError) -> CriteriaSchema {
        let sheets: [SheetData]
        do {
            if FileKind.of(path) == .directory {
                let names = try System.listDirectory(path).filter { $0.lowercased().hasSuffix(".csv") }.sorted()
                sheets = try names.enumerated().map { i, name in
                    // A CSV's one sheet is named after the file, which is the schema sheet's name.
                    var data = try WorkbookReader(path: (path as NSString).appendingPathComponent(name)).loadSheet(0)
                    data.info.index = i
                    return data
                }
            } else {
                let book = try WorkbookReader(path: path)
                sheets = try book.sheets.indices.map { try book.loadSheet($0) }
            }
        } catch {
            throw SchemaError(findings: [readFailure(error, fileName: path)])
        }
        return try load(sheets: sheets, fileName: path)
    }
}
