import Foundation
import Testing
@testable import Spreadsheet

/// The ODS writer's output read back with the project's own ODS reader.
@Suite("ODS writer read back")
struct ODSWriterReadBackTests {
    typealias T = ODSWriterTesting

    @Test func readsBackWhatWasWritten() throws {
        let path = T.temporaryPath("back.ods")
        let writer = try ODSWriter(path: path)
        let date = writer.register(CellStyle(numberFormat: "dd/mm/yyyy"))
        let percent = writer.register(CellStyle(numberFormat: "0.00%"))
        let cells: [WriteCell] = [
            WriteCell(0, .number(70.25)), WriteCell(1, .text(" Hai  dòng\nthứ hai ")), WriteCell(2, .boolean(true)),
            WriteCell(3, .date(CivilDate(year: 2026, month: 1, day: 5)), style: date),
            WriteCell(4, .dateTime(CivilDateTime(date: CivilDate(year: 2026, month: 3, day: 1), time: TimeOfDay(hour: 8, minute: 30)))),
            WriteCell(5, .time(TimeOfDay(hour: 14, minute: 15, second: 1))), WriteCell(6, .duration(90_060)),
            WriteCell(7, .number(0.7725), style: percent),
            WriteCell(column: 8, value: .number(80.25), formula: "A2+10"),
        ]
        try writer.beginSheet(SheetSetup(name: "Xếp hạng", mergedRanges: [CellRange("A1:C1")!]))
        try writer.writeRow(0, [WriteCell(0, .text("Tiêu đề"))])
        try writer.writeRow(1, cells)
        try writer.endSheet()
        try writer.beginSheet(SheetSetup(name: "Danh mục", state: .hidden))
        try writer.writeRow(4, [WriteCell(2, .text("Đã nộp"))])
        try writer.endSheet()
        try writer.addDefinedName(DefinedName(name: "DanhMuc", formula: "'Danh mục'!$C$5"))
        try writer.finish()

        let reader = try WorkbookReader(path: path)
        #expect(reader.format == .ods)
        #expect(reader.sheets.map(\.name) == ["Xếp hạng", "Danh mục"])
        #expect(reader.sheets.map(\.state) == [.visible, .hidden])
        let sheet = try reader.loadSheet(0)
        #expect(sheet.mergedRanges == [CellRange("A1:C1")!])
        #expect(sheet.rows.map(\.index) == [0, 1])
        let row = sheet.rows[1]
        // ODS has one type for times of day and durations; the style tells them apart.
        #expect(row.cells.map(\.value) == cells.map(\.value))
        // The reader keeps formulas as stored, in OpenFormula.
        #expect(row[column: 8]?.formula == "[.A2]+10")
        #expect(row[column: 3]?.numberFormat == "dd/mm/yyyy")
        #expect(row[column: 7]?.numberFormat == "0.00%")
        let other = try reader.loadSheet(1)
        #expect(other.rows.map(\.index) == [4])
        #expect(other.rows.first?.cells == [Cell(column: 2, value: .text("Đã nộp"))])
        #expect(reader.definedNames.map(\.name) == ["DanhMuc"])
    }
}
