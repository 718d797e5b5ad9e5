import Foundation
import Spreadsheet
import Testing
import ThiduaKit

/// A value no reader expects where a number is converted (a year of 1e300) is a finding, never a trap.
@Suite("Returns with numbers out of every range")
struct ReturnTrapTests {
    @Test func aYearOf1e300IsReportedNotATrap() throws {
        // A real return, as CSV (one of the formats wards send), with its year typed as 1e300.
        let book = try WorkbookReader(path: ReturnValidationTests.root.appendingPathComponent("2018/00160-bao-cao-2018.xlsx").path)
        let rows = try book.rows(sheet: 0)
        var csv = CSVWriter()
        while let row = try rows.nextRow() { try csv.write(row: row) }
        let text = String(decoding: try csv.finish(), as: UTF8.self)
        #expect(text.contains("Năm:,,2018,"))
        let bytes = Array(text.replacingOccurrences(of: "Năm:,,2018,", with: "Năm:,,1e300,").utf8)
        // Before: "Double value cannot be converted to Int" while reading the year.
        let r = ReturnValidator(schema: ReturnValidationTests.schema).validate(bytes: bytes, fileName: "nam-1e300.csv")
        #expect(r.year == nil)
        #expect(r.findings.contains { $0.code == .identityYear && $0.location.cell?.description == "C3" },
                "\(r.findings.map { "\($0.code) \($0.location)" })")
    }
}
