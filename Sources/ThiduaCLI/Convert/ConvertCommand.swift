import ArgumentParser
import Foundation
import Spreadsheet
import ThiduaKit

/// `thidua convert`: between XLSX, ODS and CSV, keeping every value's type.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: HelpText.text("Chuyển đổi bảng tính giữa XLSX, ODS và CSV.", "Convert between XLSX, ODS and CSV."),
        discussion: HelpText.text("""
        Khi ghi XLSX hoặc ODS, mọi trang tính được giữ: tên, thứ tự, trạng thái ẩn hiện, vùng gộp \
        ô và định dạng số, nên ngày vẫn là ngày; công thức được giữ khi hai tệp cùng một dạng, nếu \
        không thì giữ giá trị đã tính. Khi ghi CSV, chỉ một trang tính (mặc định trang đầu): theo \
        RFC 4180, UTF-8 có BOM trừ khi có --no-bom, số dùng dấu '.', ngày theo ISO 8601, chữ có thể \
        bị chạy như công thức được bảo vệ. Tệp kết quả hoặc được ghi trọn vẹn, hoặc không có. \
        Mã thoát 2 khi không đọc được tệp.
        """, """
        To XLSX or ODS every sheet is kept: names, order, states, merged ranges and number \
        formats, so dates stay dates; formulas are kept when both files are of one format, \
        else their cached values. To CSV one sheet (default the first): RFC 4180, UTF-8 with \
        a BOM unless --no-bom, numbers with '.', dates ISO 8601, text that would run as a \
        formula guarded. The output appears whole or not at all. Exit 2 on unreadable input.
        """))

    @Argument(help: HelpText.help("Bảng tính cần đọc (.xlsx, .ods, .xls, .csv).", "The workbook to read (.xlsx, .ods, .xls, .csv).", value: "tệp-đọc"))
    var input: String

    @Argument(help: HelpText.help("Tệp cần ghi; đuôi tệp cho biết dạng.", "The file to write; its extension gives the format.", value: "tệp-ghi"))
    var output: String

    @Option(name: .long, help: HelpText.help("Khi ghi CSV: trang tính cần ghi, theo tên hoặc số thứ tự (từ 1).", "For CSV output: the sheet, by name or 1-based number.", value: "trang"))
    var sheet: String?

    @Option(name: .long, help: HelpText.help("Dấu phân cách CSV: , ; hoặc tab.", "CSV delimiter: , ; or tab.", value: "dấu"))
    var delimiter: Delimiter = .comma

    @Flag(name: .long, help: HelpText.help("Ghi CSV không có dấu BOM của UTF-8.", "CSV without the UTF-8 byte-order mark."))
    var noBom = false

    @Flag(name: .long, help: HelpText.help("Ghi đè tệp kết quả nếu đã có (không bao giờ ghi đè chính tệp đọc).", "Replace the output file if it exists (never the input itself)."))
    var force = false

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        try reportingFailures(reading.lang) {
            guard let format = SpreadsheetFormat(pathExtension: output) else {
                throw SpreadsheetError(.writeInvalid,
                    vi: "Không biết định dạng của tệp đích; dùng đuôi .xlsx, .ods hoặc .csv.",
                    en: "Unknown output format; use a .xlsx, .ods or .csv extension.",
                    at: DocumentLocation(file: output))
            }
            try OutputGuard.checkDistinct(input: input, output: output)
            try OutputGuard.checkFree(output, force: force)
            let book = try WorkbookReader(path: input, options: reading.readOptions)
            switch format {
            case .csv:
                let index = try sheet.map { name in
                    guard let i = book.sheetIndex(named: name) else {
                        throw SpreadsheetError(.sheetNotFound, vi: "Không có trang tính \"\(name)\".",
                                               en: "There is no sheet \"\(name)\".", at: DocumentLocation(file: input))
                    }
                    return i
                } ?? 0
                try WorkbookCopy.toCSV(book, sheet: index, path: output,
                                       options: CSVWriteOptions(delimiter: delimiter.csv, byteOrderMark: !noBom))
            case .xls:
                throw SpreadsheetError(.writeInvalid,
                    vi: "Không ghi được tệp .xls (Excel 97-2003); hãy dùng đuôi .xlsx, .ods hoặc .csv.",
                    en: "Writing .xls (Excel 97-2003) is not supported; use a .xlsx, .ods or .csv extension.",
                    at: DocumentLocation(file: output))
            case .xlsx, .ods:
                let writer = try WriterFactory.writer(for: format, path: output)
                // The ODS writer turns OOXML formulas into ODF ones; ODF formulas have no way back.
                let keep = book.format == format || (book.format == .xlsx && format == .ods)
                let notes = try WorkbookCopy.copy(book, to: writer, keepFormulas: keep)
                for note in notes {
                    printError(reading.lang == .vi
                        ? "Cảnh báo: \(note): ngày trước năm 1900 không ghi được dạng ngày trong XLSX; đã ghi dạng chữ ISO."
                        : "Warning: \(note): a date before 1900 cannot be an XLSX date; written as ISO text.")
                }
            }
        }
    }
}

extension Delimiter {
    var csv: CSVDelimiter {
        switch self {
        case .comma: .comma
        case .semicolon: .semicolon
        case .tab: .tab
        }
    }
}
