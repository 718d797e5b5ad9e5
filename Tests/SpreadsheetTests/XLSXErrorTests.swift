import Foundation
import Testing
@testable import Spreadsheet

/// Each failure has its code and says where: file, part, sheet, cell.
@Suite("XLSX reader: errors and their locations")
struct XLSXErrorTests {
    static let sheetPart = "xl/worksheets/sheet1.xml"

    @Test func sharedStringIndexOutOfRange() throws {
        let reader = try XLSXFixture.open("sst-index-out-of-range.xlsx").rows(sheet: 0)
        #expect(try reader.nextRow()?.cells.first?.value == .text("một"))
        let error = #expect(throws: SpreadsheetError.self) { try reader.nextRow() }
        #expect(error?.code == .sharedStringIndex)
        #expect(error?.location == DocumentLocation(file: XLSXFixture.path("sst-index-out-of-range.xlsx"),
                                                    part: Self.sheetPart, sheet: "Sheet1",
                                                    cell: CellReference("B2"), line: 2))
        #expect(error?.message.en.contains("shared string 5") == true)
        #expect(error?.message.vi.contains("chuỗi dùng chung số 5") == true)
    }

    @Test func referenceBeyondTheGrid() {
        let error = XLSXFixture.readError("bad-cell-reference.xlsx")
        #expect(error?.code == .badCellReference)
        #expect(error?.location.part == Self.sheetPart)
        #expect(error?.location.sheet == "Sheet1")
        #expect(error?.location.cell == CellReference("B1"))
        #expect(error?.message.en.contains("XFE1") == true)
    }

    @Test func rowsOutOfOrder() {
        let error = XLSXFixture.readError("rows-out-of-order.xlsx")
        #expect(error?.code == .badCellReference)
        #expect(error?.location.cell == CellReference("A2"))
    }

    @Test func numberThatIsNotOne() {
        let error = XLSXFixture.readError("bad-number.xlsx")
        #expect(error?.code == .badCellValue)
        #expect(error?.location.cell == CellReference("C2"))
        #expect(error?.location.part == Self.sheetPart)
        #expect(error?.message.en.contains("12,5") == true)
    }

    @Test func malformedXMLAfterGoodRows() throws {
        let reader = try XLSXFixture.open("malformed-xml.xlsx").rows(sheet: 0)
        #expect(try reader.nextRow()?.cells.first?.value == .number(1))
        let error = #expect(throws: SpreadsheetError.self) { try reader.nextRow() }
        #expect(error?.code == .xmlMalformed)
        #expect(error?.location.part == Self.sheetPart)
        #expect(error?.location.sheet == "Sheet1")
        #expect(error?.location.line == 4)
    }

    @Test func doctypeRefused() {
        let error = XLSXFixture.readError("doctype.xlsx")
        #expect(error?.code == .xmlDTD)
        #expect(error?.location.part == Self.sheetPart)
        #expect(error?.location.sheet == "Sheet1")
    }

    @Test func binaryWorkbook() {
        let error = XLSXFixture.readError("xlsb-like.xlsx")
        #expect(error?.code == .xlsb)
        #expect(error?.location.part == "xl/workbook.bin")
        #expect(error?.location.file == XLSXFixture.path("xlsb-like.xlsx"))
        #expect(error?.message.en.contains(".xlsx") == true)
    }

    @Test func wordDocumentInDisguise() {
        let error = XLSXFixture.readError("word-document.xlsx")
        #expect(error?.code == .unknownFormat)
        #expect(error?.location.part == "word/document.xml")
        #expect(error?.message.en.contains("Word document") == true)
    }

    @Test func missingWorkbookPart() {
        let error = XLSXFixture.readError("missing-workbook-part.xlsx")
        #expect(error?.code == .missingPart)
        #expect(error?.location.part == "xl/workbook.xml")
    }

    @Test func missingWorksheetPart() throws {
        let book = try XLSXFixture.open("missing-sheet-part.xlsx")
        #expect(book.sheets.map(\.name) == ["Có", "Mất"])
        #expect(try book.loadSheet(0).rows.count == 1)
        let error = #expect(throws: SpreadsheetError.self) { try book.rows(sheet: 1) }
        #expect(error?.code == .missingPart)
        #expect(error?.location.part == "xl/worksheets/sheet2.xml")
        #expect(error?.location.sheet == "Mất")
        #expect(error?.message.en.contains("Mất") == true)
    }

    @Test func cellTextTooLarge() {
        var limits = ReadLimits()
        limits.maxCellTextBytes = 8
        let error = XLSXFixture.readError("inline-strings.xlsx", limits: limits)
        #expect(error?.code == .cellTextTooLarge)
        #expect(error?.location.cell == CellReference("A1"))
        #expect(error?.location.part == Self.sheetPart)
    }

    @Test func sharedStringsTooLarge() {
        var limits = ReadLimits()
        limits.maxSharedStringBytes = 64
        let error = XLSXFixture.readError("shared-strings.xlsx", limits: limits)
        #expect(error?.code == .sharedStringsTooLarge)
        #expect(error?.location.part == "xl/sharedStrings.xml")
        #expect(error?.location.sheet == "Sheet1")
    }

    @Test func sharedStringItemTooLarge() {
        var limits = ReadLimits()
        limits.maxCellTextBytes = 8
        let error = XLSXFixture.readError("shared-strings.xlsx", limits: limits)
        #expect(error?.code == .cellTextTooLarge)
        #expect(error?.location.part == "xl/sharedStrings.xml")
    }

    @Test func contentTypesAreSearchedByteForByte() {
        let sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        #expect(!XLSXWorkbook.mentions(sheet, "sheet.binary"))
        #expect(XLSXWorkbook.mentions("application/vnd.ms-excel.sheet.binary.macroEnabled.main", "sheet.binary"))
        #expect(XLSXWorkbook.mentions("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "wordprocessingml"))
        #expect(XLSXWorkbook.mentions("presentationml", "presentationml"))
        #expect(!XLSXWorkbook.mentions("presentationm", "presentationml"))
        #expect(!XLSXWorkbook.mentions("", "sheet.binary"))
        // Beyond ASCII, as Foundation finds it: a combining mark joined to the word's last
        // letter makes another character, so the word is not there.
        for text in ["application/vnd.ms-excel.sheet.binary\u{301}.macroEnabled.main", "x.sheet.binaryé", "wordprocessingml\u{301}",
                     "\u{600}sheet.binary", "sheet.binary\u{200D}", "Kết quả sheet.binary", "presentationml ✓"] {
            for word: StaticString in ["sheet.binary", "wordprocessingml", "presentationml"] {
                #expect(XLSXWorkbook.mentions(text, word) == text.contains(word.description), "\(text) \(word)")
            }
        }
    }
}
