import Testing
@testable import Spreadsheet

/// Hand-made packages for what no program writes on demand (see Fixtures/xlsx-reader/make.py).
@Suite("XLSX reader: package and cell traps")
struct XLSXTrapTests {
    @Test func missingReferencesMeanNextRowAndColumn() throws {
        let data = try XLSXFixture.open("no-r-attributes.xlsx").loadSheet(0)
        #expect(data.rows.map(\.index) == [0, 1, 4, 7, 9])
        #expect(XLSXFixture.cells(data).mapValues(\.value) == [
            "A1": .number(1), "B1": .number(2), "E1": .number(5), "F1": .number(6),
            "A2": .text("hai"), "A5": .number(50), "C8": .number(83), "D8": .number(84), "A10": .number(10),
        ])
    }

    @Test func prefixedElements() throws {
        let book = try XLSXFixture.open("prefixed.xlsx")
        #expect(book.sheets.map(\.name) == ["Trang 1"])
        #expect(book.definedNames == [DefinedName(name: "Ten", formula: "'Trang 1'!$A$1")])
        let data = try book.loadSheet(0)
        let cells = XLSXFixture.cells(data)
        #expect(cells.mapValues(\.value) == ["A1": .text("tiền tố"), "B1": ymd(2024, 3, 15), "C1": .number(45367)])
        #expect(cells["C1"]?.formula == "B1+1")
        #expect(data.mergedRanges == [CellRange("A3:B4")!])
    }

    @Test func strictNamespaces() throws {
        let book = try XLSXFixture.open("strict.xlsx")
        #expect(book.sheets.map(\.name) == ["Nghiêm ngặt"])
        // date1904="true": serial 0 is 1904-01-01.
        #expect(try XLSXFixture.values("strict.xlsx") == ["A1": .text("strict"), "B1": ymd(1904, 1, 1), "C1": .boolean(true)])
    }

    @Test func absoluteAndRelativeTargets() throws {
        let book = try XLSXFixture.open("absolute-targets.xlsx")
        #expect(book.sheets.map(\.name) == ["Một", "Hai"])
        #expect(try XLSXFixture.values("absolute-targets.xlsx", sheet: 0) == ["A1": .text("một")])
        #expect(try XLSXFixture.values("absolute-targets.xlsx", sheet: 1) == ["B2": .text("hai")])
    }

    @Test func sharedStringItems() throws {
        #expect(try XLSXFixture.values("shared-strings.xlsx") == [
            "A1": .text("thường"),
            "B1": .text("Thi đua"),
            "C1": .text("東京"),
            "D1": .text(""),
            "E1": .text("  cách  "),
            "F1": .text("dòng\rmới\nx"),
            "G1": .text("_x0041_ và A"),
            "H1": .text("😀 cười"),
            "I1": .text("_xZZZZ_ _xD83D_ _x12_"),
            "J1": .text("Thi đua"),
        ])
    }

    @Test func inlineStrings() throws {
        #expect(try XLSXFixture.values("inline-strings.xlsx") == [
            "A1": .text("nội tuyến"), "B1": .text("Cầu Giấy"), "C1": .text("tab\tx"),
        ])
    }

    @Test func isoDateCells() throws {
        #expect(try XLSXFixture.values("iso-dates.xlsx") == [
            "A1": ymd(2024, 3, 15), "B1": ymdhm(2024, 3, 15, 10, 30), "C1": ymd(2024, 3, 15),
            "D1": ymdhm(2024, 3, 15, 10, 30, 15.5), "E1": hms(8, 45),
        ])
    }

    @Test func numbersTypedByTheirStyle() throws {
        let cells = try XLSXFixture.cells("styled-numbers.xlsx")
        #expect(cells.mapValues(\.value) == [
            "A1": ymd(2024, 3, 15), "B1": ymdhm(2024, 3, 15, 12, 0), "C1": hms(18, 0),
            "D1": .duration(129_600), "E1": .number(-5), "F1": .number(3_000_000),
            "G1": ymdhm(2024, 3, 15, 6, 0), "H1": ymd(1900, 2, 29), "I1": ymdhm(2024, 3, 15, 12, 0),
            "J1": .number(7),
        ])
        #expect(cells["B1"]?.numberFormat == "m/d/yy h:mm")
        #expect(cells["D1"]?.numberFormat == "[h]:mm:ss")
        #expect(cells["J1"]?.numberFormat == nil)
    }

    @Test func sharedFormulasAreShifted() throws {
        let cells = try XLSXFixture.cells("shared-formulas.xlsx")
        #expect(cells.compactMapValues(\.formula) == [
            "B1": "A1+$A$1+A$1+$A1+SUM(A1:A2)&\"A1\"+'Tờ 2'!A1+LOG10(A1)",
            "C1": "B1+$A$1+B$1+$A1+SUM(B1:B2)&\"A1\"+'Tờ 2'!B1+LOG10(B1)",
            "B2": "A2+$A$1+A$1+$A2+SUM(A2:A3)&\"A1\"+'Tờ 2'!A2+LOG10(A2)",
            "C3": "B3+$A$1+B$1+$A3+SUM(B3:B4)&\"A1\"+'Tờ 2'!B3+LOG10(B3)",
            "D2": "A1:A2*2",
            "E3": "A1-1", "E4": "A2-1",
        ])
        #expect(cells.mapValues(\.value) == [
            "A1": .number(1), "B1": .number(3), "C1": .number(4), "B2": .number(5), "D2": .number(2),
            "C3": .number(6), "E3": .number(0), "E4": .number(1), "F4": .number(9),
        ])
    }

    @Test func readsFromMemoryToo() throws {
        let book = try WorkbookReader(bytes: try Fixtures.bytes("xlsx-reader/strict.xlsx"), fileName: "strict.xlsx")
        #expect(book.format == .xlsx)
        #expect(try book.loadSheet(0).rows.count == 1)
    }
}
