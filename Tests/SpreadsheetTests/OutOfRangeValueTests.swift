import Foundation
import Testing
@testable import Spreadsheet

/// Values no format can write as they are (a duration of 1e300 s, a time of 10^20 hours) are
/// written as the error value `#NUM!`: a writer never traps on a value.
@Suite("Out-of-range values in the writers")
struct OutOfRangeValueTests {
    let folder = TemporaryFolder()

    /// Reads every cell of sheet 0, writes them with `writer`, reads the result back.
    func copy(_ fixture: String, to path: String, _ writer: any SpreadsheetWriter) throws -> [CellValue] {
        let source = try WorkbookReader(path: Fixtures.path(fixture)).loadSheet(0)
        try writer.beginSheet(SheetSetup(name: "S"))
        for row in source.rows { try writer.writeRow(row.index, row.cells.map { WriteCell($0.column, $0.value) }) }
        try writer.endSheet()
        try writer.finish()
        return try WorkbookReader(path: path).loadSheet(0).rows.map { $0.cells.first?.value ?? .empty }
    }

    @Test func hugeDurationsFromRealFilesBecomeAnErrorValueInODS() throws {
        // Before: "Double value cannot be converted to Int" in XMLBuffer.odfClock (SIGILL).
        let fromXLSX = try copy("values/huge-duration.xlsx", to: folder.file("d.ods"), ODSWriter(path: folder.file("d.ods")))
        #expect(fromXLSX == [.text("#NUM!"), .duration(129_600)])
        let fromODS = try copy("values/huge-time.ods", to: folder.file("t.ods"), ODSWriter(path: folder.file("t.ods")))
        #expect(fromODS == [.text("#NUM!"), .duration(129_600)])
        // XLSX holds them as numbers of days, exactly.
        let xlsx = try copy("values/huge-time.ods", to: folder.file("t.xlsx"), XLSXWriter(path: folder.file("t.xlsx")))
        #expect(xlsx[1] == .duration(129_600))
        if case .duration(let s) = xlsx[0] { #expect(abs(s / 3.6e23 - 1) < 1e-12) } else { Issue.record("\(xlsx[0])") }
    }

    @Test func everyClockConversionIsTotal() throws {
        for s in [1e300, -1e300, 3.6e23, 1e12, .infinity, -.infinity, .nan] {
            #expect(TimeOfDay(seconds: s).description == "#NUM!", "\(s)")
            #expect(ClockParts(s) == nil, "\(s)")
        }
        #expect(TimeOfDay(seconds: 90_061.5).description == "25:01:01.5")
        #expect(TimeOfDay(seconds: -5400).description == "-01:30:00")
        // Times of day and document times out of range, through both writers.
        let big = TimeOfDay(seconds: 3.6e23)
        let date = CivilDate(year: 2018, month: 11, day: 10)
        let properties = DocumentProperties(created: CivilDateTime(date: date, time: big), modified: CivilDateTime(date: date, time: big))
        let ods = try ODSWriter(path: folder.file("c.ods"), options: .init(properties: properties))
        let xlsx = try XLSXWriter(path: folder.file("c.xlsx"), options: .init(properties: properties))
        for w in [ods, xlsx] as [any SpreadsheetWriter] {
            try w.beginSheet(SheetSetup(name: "S"))
            try w.writeRow(0, [WriteCell(0, .time(big)), WriteCell(1, .dateTime(CivilDateTime(date: date, time: big))),
                               WriteCell(2, .duration(-1e300))])
            try w.endSheet()
            try w.finish()
        }
        let back = try WorkbookReader(path: folder.file("c.ods")).loadSheet(0).rows[0].cells.map(\.value)
        #expect(back == [.text("#NUM!"), .text("#NUM!"), .text("#NUM!")])
        #expect(try WorkbookReader(path: folder.file("c.xlsx")).loadSheet(0).rows[0].cells.count == 3)
    }
}
