import Testing
@testable import Spreadsheet

/// Files written by real programs: openpyxl, XlsxWriter, LibreOffice.
@Suite("XLSX reader: files from real programs")
struct XLSXProgramFixtureTests {
    @Test func openpyxlWorkbookStructure() throws {
        let book = try XLSXFixture.open("openpyxl-basic.xlsx")
        #expect(book.format == .xlsx)
        #expect(book.sheets == [
            SheetInfo(name: "Tổng hợp", state: .visible, index: 0),
            SheetInfo(name: "R&D", state: .hidden, index: 1),
            SheetInfo(name: "Bí mật", state: .veryHidden, index: 2),
            SheetInfo(name: "Trống", state: .visible, index: 3),
        ])
        #expect(book.definedNames == [
            DefinedName(name: "Diem", formula: "'Tổng hợp'!$B$2:$B$3"),
            DefinedName(name: "Vung", formula: "'Tổng hợp'!$A$1", localSheet: 0, hidden: true),
        ])
    }

    /// The values both openpyxl's file and LibreOffice's re-save of it hold.
    static let commonValues: [String: CellValue] = [
        "A1": .text("Phường"), "B1": .text("Điểm"), "C1": .text("Ngày"),
        "A2": .text("Dịch Vọng"), "B2": .number(95), "C2": ymd(2024, 3, 15),
        "A3": .text("  Nghĩa Đô  "), "B3": .number(87.25), "C3": ymdhm(2024, 3, 15, 14, 30),
        "A4": .text("Tổng"), "C4": hms(8, 15, 30),
        "A5": .boolean(true), "B5": .number(0.125), "C5": .duration(1.5 * 86_400),
        "A6": .number(-1234567.891), "B6": ymd(1900, 2, 29), "D6": .number(1e-7),
        "A8": .text("Gộp ô"),
    ]

    @Test func openpyxlCells() throws {
        let data = try XLSXFixture.open("openpyxl-basic.xlsx").loadSheet(0)
        let cells = XLSXFixture.cells(data)
        var values = cells.mapValues(\.value)
        // openpyxl computes nothing: the formula's cached value is empty.
        #expect(values.removeValue(forKey: "B4") == .empty)
        #expect(values == Self.commonValues)
        #expect(cells["B4"]?.formula == "SUM(B2:B3)")
        #expect(cells["C2"]?.numberFormat == "dd/mm/yyyy")
        #expect(cells["B5"]?.numberFormat == "0.00%")
        #expect(cells["C5"]?.numberFormat == "[h]:mm")
        #expect(cells["A1"]?.numberFormat == nil)
        #expect(data.rows.map(\.index) == [0, 1, 2, 3, 4, 5, 7])
        #expect(data.mergedRanges == [CellRange("A8:C9")!])
    }

    @Test func openpyxlOtherSheets() throws {
        let book = try XLSXFixture.open("openpyxl-basic.xlsx")
        #expect(XLSXFixture.cells(try book.loadSheet(1)).mapValues(\.value) == ["A1": .text("ẩn")])
        #expect(XLSXFixture.cells(try book.loadSheet(2)).mapValues(\.value) == ["B2": .number(7)])
        #expect(try book.loadSheet(3).rows.isEmpty)
    }

    @Test func libreOfficeResave() throws {
        let book = try XLSXFixture.open("libreoffice-basic.xlsx")
        // LibreOffice has no "very hidden" and marks every name as not hidden.
        #expect(book.sheets.map(\.state) == [.visible, .hidden, .hidden, .visible])
        #expect(book.sheets.map(\.name) == ["Tổng hợp", "R&D", "Bí mật", "Trống"])
        #expect(book.definedNames == [
            DefinedName(name: "Diem", formula: "'Tổng hợp'!$B$2:$B$3"),
            DefinedName(name: "Vung", formula: "'Tổng hợp'!$A$1", localSheet: 0),
        ])
        let data = try book.loadSheet(0)
        let cells = XLSXFixture.cells(data)
        var values = cells.mapValues(\.value)
        #expect(values.removeValue(forKey: "B4") == .number(182.25))
        #expect(values == Self.commonValues)
        #expect(cells["B4"]?.formula == "SUM(B2:B3)")
        #expect(cells["A5"]?.formula == "TRUE()")
        #expect(cells["C3"]?.numberFormat == "dd/mm/yyyy\\ hh:mm")
        #expect(cells["A1"]?.numberFormat == nil)
        #expect(data.mergedRanges == [CellRange("A8:C9")!])
        #expect(XLSXFixture.cells(try book.loadSheet(2)).mapValues(\.value) == ["B2": .number(7)])
    }

    @Test func gnumericResave() throws {
        let book = try XLSXFixture.open("gnumeric-basic.xlsx")
        // Gnumeric drops the sheet states and adds a title and print area per sheet.
        #expect(book.sheets.map(\.name) == ["Tổng hợp", "R&D", "Bí mật", "Trống"])
        #expect(book.definedNames.prefix(3) == [
            DefinedName(name: "Diem", formula: "'Tổng hợp'!$B$2:$B$3"),
            DefinedName(name: "Vung", formula: "'Tổng hợp'!$A$1", localSheet: 0),
            DefinedName(name: "_xlnm.Sheet_Title", formula: "\"Tổng hợp\"", localSheet: 0),
        ])
        let data = try book.loadSheet(0)
        let cells = XLSXFixture.cells(data)
        var values = cells.mapValues(\.value)
        #expect(values.removeValue(forKey: "B4") == .number(182.25))
        #expect(values == Self.commonValues)
        #expect(cells["B4"]?.formula == "SUM(B2:B3)")
        #expect(data.mergedRanges == [CellRange("A8:C9")!])
        #expect(XLSXFixture.cells(try book.loadSheet(1)).mapValues(\.value) == ["A1": .text("ẩn")])
    }

    @Test func xlsxWriterCellsAndFormulas() throws {
        let book = try XLSXFixture.open("xlsxwriter-basic.xlsx")
        #expect(book.sheets == [SheetInfo(name: "Dữ liệu", state: .visible, index: 0)])
        #expect(book.definedNames == [DefinedName(name: "Khoang", formula: "'Dữ liệu'!$A$2:$B$2")])
        let data = try book.loadSheet(0)
        let cells = XLSXFixture.cells(data)
        #expect(cells.mapValues(\.value) == [
            "A1": .text("Tiêu đề"), "B1": .text("Thi đua 2018"),
            "A2": .number(42), "B2": .number(84), "C2": .text("lớn"), "D2": .error("#DIV/0!"), "E2": .boolean(true),
            "A3": .number(126), "A4": ymd(2018, 12, 31),
            "A5": .text("a_x0041_b\r\nc"), "B5": .boolean(false),
            "B6": .text("gộp"), "A8": .text("liên kết"),
        ])
        #expect(cells.compactMapValues(\.formula) == [
            "B2": "A2*2", "C2": "IF(A2>40,\"lớn\",\"nhỏ\")", "D2": "1/0", "E2": "A2>1", "A3": "SUM(A2:B2*1)",
        ])
        #expect(cells["A4"]?.numberFormat == "[$-42A]dd/mm/yyyy")
        #expect(data.mergedRanges == [CellRange("B6:D7")!])
    }

    @Test func xlsxWriterConstantMemoryInlineStrings() throws {
        let data = try XLSXFixture.open("xlsxwriter-constant-memory.xlsx").loadSheet(0)
        #expect(data.rows.map(\.index) == [0, 1, 2, 5])
        #expect(XLSXFixture.cells(data).mapValues(\.value) == [
            "A1": .text("dòng 1"), "B1": .number(0), "A2": .text("dòng 2"), "B2": .number(1.5),
            "A3": .text("dòng 3"), "B3": .number(3), "C6": .text("cuối"),
        ])
    }

    @Test func dates1904() throws {
        #expect(try XLSXFixture.values("xlsxwriter-1904.xlsx") == ["A1": ymd(2024, 3, 15), "A2": ymd(1904, 1, 1)])
    }

    @Test func streamsRowByRow() throws {
        let reader = try XLSXFixture.open("openpyxl-basic.xlsx").rows(sheet: 0)
        var indices: [Int] = []
        while let row = try reader.nextRow() {
            indices.append(row.index)
            #expect(row.cells.map(\.column) == row.cells.map(\.column).sorted())
        }
        #expect(indices == [0, 1, 2, 3, 4, 5, 7])
        #expect(try reader.nextRow() == nil)
        #expect(reader.mergedRanges.count == 1)
    }
}
