import Foundation
import Testing
@testable import Spreadsheet

@Suite("XLSX reader: building blocks")
struct XLSXUnitTests {
    @Test(arguments: [
        ("General", NumberFormat.Kind.number), ("0.00", .number), ("#,##0 \"đ\"", .number), ("0.00E+00", .number),
        ("@", .text), ("dd/mm/yyyy", .date), ("[$-42A]dd/mm/yyyy;@", .date), ("mmm-yy", .date), ("mm", .date),
        ("h:mm", .time), ("mm:ss", .time), ("h:mm AM/PM", .time), ("hh:mm:ss A/P", .time), ("mmss.0", .time),
        ("m/d/yy h:mm", .dateTime), ("yyyy\\-mm\\-dd\\ hh:mm", .dateTime), ("[h]:mm:ss", .duration),
        ("[mm]:ss", .duration), ("[Red][<0]0.00;0.00", .number), ("[Color10]0", .number),
        ("\"ngày\" 0", .number), ("0_);[Red](0)", .number), ("#,##0 \\d", .number), ("* #,##0", .number),
        ("0.00;[Red]dd/mm/yyyy", .number), ("d \"tháng\" m \"năm\" yyyy", .date),
    ])
    func classifiesFormatCodes(code: String, kind: NumberFormat.Kind) {
        #expect(NumberFormat(code: code).kind == kind, "\(code)")
    }

    @Test func builtinFormats() {
        #expect(NumberFormat.builtin(id: 14) == NumberFormat(code: "mm-dd-yy"))
        #expect(NumberFormat.builtin(id: 14)?.kind == .date)
        #expect(NumberFormat.builtin(id: 22)?.code == "m/d/yy h:mm")
        #expect(NumberFormat.builtin(id: 22)?.kind == .dateTime)
        #expect(NumberFormat.builtin(id: 45)?.kind == .time)
        #expect(NumberFormat.builtin(id: 46)?.kind == .duration)
        #expect(NumberFormat.builtin(id: 47)?.code == "mmss.0")
        #expect(NumberFormat.builtin(id: 49)?.kind == .text)
        #expect(NumberFormat.builtin(id: 3)?.kind == .number)
        #expect(NumberFormat.builtin(id: 164) == nil)
        #expect(NumberFormat.builtinID(code: "0.00%") == 10)
        #expect(NumberFormat.builtinID(code: "[h]:mm:ss") == 46)
        #expect(NumberFormat.builtinID(code: "dd/mm/yyyy") == nil)
        for id in Array(14...22) + Array(45...47) {
            let format = NumberFormat.builtin(id: id)!
            #expect(format.kind != .number && format.kind == NumberFormat.classify(format.code), "\(id)")
        }
    }

    @Test func valuesOfSerials() {
        let d = DateSystem.excel1900
        #expect(NumberFormat.Kind.date.value(ofSerial: 45366, in: d) == ymd(2024, 3, 15))
        #expect(NumberFormat.Kind.date.value(ofSerial: 45366.5, in: d) == ymdhm(2024, 3, 15, 12, 0))
        #expect(NumberFormat.Kind.time.value(ofSerial: 0.5, in: d) == hms(12, 0))
        #expect(NumberFormat.Kind.time.value(ofSerial: 1.5, in: d) == ymdhm(1900, 1, 1, 12, 0))
        #expect(NumberFormat.Kind.dateTime.value(ofSerial: 45366, in: d) == ymdhm(2024, 3, 15, 0, 0))
        #expect(NumberFormat.Kind.duration.value(ofSerial: 1.25, in: d) == .duration(108_000))
        #expect(NumberFormat.Kind.date.value(ofSerial: -1, in: d) == .number(-1))
        #expect(NumberFormat.Kind.date.value(ofSerial: 0, in: .excel1904) == ymd(1904, 1, 1))
        #expect(NumberFormat.Kind.text.value(ofSerial: 7, in: d) == .number(7))
    }

