import Spreadsheet

/// The writer for an output format: one place that knows which writer writes what.
enum WriterFactory {
    static func writer(for format: SpreadsheetFormat, path: String, title: String? = nil) throws -> any SpreadsheetWriter {
        let properties = DocumentProperties(title: title, author: "thidua")
        switch format {
        case .xlsx: return try XLSXWriter(path: path, options: .init(properties: properties))
        case .ods: return try ODSWriter(path: path, options: .init(properties: properties))
        case .csv:
            throw SpreadsheetError(.writeInvalid, vi: "CSV chỉ ghi được một trang tính.", en: "CSV holds one sheet only.",
                                   at: DocumentLocation(file: path))
        case .xls:
            throw SpreadsheetError(.writeInvalid, vi: "Không ghi được tệp .xls (Excel 97-2003).",
                                   en: "Writing .xls (Excel 97-2003) is not supported.", at: DocumentLocation(file: path))
        }
    }
}
