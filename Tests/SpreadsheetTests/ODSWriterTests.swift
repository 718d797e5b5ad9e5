import Foundation
import Testing
@testable import Spreadsheet

/// Helpers shared by the ODS writer tests: a temporary folder per file and parts read back
/// with the project's ZIP reader.
enum ODSWriterTesting {
    static func temporaryPath(_ name: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("odswriter-" + UUID().uuidString)
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name).path
    }

    static func open(_ path: String) throws -> ZipArchive {
        try ZipArchive(source: FileByteSource(path: path, limits: .default), fileName: path, limits: .default)
    }

    static func part(_ path: String, _ name: String) throws -> String {
        let zip = try open(path)
        return String(decoding: try zip.read(#require(zip.entry(named: name))), as: UTF8.self)
    }

    /// The text between the first `start` and the following `end`.
    static func between(_ s: String, _ start: String, _ end: String) -> String {
        guard let a = s.range(of: start), let b = s.range(of: end, range: a.upperBound..<s.endIndex) else { return "" }
        return String(s[a.upperBound..<b.lowerBound])
    }

    /// The rows of a one-sheet workbook: what follows the table's columns, up to `</table:table>`.
    static func tableBody(_ setup: SheetSetup = SheetSetup(name: "S"), _ rows: [(Int, [WriteCell], Double?)],
                          styles: (ODSWriter) -> Void = { _ in }) throws -> String {
        let path = temporaryPath("rows.ods")
        let writer = try ODSWriter(path: path)
        styles(writer)
        try writer.beginSheet(setup)
        for (i, cells, height) in rows { try writer.writeRow(i, cells, height: height) }
        try writer.endSheet()
        try writer.finish()
        let content = try part(path, "content.xml")
        let table = between(content, "<table:table table:name=", "</table:table>")
        guard let firstRow = table.range(of: "<table:table-row") ?? table.range(of: "<table:table-header-rows>") else { return table }
        return String(table[firstRow.lowerBound...])
    }
}

@Suite("ODS writer")
struct ODSWriterTests {
    typealias T = ODSWriterTesting

    @Test func writesEveryValueType() throws {
        let body = try T.tableBody(SheetSetup(name: "S"), [
            (0, [WriteCell(0, .number(42)), WriteCell(1, .number(0.1)), WriteCell(2, .number(-1.5e-7)),
                 WriteCell(3, .text("Phường")), WriteCell(4, .boolean(true)), WriteCell(5, .error("#N/A")),
                 WriteCell(6, .number(.nan))], nil),
            (2, [WriteCell(0, .date(CivilDate(year: 2026, month: 1, day: 5))),
                 WriteCell(1, .dateTime(CivilDateTime(date: CivilDate(year: 1890, month: 3, day: 1), time: TimeOfDay(hour: 12, minute: 0, second: 1.5)))),
                 WriteCell(2, .time(TimeOfDay(hour: 6, minute: 5))), WriteCell(3, .duration(90_061)),
                 WriteCell(5, .duration(-1800)), WriteCell(9, .empty, style: .default)], 21.75),
        ])
        #expect(body == cat("<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"42\"/>",
              "<table:table-cell office:value-type=\"float\" office:value=\"0.1\"/><table:table-cell office:value-type=\"float\" office:value=\"-1.5E-7\"/>",
              "<table:table-cell office:value-type=\"string\"><text:p>Phường</text:p></table:table-cell>",
              "<table:table-cell table:style-name=\"ce1\" office:value-type=\"boolean\" office:boolean-value=\"true\"><text:p>TRUE</text:p></table:table-cell>",
              "<table:table-cell office:value-type=\"string\"><text:p>#N/A</text:p></table:table-cell>",
              "<table:table-cell office:value-type=\"string\"><text:p>#NUM!</text:p></table:table-cell></table:table-row>",
              "<table:table-row><table:table-cell/></table:table-row>",
              "<table:table-row table:style-name=\"ro1\"><table:table-cell table:style-name=\"ce2\" office:value-type=\"date\" office:date-value=\"2026-01-05\"/>",
              "<table:table-cell table:style-name=\"ce3\" office:value-type=\"date\" office:date-value=\"1890-03-01T12:00:01.5\"/>",
              "<table:table-cell table:style-name=\"ce4\" office:value-type=\"time\" office:time-value=\"PT06H05M00S\"/>",
              "<table:table-cell table:style-name=\"ce5\" office:value-type=\"time\" office:time-value=\"PT25H01M01S\"/>",
              "<table:table-cell/><table:table-cell table:style-name=\"ce5\" office:value-type=\"time\" office:time-value=\"-PT00H30M00S\"/>",
              "<table:table-cell table:number-columns-repeated=\"3\"/><table:table-cell/></table:table-row>"))
    }

    @Test func percentagesFollowTheStyleFormat() throws {
        // The first registered style gets handle 1.
        let body = try T.tableBody(SheetSetup(name: "S"), [(0, [WriteCell(0, .number(0.7725), style: StyleHandle(1))], nil)]) {
            _ = $0.register(CellStyle(numberFormat: "0.00%"))
        }
        #expect(body == "<table:table-row><table:table-cell table:style-name=\"ce1\" office:value-type=\"percentage\" office:value=\"0.7725\"/></table:table-row>")
    }

    @Test func writesTextAsParagraphsWithSpacesAndTabs() throws {
        var x = XMLBuffer()
        x.odfParagraphs(" Đầu  giữa\tsau \r\nhai<&>\u{1}\rba   ")
        #expect(String(decoding: x.bytes, as: UTF8.self)
            == "<text:p><text:s/>Đầu<text:s text:c=\"2\"/>giữa<text:tab/>sau<text:s/></text:p><text:p>hai&lt;&amp;&gt;</text:p><text:p>ba<text:s text:c=\"3\"/></text:p>")
        var y = XMLBuffer()
        y.odfParagraphs("Phường Dịch Vọng")
        #expect(String(decoding: y.bytes, as: UTF8.self) == "<text:p>Phường Dịch Vọng</text:p>")
    }

    @Test func writesFormulasInOpenFormula() throws {
        let body = try T.tableBody(SheetSetup(name: "S"), [(0, [
            WriteCell(column: 0, value: .number(3), formula: "=SUM(B1:C1)"),
            WriteCell(column: 1, value: .text("Tốt"), formula: "IF(A1>2,\"Tốt, rất\",\"Khá\")"),
            WriteCell(column: 2, value: .boolean(false), formula: "AND(TRUE,A1<0)"),
            WriteCell(column: 3, value: .empty, formula: "NOW()"),
        ], nil)])
        #expect(body == cat("<table:table-row><table:table-cell table:formula=\"of:=SUM([.B1:.C1])\" office:value-type=\"float\" office:value=\"3\"/>",
              "<table:table-cell table:formula=\"of:=IF([.A1]&gt;2;&quot;Tốt, rất&quot;;&quot;Khá&quot;)\" office:value-type=\"string\"><text:p>Tốt</text:p></table:table-cell>",
              "<table:table-cell table:style-name=\"ce1\" table:formula=\"of:=AND(TRUE();[.A1]&lt;0)\" office:value-type=\"boolean\" office:boolean-value=\"false\"><text:p>FALSE</text:p></table:table-cell>",
              "<table:table-cell table:formula=\"of:=NOW()\"/></table:table-row>"))
    }

    @Test func convertsReferences() {
        #expect(ODSFormula.convert("'Danh mục'!$A$1:$A$3") == "of:=['Danh mục'.$A$1:.$A$3]")
        #expect(ODSFormula.convert("Sheet1!b2*2") == "of:=['Sheet1'.B2]*2")
        #expect(ODSFormula.convert("='It''s'!A1+LOG10(100)+1E+5+A:A") == "of:=['It''s'.A1]+LOG10(100)+1E+5+A:A")
        #expect(ODSFormula.convert("SUMIF(C4:C11,\">=85\",D4:D11)") == "of:=SUMIF([.C4:.C11];\">=85\";[.D4:.D11])")
        #expect(ODSFormula.convert("TinhTrangNop") == "of:=TinhTrangNop")
    }

    @Test func marksMergesAndValidationsOnCells() throws {
        let setup = SheetSetup(name: "S", mergedRanges: [CellRange("B1:D2")!],
                               validations: [DataValidation(range: CellRange("C2:E4")!, rule: .whole(.between(1, 10)))])
        let body = try T.tableBody(setup, [
            (0, [WriteCell(1, .text("Gộp"))], nil),
            (2, [WriteCell(0, .number(1)), WriteCell(3, .number(5))], nil),
        ])
        #expect(body == cat("<table:table-row><table:table-cell/><table:table-cell table:number-columns-spanned=\"3\" table:number-rows-spanned=\"2\" office:value-type=\"string\"><text:p>Gộp</text:p></table:table-cell>",
              "<table:covered-table-cell table:number-columns-repeated=\"2\"/></table:table-row>",
              "<table:table-row><table:table-cell/><table:covered-table-cell/><table:covered-table-cell table:content-validation-name=\"val1\" table:number-columns-repeated=\"2\"/>",
              "<table:table-cell table:content-validation-name=\"val1\"/></table:table-row>",
              "<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"1\"/><table:table-cell/>",
              "<table:table-cell table:content-validation-name=\"val1\"/><table:table-cell table:content-validation-name=\"val1\" office:value-type=\"float\" office:value=\"5\"/>",
              "<table:table-cell table:content-validation-name=\"val1\"/></table:table-row>",
              "<table:table-row><table:table-cell table:number-columns-repeated=\"2\"/><table:table-cell table:content-validation-name=\"val1\" table:number-columns-repeated=\"3\"/></table:table-row>"))
    }

    @Test func wrapsRepeatedRowsAndRunsEmptyRows() throws {
        let setup = SheetSetup(name: "S", defaultRowHeight: 18, print: PrintSetup(repeatedRows: 2...3))
        let body = try T.tableBody(setup, [(0, [WriteCell(0, .text("Tiêu đề"))], nil), (2, [WriteCell(0, .text("STT"))], 30),
                                           (100, [WriteCell(1, .number(1))], nil)])
        #expect(body == cat("<table:table-row table:style-name=\"ro1\"><table:table-cell office:value-type=\"string\"><text:p>Tiêu đề</text:p></table:table-cell></table:table-row>",
              "<table:table-row table:style-name=\"ro1\"><table:table-cell/></table:table-row>",
              "<table:table-header-rows><table:table-row table:style-name=\"ro2\"><table:table-cell office:value-type=\"string\"><text:p>STT</text:p></table:table-cell></table:table-row>",
              "<table:table-row table:style-name=\"ro1\"><table:table-cell/></table:table-row></table:table-header-rows>",
              "<table:table-row table:style-name=\"ro1\" table:number-rows-repeated=\"96\"><table:table-cell/></table:table-row>",
              "<table:table-row table:style-name=\"ro1\"><table:table-cell/><table:table-cell office:value-type=\"float\" office:value=\"1\"/></table:table-row>"))
    }

    @Test func emptySheetHasOneColumnAndOneRow() throws {
        let path = T.temporaryPath("empty.ods")
        let writer = try ODSWriter(path: path)
        try writer.beginSheet(SheetSetup(name: "Trống"))
        try writer.endSheet()
        try writer.finish()
        let content = try T.part(path, "content.xml")
        #expect(content.contains("<table:table table:name=\"Trống\" table:style-name=\"ta1\"><table:table-column/><table:table-row><table:table-cell/></table:table-row></table:table>"))
    }

    @Test func mimetypeIsFirstStoredWithoutExtraField() throws {
        let path = T.temporaryPath("m.ods")
        let writer = try ODSWriter(path: path)
        try writer.beginSheet(SheetSetup(name: "S"))
        try writer.endSheet()
        try writer.finish()
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(bytes[8] == 0 && bytes[9] == 0)  // method: stored
        #expect(bytes[26] == 8 && bytes[27] == 0 && bytes[28] == 0 && bytes[29] == 0)  // name length 8, no extra field
        #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: bytes[38..<84], as: UTF8.self) == "application/vnd.oasis.opendocument.spreadsheet")
        let zip = try T.open(path)
        #expect(zip.entries.map(\.name) == ["mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"])
    }

    func writeSample(_ path: String) throws {
        let writer = try ODSWriter(path: path, options: .init(properties: DocumentProperties(title: "Thi đua", author: "Quận")))
        let bold = writer.register(CellStyle(font: CellFont(name: "Times New Roman", bold: true), fill: RGBColor(0xDDEBF7), borders: .all(.thin)))
        try writer.beginSheet(SheetSetup(name: "Xếp hạng", columns: [ColumnFormat(0, width: 6), ColumnFormat(2, 3, width: 12)],
                                         frozen: FrozenPanes(rows: 1), mergedRanges: [CellRange("A1:B1")!]))
        try writer.writeRow(0, [WriteCell(0, .text("Bảng"), style: bold)])
        for r in 1..<200 {
            try writer.writeRow(r, [WriteCell(0, .number(Double(r))), WriteCell(1, .date(CivilDate(year: 2026, month: 1, day: 1 + r % 28)))])
        }
        try writer.endSheet(SheetFinish(autoFilter: CellRange("A1:B199")!))
        try writer.addDefinedName(DefinedName(name: "Diem", formula: "'Xếp hạng'!$A$2:$A$199"))
        try writer.finish()
    }

    @Test func isDeterministic() throws {
        let a = T.temporaryPath("a.ods"), b = T.temporaryPath("b.ods")
        try writeSample(a)
        try writeSample(b)
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
    }

    @Test func cancelAndFailureLeaveNothing() throws {
        let path = T.temporaryPath("x.ods")
        let folder = (path as NSString).deletingLastPathComponent
        let writer = try ODSWriter(path: path)
        try writer.beginSheet(SheetSetup(name: "S"))
        try writer.writeRow(0, [WriteCell(0, .number(1))])
        writer.cancel()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)

        try Data("cũ".utf8).write(to: URL(fileURLWithPath: path))
        let failing = try ODSWriter(path: path)
        try failing.beginSheet(SheetSetup(name: "S"))
        try failing.writeRow(3, [WriteCell(0, .number(1))])
        #expect(throws: SpreadsheetError.self) { try failing.writeRow(2, [WriteCell(0, .number(1))]) }
        #expect(throws: SpreadsheetError.self) { try failing.finish() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["x.ods"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "cũ")
    }

    @Test func refusesMergesAndValidationsAfterTheRows() throws {
        let path = T.temporaryPath("late.ods")
        let writer = try ODSWriter(path: path)
        try writer.beginSheet(SheetSetup(name: "S"))
        let error = #expect(throws: SpreadsheetError.self) {
            try writer.endSheet(SheetFinish(mergedRanges: [CellRange("A1:B1")!]))
        }
        #expect(error?.code == .writeInvalid)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func refusesOverlappingMergesInSetup() throws {
        let writer = try ODSWriter(path: T.temporaryPath("o.ods"))
        #expect(throws: SpreadsheetError.self) {
            try writer.beginSheet(SheetSetup(name: "S", mergedRanges: [CellRange("A1:B2")!, CellRange("B2:C3")!]))
        }
    }

    @Test func xlsxWriterTakesMergesAndValidationsFromTheSetup() throws {
        let path = T.temporaryPath("setup.xlsx")
        let writer = try XLSXWriter(path: path)
        try writer.beginSheet(SheetSetup(name: "S", mergedRanges: [CellRange("A1:C1")!],
                                         validations: [DataValidation(range: CellRange("B2:B9")!, rule: .list(["Có", "Không"]))]))
        try writer.writeRow(0, [WriteCell(0, .text("Tiêu đề"))])
        try writer.endSheet(SheetFinish(mergedRanges: [CellRange("A2:A3")!]))
        try writer.finish()
        let sheet = try T.part(path, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<mergeCells count=\"2\"><mergeCell ref=\"A1:C1\"/><mergeCell ref=\"A2:A3\"/></mergeCells>"))
        #expect(sheet.contains("<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" sqref=\"B2:B9\"><formula1>\"Có,Không\"</formula1></dataValidation>"))
    }
}

/// Joins expected XML written in pieces (long `+` chains are slow to type-check).
func cat(_ parts: String...) -> String { parts.joined() }