    func unescaped(_ text: String) -> String {
        var bytes = Array(text.utf8)
        decodeEscapes(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func decodesEscapes() {
        #expect(unescaped("a_x000D_b") == "a\rb")
        #expect(unescaped("_x005F_x000D_") == "_x000D_")
        #expect(unescaped("_xD83D__xDE00_") == "😀")
        #expect(unescaped("_x00e9_") == "é")
        #expect(unescaped("_xDE00_ _xD83D_x") == "_xDE00_ _xD83D_x")
        #expect(unescaped("_x00G1_ _x41_ x_") == "_x00G1_ _x41_ x_")
    }

    @Test func shiftsFormulas() {
        #expect(FormulaShift.shift("A1+B$2+$C3+$D$4", rows: 2, columns: 1) == "B3+C$2+$C5+$D$4")
        #expect(FormulaShift.shift("A1", rows: -1, columns: 0) == "#REF!")
        #expect(FormulaShift.shift("SUM(Sheet2!A1:B2)", rows: 1, columns: 0) == "SUM(Sheet2!A2:B3)")
        #expect(FormulaShift.shift("Table1[Col A1]+[1]Sheet1!A1", rows: 1, columns: 0) == "Table1[Col A1]+[1]Sheet1!A2")
        #expect(FormulaShift.shift("\"B2\"&'B2 x'!B2&ATAN2(1,2)&TRUE", rows: 1, columns: 1) == "\"B2\"&'B2 x'!C3&ATAN2(1,2)&TRUE")
        #expect(FormulaShift.shift("1E5+A1+1.5", rows: 1, columns: 0) == "1E5+A2+1.5")
        #expect(FormulaShift.shift("SUMIF(A:A,B1,$C:D)+SUM(2:3)+SUM($2:$3)", rows: 1, columns: 1)
                == "SUMIF(B:B,C2,$C:E)+SUM(3:4)+SUM($2:$3)")
        #expect(FormulaShift.shift("IF(B1>3,10:20,5)", rows: 0, columns: 0) == "IF(B1>3,10:20,5)")
    }

    @Test func resolvesPartNames() {
        #expect(PackagePath.relationships(of: "") == "_rels/.rels")
        #expect(PackagePath.relationships(of: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
        #expect(PackagePath.resolve("worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(PackagePath.resolve("/xl/worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(PackagePath.resolve("../a/./b/../c%20d.xml", from: "xl/workbook.xml") == "a/c d.xml")
        #expect(PackagePath.resolve("xl/workbook.xml", from: "") == "xl/workbook.xml")
        #expect(PackagePath.resolve("..\\media\\image1.png", from: "xl/drawings/drawing1.xml") == "xl/media/image1.png")
    }

    /// The byte scan gives what `split(separator: "/").last` gave, on the shapes a type URI can take
    /// (not after a "/" followed by a combining mark, which Character splitting keeps together).
    @Test(arguments: [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/sharedStrings",
        "worksheet", "a/b/", "a//b//", "/", "///", "", "/x", "ú/bảng tính",
    ])
    func lastSegmentOfTypeURIs(_ uri: String) {
        #expect(PackagePath.lastSegment(uri) == (uri.split(separator: "/").last.map(String.init) ?? uri))
    }

    func iso(_ text: String) -> CellValue? {
        Array(text.utf8).withUnsafeBufferPointer { ISODateText.parse($0, .lenient) }
    }

    @Test func decodesISODates() {
        #expect(iso("2024-02-29") == ymd(2024, 2, 29))
        #expect(iso("2024-03-15T10:30:00+07:00") == ymdhm(2024, 3, 15, 10, 30))
        #expect(iso("2024-03-15 10:30") == ymdhm(2024, 3, 15, 10, 30))
        #expect(iso("23:59:59.25") == hms(23, 59, 59.25))
        #expect(iso("2024-03-15T10:30:00,5") == .dateTime(CivilDateTime(date: CivilDate(year: 2024, month: 3, day: 15), time: TimeOfDay(seconds: 37_800.5))))
        for bad in ["2023-02-29", "2024-13-01", "2024-3-1", "2024-03-15T25:00", "2024-03-15T10:30x", "hôm nay", ""] {
            #expect(iso(bad) == nil, "\(bad)")
        }
    }
}
