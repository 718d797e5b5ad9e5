import Foundation
import Testing
@testable import Spreadsheet

@Suite("XLSX writer")
struct XLSXWriterTests {
    let folder = TemporaryFolder()

    func temporaryPath(_ name: String) -> String { folder.file(name) }

    func folderListing(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)) ?? []).sorted()
    }

    func part(_ path: String, _ name: String) throws -> String {
        let zip = try ZipArchive(source: FileByteSource(path: path, limits: .default), fileName: path, limits: .default)
        return String(decoding: try zip.read(#require(zip.entry(named: name))), as: UTF8.self)
    }

    /// The `<sheetData>` of a one-sheet workbook holding `rows`.
    func sheetData(_ rows: [(Int, [WriteCell], Double?)], styles: (XLSXWriter) -> Void = { _ in }) throws -> String {
        let path = temporaryPath("rows.xlsx")
        let writer = try XLSXWriter(path: path)
        styles(writer)
        try writer.beginSheet(SheetSetup(name: "S"))
        for (i, cells, height) in rows { try writer.writeRow(i, cells, height: height) }
        try writer.endSheet()
        try writer.finish()
        let xml = try part(path, "xl/worksheets/sheet1.xml")
        let start = xml.range(of: "<sheetData>")!.upperBound, end = xml.range(of: "</sheetData>")!.lowerBound
        return String(xml[start..<end])
    }

    @Test func writesEveryValueType() throws {
        let xml = try sheetData([
            (0, [WriteCell(0, .number(42)), WriteCell(1, .number(0.1)), WriteCell(2, .number(-1.5e-7)), WriteCell(3, .number(1e20)),
                 WriteCell(4, .text("Phường")), WriteCell(5, .boolean(true)), WriteCell(6, .error("#N/A")), WriteCell(7, .number(.nan))], nil),
            (2, [WriteCell(0, .date(CivilDate(year: 2026, month: 1, day: 5))),
                 WriteCell(1, .dateTime(CivilDateTime(date: CivilDate(year: 1900, month: 3, day: 1), time: TimeOfDay(hour: 12, minute: 0)))),
                 WriteCell(2, .time(TimeOfDay(hour: 6, minute: 0))), WriteCell(3, .duration(90_000)),
                 WriteCell(27, .text("Phường")), WriteCell(16_383, .empty, style: .default)], 21.75),
        ])
        #expect(xml == "<row r=\"1\"><c r=\"A1\"><v>42</v></c><c r=\"B1\"><v>0.1</v></c><c r=\"C1\"><v>-1.5E-7</v></c><c r=\"D1\"><v>1E20</v></c>"
            + "<c r=\"E1\" t=\"s\"><v>0</v></c><c r=\"F1\" t=\"b\"><v>1</v></c><c r=\"G1\" t=\"e\"><v>#N/A</v></c><c r=\"H1\" t=\"e\"><v>#NUM!</v></c></row>"
            + "<row r=\"3\" ht=\"21.75\" customHeight=\"1\"><c r=\"A3\" s=\"1\"><v>46027</v></c><c r=\"B3\" s=\"2\"><v>61.5</v></c>"
            + "<c r=\"C3\" s=\"3\"><v>0.25</v></c><c r=\"D3\" s=\"4\"><v>1.0416666666666667</v></c>"
            + "<c r=\"AB3\" t=\"s\"><v>0</v></c><c r=\"XFD3\"/></row>")
    }

    @Test func writesFormulasWithCachedValues() throws {
        let xml = try sheetData([(0, [
            WriteCell(column: 0, value: .number(3), formula: "=SUM(B1:C1)"),
            WriteCell(column: 1, value: .text("Tốt"), formula: "IF(A1>2,\"Tốt\",\"Khá\")"),
            WriteCell(column: 2, value: .boolean(false), formula: "A1<0"),
            WriteCell(column: 3, value: .error("#DIV/0!"), formula: "1/0"),
            WriteCell(column: 4, value: .empty, formula: "NOW()"),
        ], nil)])
        #expect(xml == "<row r=\"1\"><c r=\"A1\"><f>SUM(B1:C1)</f><v>3</v></c>"
            + "<c r=\"B1\" t=\"str\"><f>IF(A1&gt;2,\"Tốt\",\"Khá\")</f><v>Tốt</v></c>"
            + "<c r=\"C1\" t=\"b\"><f>A1&lt;0</f><v>0</v></c><c r=\"D1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
            + "<c r=\"E1\"><f>NOW()</f></c></row>")
    }

    @Test func datesKeepTheirStyleAndGetADefaultFormat() throws {
        let path = temporaryPath("dates.xlsx")
        let writer = try XLSXWriter(path: path)
        let bold = writer.register(CellStyle(font: CellFont(bold: true)))
        let custom = writer.register(CellStyle(numberFormat: "d mmmm yyyy"))
        try writer.beginSheet(SheetSetup(name: "S"))
        let day = CellValue.date(CivilDate(year: 2026, month: 4, day: 30))
        try writer.writeRow(0, [WriteCell(0, day, style: bold), WriteCell(1, day, style: custom), WriteCell(2, day, style: bold)])
        try writer.endSheet()
        try writer.finish()
        let sheet = try part(path, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<c r=\"A1\" s=\"3\"><v>46142</v></c><c r=\"B1\" s=\"2\"><v>46142</v></c><c r=\"C1\" s=\"3\">"))
        let styles = try part(path, "xl/styles.xml")
        #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"d mmmm yyyy\"/><numFmt numFmtId=\"165\" formatCode=\"dd/mm/yyyy\"/>"))
        #expect(styles.contains("<xf numFmtId=\"165\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\"/>"))
    }

    @Test func copiesRowsAsTheReadersGiveThem() throws {
        let xml = try sheetData([]) { _ in }
        #expect(xml == "")
        let path = temporaryPath("copy.xlsx")
        let writer = try XLSXWriter(path: path)
        try writer.beginSheet(SheetSetup(name: "S"))
        try writer.writeRow(Row(index: 4, cells: [
            Cell(column: 1, value: .number(0.25), numberFormat: "0.0%"),
            Cell(column: 2, value: .number(2), formula: "B5*8"),
        ]))
        try writer.endSheet()
        try writer.finish()
        #expect(try part(path, "xl/worksheets/sheet1.xml").contains("<row r=\"5\"><c r=\"B5\" s=\"1\"><v>0.25</v></c><c r=\"C5\"><f>B5*8</f><v>2</v></c></row>"))
        #expect(try part(path, "xl/styles.xml").contains("formatCode=\"0.0%\""))
    }

    @Test func stylesAreDeduplicated() throws {
        var table = StyleTable()
        let a = table.register(CellStyle(font: CellFont(bold: true)))
        let b = table.register(CellStyle(font: CellFont(bold: true)))
        #expect(a == b && a.index == 1)
        #expect(table.register(CellStyle()) == .default)
        #expect(table.resolve(nil, for: .number(1)) == .default)
        let date1 = table.resolve(a, for: .date(CivilDate(year: 2026, month: 1, day: 1)))
        #expect(table.resolve(a, for: .date(CivilDate(year: 2027, month: 1, day: 1))) == date1)
        #expect(table.style(date1)?.numberFormat == "dd/mm/yyyy" && table.style(date1)?.font.bold == true)
    }

    @Test func escapesText() {
        var x = XMLBuffer()
        x.ooxmlText("a&b<c>\"d\"\te\u{0}\u{1F}_x00e9_ _x12_ \u{FFFE}", attribute: false)
        #expect(String(decoding: x.bytes, as: UTF8.self) == "a&amp;b&lt;c&gt;\"d\"\te_x0000__x001F__x005F_x00e9_ _x12_ _xFFFE_")
        var a = XMLBuffer()
        a.ooxmlText("\"Tốt\"\n", attribute: true)
        #expect(String(decoding: a.bytes, as: UTF8.self) == "&quot;Tốt&quot;&#10;")
        #expect(OOXMLText.needsPreserve(" a") && OOXMLText.needsPreserve("a\nb") && !OOXMLText.needsPreserve("a b"))
    }

    @Test func printsNumbersShortest() {
        func text(_ d: Double) -> String {
            var x = XMLBuffer()
            x.number(d)
            return String(decoding: x.bytes, as: UTF8.self)
        }
        #expect(text(0) == "0" && text(-0.0) == "0" && text(100) == "100" && text(-7) == "-7")
        #expect(text(0.1) == "0.1" && text(1.0 / 3) == "0.3333333333333333" && text(123456789.125) == "123456789.125")
        #expect(text(1e15) == "1000000000000000" && text(1e16) == "1E16" && text(2.5e-10) == "2.5E-10" && text(999_999_999_999_999) == "999999999999999")
        for d in [0.1, 1.0 / 3, 2.5e-10, 1e300, 46082.354166666664] { #expect(Double(text(d)) == d) }
    }

    @Test func writingTwiceIsByteIdentical() throws {
        func write(_ path: String) throws {
            let writer = try XLSXWriter(path: path)
            let bold = writer.register(CellStyle(font: CellFont(bold: true)))
            try writer.beginSheet(SheetSetup(name: "Một", frozen: FrozenPanes(rows: 1)))
            for r in 0..<2000 {
                try writer.writeRow(r, [WriteCell(0, .text("Phường \(r % 17)"), style: bold), WriteCell(1, .number(Double(r) * 0.5)),
                                        WriteCell(2, .date(CivilDate(year: 2026, month: 1 + r % 12, day: 1)))])
            }
            try writer.endSheet(SheetFinish(mergedRanges: [CellRange("D1:E1")!], charts: [
                BarChart(categories: SheetRange(sheet: "Một", range: CellRange("A2:A10")!),
                         series: [.init(name: nil, values: SheetRange(sheet: "Một", range: CellRange("B2:B10")!))],
                         anchor: CellRange("F2:L20")!)]))
            try writer.finish()
        }
        let a = temporaryPath("a.xlsx"), b = temporaryPath("b.xlsx")
        try write(a)
        try write(b)
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
    }

    @Test func failureMidWriteLeavesTargetUntouched() throws {
        let path = temporaryPath("ward.xlsx")
        try Data("previous version".utf8).write(to: URL(fileURLWithPath: path))
        let writer = try XLSXWriter(path: path)
        try writer.beginSheet(SheetSetup(name: "S"))
        for r in 0..<5000 { try writer.writeRow(r, [WriteCell(0, .text(String(r)))]) }
        let error = #expect(throws: SpreadsheetError.self) { try writer.writeRow(10, [WriteCell(0, .number(1))]) }
        #expect(error?.code == .writeInvalid)
        #expect(error?.location.sheet == "S")
        // The writer is cancelled: later calls fail, the old file stays, no temporary file remains.
        #expect(throws: SpreadsheetError.self) { try writer.endSheet() }
        #expect(throws: SpreadsheetError.self) { try writer.finish() }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("previous version".utf8))
        #expect(folderListing(path) == ["ward.xlsx"])
    }

    @Test func abandonedWriterRemovesItsFiles() throws {
        let path = temporaryPath("never.xlsx")
        do {
            let writer = try XLSXWriter(path: path)
            try writer.beginSheet(SheetSetup(name: "S"))
            try writer.writeRow(0, [WriteCell(0, .text("x"))])
        }
        #expect(folderListing(path) == [])
    }

    @Test(arguments: ["", "Tên rất dài quá ba mươi mốt ký tự!", "A/B", "Q[1]", "x:y", "'quoted'", "History"])
    func rejectsBadSheetNames(_ name: String) throws {
        let writer = try XLSXWriter(path: temporaryPath("bad.xlsx"))
        let error = #expect(throws: SpreadsheetError.self) { try writer.beginSheet(SheetSetup(name: name)) }
        #expect(error?.code == .writeInvalid)
    }

    @Test func rejectsDuplicateSheetNamesIgnoringCase() throws {
        let writer = try XLSXWriter(path: temporaryPath("dup.xlsx"))
        try writer.beginSheet(SheetSetup(name: "Phường"))
        try writer.endSheet()
        let error = #expect(throws: SpreadsheetError.self) { try writer.beginSheet(SheetSetup(name: "PHƯỜNG")) }
        #expect(error?.code == .writeInvalid)
        #expect(error?.message.vi.contains("trùng") == true)
    }

    @Test func rejectsInvalidRequests() throws {
        func fails(_ body: (XLSXWriter) throws -> Void) throws -> SpreadsheetError? {
            let writer = try XLSXWriter(path: temporaryPath("x.xlsx"))
            try writer.beginSheet(SheetSetup(name: "S"))
            return #expect(throws: SpreadsheetError.self) { try body(writer) }
        }
        #expect(try fails { try $0.writeRow(0, [WriteCell(2, .number(1)), WriteCell(1, .number(2))]) }?.location.cell == CellReference("B1"))
        #expect(try fails { try $0.writeRow(0, [WriteCell(16_384, .number(1))]) }?.code == .writeInvalid)
        #expect(try fails { try $0.writeRow(1_048_576, [WriteCell(0, .number(1))]) }?.code == .writeInvalid)
        #expect(try fails { try $0.writeRow(0, [WriteCell(0, .text(String(repeating: "a", count: 32_768)))]) }?.code == .writeInvalid)
        #expect(try fails { try $0.writeRow(0, [WriteCell(0, .date(CivilDate(year: 2026, month: 2, day: 30)))]) }?.code == .writeInvalid)
        #expect(try fails { try $0.endSheet(SheetFinish(mergedRanges: [CellRange("A1:B2")!, CellRange("B2:C3")!])) }?.code == .writeInvalid)
        #expect(try fails { try $0.endSheet(SheetFinish(validations: [DataValidation(range: CellRange("A1")!, rule: .list(["a,b"]))])) }?.code == .writeInvalid)
        #expect(try fails { try $0.endSheet(SheetFinish(validations: [DataValidation(range: CellRange("A1")!, rule: .list(["x"]),
                                                                                       input: .init(title: String(repeating: "t", count: 33), text: ""))])) }?.code == .writeInvalid)
        #expect(try fails { try $0.addDefinedName(DefinedName(name: "A1", formula: "S!$A$1")) }?.code == .writeInvalid)
        #expect(try fails { try $0.finish() }?.code == .writeInvalid)
    }

    @Test func needsAVisibleSheet() throws {
        let writer = try XLSXWriter(path: temporaryPath("hidden.xlsx"))
        try writer.beginSheet(SheetSetup(name: "S", state: .hidden))
        try writer.endSheet()
        #expect(throws: SpreadsheetError.self) { try writer.finish() }
    }

    @Test func packagesPartsInExcelsOrder() throws {
        let path = temporaryPath("order.xlsx")
        let writer = try XLSXWriter(path: path)
        try writer.beginSheet(SheetSetup(name: "A"))
        try writer.writeRow(0, [WriteCell(0, .number(1))])
        try writer.endSheet(SheetFinish(autoFilter: CellRange("A1:A1"), charts: [
            BarChart(categories: SheetRange(sheet: "A", range: CellRange("A1")!),
                     series: [.init(name: "x", values: SheetRange(sheet: "A", range: CellRange("A1")!))], anchor: CellRange("C1:H10")!)]))
        try writer.beginSheet(SheetSetup(name: "B", print: PrintSetup(repeatedRows: 0...1)))
        try writer.endSheet()
        try writer.finish()
        let zip = try ZipArchive(source: FileByteSource(path: path, limits: .default), fileName: path, limits: .default)
        #expect(zip.entries.map(\.name) == [
            "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
            "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/_rels/sheet1.xml.rels",
            "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/charts/chart1.xml",
            "xl/styles.xml", "docProps/core.xml", "docProps/app.xml",  // no text: no shared strings
        ])
        let workbook = try part(path, "xl/workbook.xml")
        #expect(workbook.contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">A!$A$1</definedName>"))
        #expect(workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">B!$1:$2</definedName>"))
        #expect(try part(path, "xl/worksheets/_rels/sheet1.xml.rels").contains("Target=\"../drawings/drawing1.xml\""))
        #expect(try part(path, "xl/worksheets/sheet1.xml").hasSuffix("<drawing r:id=\"rId1\"/></worksheet>"))
    }
}
