import Foundation
import SheetNative

/// What loading a schema found: the schema when there was no error, and every finding.
public struct SchemaLoadResult: Sendable {
    /// The schema, nil when any finding is an error.
    public var schema: CriteriaSchema?
    /// Errors and warnings, in sheet order.
    public var findings: [Finding]
}

extension CriteriaSchema {
    /// Reads a schema from its sheets, collecting every problem.
    ///
    /// - Parameter fileName: used in the findings' locations.
    public static func inspect(sheets: [SheetData], fileName: String) -> SchemaLoadResult {
        var loader = SchemaLoader(sheets: sheets, fileName: fileName)
        let schema = loader.load()
        return SchemaLoadResult(schema: schema, findings: loader.findings)
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
        } catch let error as SpreadsheetError {
            throw SchemaError(findings: [Finding(error)])
        } catch {
            throw SchemaError(findings: [Finding(.error, .schemaUnreadable,
                vi: "Không đọc được tệp: \(error)", en: "The file cannot be read: \(error)",
                at: DocumentLocation(file: path))])
        }
        return try load(sheets: sheets, fileName: path)
    }
}
