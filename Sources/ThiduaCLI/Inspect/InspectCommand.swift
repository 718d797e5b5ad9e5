import ArgumentParser
import Spreadsheet

/// `thidua inspect`: what a workbook holds, as the reader sees it.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Liệt kê trang tính và in các ô / List the sheets and print their cells.",
        discussion: """
        Reads XLSX, ODS and CSV, recognised from the bytes. --format json prints \
        {"sheets":[{"name","state","rows":[[…]]}]} with rows and columns counted from A1; \
        --stats reads every cell and prints per sheet the count of each cell type and the used range.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @Argument(help: "The workbook (.xlsx, .ods, .xls, .csv).")
    var file: String

    @Option(name: .long, help: "Only this sheet: its name or 1-based number.")
    var sheet: String?

    @Option(name: .long, help: "table, csv (one sheet) or json.")
    var format: Format = .table

    @Flag(name: .long, help: "Count the cells of each type and give the used range of each sheet.")
    var stats = false

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        try reportingOutputFailure(reading.lang) { try reportingFailures(reading.lang) {
            let book = try WorkbookReader(path: file, options: reading.readOptions)
            let chosen = try selectedSheets(book)
            var out = OutputBuffer()
            if stats {
                try InspectStats.run(book, sheets: chosen, json: format == .json, into: &out)
            } else {
                switch format {
                case .json: try InspectJSON.run(book, sheets: chosen, into: &out)
                case .csv: try InspectCSV.run(book, sheet: chosen.first ?? 0, into: &out)
                case .table: try InspectTable.run(book, sheets: chosen, into: &out)
                }
            }
            try out.flush()
        } }
    }

    private func selectedSheets(_ book: WorkbookReader) throws -> [Int] {
        guard let sheet else { return Array(book.sheets.indices) }
        guard let index = book.sheetIndex(named: sheet) else {
            let names = book.sheets.map(\.name).joined(separator: ", ")
            throw SpreadsheetError(.sheetNotFound,
                vi: "Không có trang tính \"\(sheet)\". Các trang: \(names).",
                en: "There is no sheet \"\(sheet)\". Sheets: \(names).",
                at: DocumentLocation(file: file))
        }
        return [index]
    }
}
