import ArgumentParser
import Spreadsheet

/// `thidua inspect`: what a workbook holds, as the reader sees it.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: HelpText.text("Liệt kê các trang tính và in các ô của bảng tính.", "List the sheets and print their cells."),
        discussion: HelpText.text("""
        Đọc XLSX, ODS, XLS và CSV, nhận dạng theo nội dung tệp. --format json in \
        {"sheets":[{"name","state","rows":[[…]]}]}, dòng và cột tính từ ô A1; \
        --stats đọc mọi ô và in cho từng trang tính số ô mỗi kiểu và vùng có dữ liệu.
        """, """
        Reads XLSX, ODS, XLS and CSV, recognised from the bytes. --format json prints \
        {"sheets":[{"name","state","rows":[[…]]}]} with rows and columns counted from A1; \
        --stats reads every cell and prints per sheet the count of each cell type and the used range.
        """))

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @Argument(help: HelpText.help("Bảng tính cần xem (.xlsx, .ods, .xls, .csv).", "The workbook (.xlsx, .ods, .xls, .csv).", value: "tệp"))
    var file: String

    @Option(name: .long, help: HelpText.help("Chỉ trang tính này: tên hoặc số thứ tự (từ 1).", "Only this sheet: its name or 1-based number.", value: "trang"))
    var sheet: String?

    @Option(name: .long, help: HelpText.help("Dạng in ra: table (bảng), csv (một trang tính) hoặc json.", "table, csv (one sheet) or json.", value: "dạng"))
    var format: Format = .table

    @Flag(name: .long, help: HelpText.help("Đếm số ô mỗi kiểu và cho biết vùng có dữ liệu của từng trang tính.", "Count the cells of each type and give the used range of each sheet."))
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
