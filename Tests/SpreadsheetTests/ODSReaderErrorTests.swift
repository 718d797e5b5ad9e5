import Testing
@testable import Spreadsheet

/// Broken and hostile ODS files: each is refused with its own code and location.
@Suite("ODS reader errors")
struct ODSReaderErrorTests {
    func openError(_ name: String) -> SpreadsheetError? {
        #expect(throws: SpreadsheetError.self) { try ODSReaderTests.open(name) }
    }

    func readError(_ name: String, sheet: Int = 0, limits: ReadLimits = .default) throws -> SpreadsheetError? {
        let book = try ODSReaderTests.open(name, limits: limits)
        return #expect(throws: SpreadsheetError.self) { try book.loadSheet(sheet) }
    }

    @Test func refusesOtherOpenDocumentTypesByName() {
        let e = openError("hostile-text-mimetype.ods")
        #expect(e?.code == .odsMimetype)
        #expect(e?.location.part == "mimetype")
        #expect(e?.location.file?.hasSuffix("hostile-text-mimetype.ods") == true)
        #expect(e?.message.en.contains("text document") == true)
        #expect(e?.message.vi.contains("văn bản") == true)
    }

    @Test func refusesTextBodyWithoutMimetype() {
        let e = openError("hostile-text-body.ods")
        #expect(e?.code == .odsNotSpreadsheet)
        #expect(e?.underlying == "office:text")
    }

    @Test func reportsMissingContent() {
        let e = openError("hostile-no-content.ods")
        #expect(e?.code == .missingPart)
        #expect(e?.location.part == "content.xml")
    }

    @Test func refusesDoctype() {
        let e = openError("hostile-doctype.ods")
        #expect(e?.code == .xmlDTD)
        #expect(e?.location.part == "content.xml")
    }

    @Test func capsMaterialisedRepeats() throws {
        let e = try readError("hostile-repeat.ods")
        #expect(e?.code == .odsRepeatTooLarge)
        #expect(e?.location.sheet == "Giá trị")
        #expect(e?.location.part == "content.xml")
        #expect(e?.location.cell == CellReference("A12"))
        #expect(e?.location.line != nil)
    }

    @Test func smallerLimitStopsEarlier() throws {
        var limits = ReadLimits()
        limits.maxRepeatedCells = 0
        let e = try readError("values.ods", limits: limits)
        #expect(e?.code == .odsRepeatTooLarge)
        #expect(e?.location.cell == CellReference("D4"))
    }

    @Test func refusesValuesBeyondTheGrid() throws {
        let e = try readError("hostile-beyond-grid.ods")
        #expect(e?.code == .badCellReference)
        #expect(e?.location.sheet == "Giá trị")
        #expect(e?.location.cell == CellReference(row: 1_048_587, column: 0))
    }

    @Test func refusesValuesBeyondTheLastColumn() throws {
        let e = try readError("hostile-beyond-columns.ods")
        #expect(e?.code == .badCellReference)
        #expect(e?.location.cell == CellReference(row: 11, column: 16_384))
        #expect(e?.message.en.contains("column 16385") == true)
    }

    @Test func reportsUnparsableValueWithItsCell() throws {
        let e = try readError("hostile-bad-value.ods")
        #expect(e?.code == .badCellValue)
        #expect(e?.location.cell == CellReference("A2"))
        #expect(e?.underlying == "1234,5")
    }

    @Test func rowsBeforeAnErrorAreDelivered() throws {
        let reader = try ODSReaderTests.open("hostile-bad-value.ods").rows(sheet: 0)
        #expect(try reader.nextRow()?.index == 0)
        #expect(throws: SpreadsheetError.self) { try reader.nextRow() }
    }

    @Test func cellTextLimit() throws {
        var limits = ReadLimits()
        limits.maxCellTextBytes = 5
        let e = try readError("values.ods", limits: limits)
        #expect(e?.code == .cellTextTooLarge)
        #expect(e?.location.cell == CellReference("A1"))
    }
}
