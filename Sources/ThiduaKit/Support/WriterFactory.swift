import Spreadsheet

/// The writer for an output format: one place that knows which writer writes what, for the
/// CLI and the portal alike (so both write the same bytes).
package enum WriterFactory {
    /// `durability` and `compressesConcurrently` are for writing many files at once (see `FormBatch`).
    package static func writer(for format: SpreadsheetFormat, path: String, title: String? = nil,
                       durability: Durability = .immediate, compressesConcurrently: Bool = true) throws -> any SpreadsheetWriter {
        let properties = DocumentProperties(title: title, author: "thidua")
        switch format {
        case .xlsx:
            return try XLSXWriter(path: path, options: .init(properties: properties, durability: durability,
                                                             compressesConcurrently: compressesConcurrently))
        case .ods:
            return try ODSWriter(path: path, options: .init(properties: properties, durability: durability,
                                                            compressesConcurrently: compressesConcurrently))
        case .csv:
            throw SpreadsheetError(.writeInvalid, vi: "CSV chỉ ghi được một trang tính.", en: "CSV holds one sheet only.",
                                   at: DocumentLocation(file: path))
        case .xls:
            throw SpreadsheetError(.writeInvalid, vi: "Không ghi được tệp .xls (Excel 97-2003).",
                                   en: "Writing .xls (Excel 97-2003) is not supported.", at: DocumentLocation(file: path))
        }
    }
}
