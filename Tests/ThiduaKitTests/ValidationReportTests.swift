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
}
