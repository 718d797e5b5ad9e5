import Foundation
import Spreadsheet
import Testing
@testable import ThiduaKit

@Suite("Validation report: every file checked is listed")
struct ValidationReportTests {
    static let clean = ReturnValidationTests.root.appendingPathComponent("validation/clean-libreoffice.ods").path
    static let errors = ReturnValidationTests.root.appendingPathComponent("validation/errors.xlsx").path

    @Test func cleanFilesHaveARowInTheCSVAndWorkbook() throws {
        let returns = [Self.clean, Self.errors].map { ReturnValidator(schema: ReturnValidationTests.schema).validate(path: $0) }
        #expect(returns[0].findings.isEmpty)
        let report = ValidationReport(returns: returns)
        let csv = String(decoding: try report.csv(), as: UTF8.self)
        let cleanRows = csv.split(separator: "\n").filter { $0.contains("clean-libreoffice.ods") }
        #expect(cleanRows.count == 1)
        #expect(cleanRows.first?.contains("Không có lỗi hay cảnh báo.") == true)
        #expect(cleanRows.first?.contains(ValidationReport.cleanCode) == true)

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-report-\(UUID().uuidString).xlsx").path
        try ValidationReport(returns: returns, language: .en).write(to: XLSXWriter(path: path))
        let sheet = try WorkbookReader(path: path).loadSheet(0)
        let row = try #require(sheet.rows.first { $0[column: 0]?.value == .text(Self.clean) })
        #expect(row[column: 8]?.value == .text("No errors or warnings."))
    }

    /// The red "Lỗi" cell is aligned as the other cells of its row (top, wrapped), not left at
    /// the bottom of a tall row.
    @Test func theRedErrorCellIsAlignedAsItsRow() throws {
        let r = ReturnValidator(schema: ReturnValidationTests.schema).validate(path: Self.errors)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-report-\(UUID().uuidString).xlsx").path
        try ValidationReport(returns: [r]).write(to: XLSXWriter(path: path))
        let sheet = try WorkbookReader(path: path).loadSheet(0)
        let row = try #require(sheet.rows.first { $0[column: 6]?.value == .text("Lỗi") }).index + 1
        let xml = try ConsolidatedWorkbookTests.part(path, "xl/worksheets/sheet1.xml")
        let styles = try ConsolidatedWorkbookTests.part(path, "xl/styles.xml")
        let cellXfs = try #require(styles.firstMatch(of: /<cellXfs[^>]*>(.*?)<\/cellXfs>/)).1
        let xfs = cellXfs.matches(of: /<xf [^>]*?\/>|<xf [^>]*?>.*?<\/xf>/).map { String($0.0) }
        func alignment(_ column: String) throws -> String? {
            let id = try #require(xml.firstMatch(of: try Regex("<c r=\"\(column)\(row)\" s=\"(\\d+)\"")).flatMap { Int($0[1].substring ?? "") })
            return xfs[id].firstMatch(of: /<alignment[^>]*\/>/).map { String($0.0) }
        }
        let error = try alignment("G"), message = try alignment("I")
        #expect(error != nil && error == message, "\(String(describing: error)) vs \(String(describing: message))")
    }
}
