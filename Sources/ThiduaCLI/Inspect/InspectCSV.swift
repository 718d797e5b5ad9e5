import Foundation
import Spreadsheet

/// `inspect --format csv`: one sheet as RFC 4180 CSV on standard output.
enum InspectCSV {
    static func run(_ book: WorkbookReader, sheet: Int, into out: inout OutputBuffer) throws {
        // Replaced by the shared CSV writer's field encoding once it lands.
        let rows = try book.rows(sheet: sheet)
        var next = 0
        while let row = try rows.nextRow() {
            while next < row.index { out.write("\r\n"); next += 1 }
            var column = 0
            var fields: [String] = []
            for cell in row.cells {
                while column < cell.column { fields.append(""); column += 1 }
                fields.append(field(cell.value))
                column += 1
            }
            out.write(fields.joined(separator: ",") + "\r\n")
            next = row.index + 1
        }
    }

    static func field(_ v: CellValue) -> String {
        let s: String
        switch v {
        case .empty: s = ""
        case .number(let d): s = NumberText.format(d)
        case .text(let t): s = t
        case .boolean(let b): s = b ? "TRUE" : "FALSE"
        case .error(let e): s = e
        default: s = v.isoText ?? ""
        }
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }
}
