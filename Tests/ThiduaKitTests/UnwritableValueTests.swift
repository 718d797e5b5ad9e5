import Foundation
import Testing
@testable import ThiduaKit

/// Values a return can carry that the outputs cannot hold are errors at the return's cell,
/// so that one return never stops the consolidation of the others.
@Suite("Values the outputs cannot hold")
struct UnwritableValueTests {
    static let root = ReturnValidationTests.root

    @Test(arguments: ["vh10-year-0218.ods": "0218-11-10", "vh10-1899-12-31.ods": "1899-12-31", "vh10-year-99999.ods": "99999-01-01"])
    func aDateOutsideTheWritableYearsIsAnErrorAtItsCell(file: String, date: String) {
        let r = ReturnValidator(schema: ReturnValidationTests.schema).validate(path: Self.root.appendingPathComponent("unwritable/" + file).path)
        #expect(r.errorCount == 1)
        let f = r.findings.first { $0.isError }
        #expect(f?.code == .valueDateRange)
        #expect(f?.location.qualifiedCell == "'Biểu mẫu'!G29")
        #expect(f?.criterion == "VH10")
        #expect(f?.message.en.contains("The date \(date) is outside the years 1900–9999") == true)
        #expect(r.entry("VH10")?.value == nil)
    }

    @Test func aConsolidationWithSuchAReturnWritesTheRest() throws {
        let validator = ReturnValidator(schema: ReturnValidationTests.schema)
        let dir = Self.root.appendingPathComponent("2018")
        var returns = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
            .filter { !$0.hasPrefix("00157") }.map { validator.validate(path: dir.appendingPathComponent($0).path) }
        returns.append(validator.validate(path: Self.root.appendingPathComponent("unwritable/vh10-year-0218.ods").path))
        let c = Consolidation(schema: ReturnValidationTests.schema, returns: returns)
        #expect(c.count(.rejected) == 2)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-unwritable-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: out) }
        try ConsolidatedWorkbookWriter(language: .en).write(c, to: XLSXWriter(path: out.path))
        #expect(FileManager.default.fileExists(atPath: out.path))
    }

    @Test func otherUnwritableValues() {
        let long = String(repeating: "đ", count: 40_000)
        let text = InputInterpreter.text(Cell(column: 0, value: .text(long)))
        #expect(text.value == nil)
        #expect(text.notes.map(\.code) == [.valueTooLong])
        let infinite = InputInterpreter.number(Cell(column: 0, value: .number(.infinity)))
        #expect(infinite.value == nil)
        #expect(infinite.notes.map(\.code) == [.valueType])
        let typed = InputInterpreter.numberFromText("1" + String(repeating: "0", count: 400), percent: false, unit: "")
        #expect(typed.value == nil, "1e400 typed as text is no number a cell can hold")
        // A message quoting a huge cell stays short.
        let choice = InputInterpreter.choice(Cell(column: 0, value: .text(long)), allowed: ["A", "B"])
        #expect(choice.notes.allSatisfy { $0.message.en.count < 1_000 })
    }
}
