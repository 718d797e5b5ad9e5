import Foundation
@testable import Spreadsheet
import Testing
@testable import ThiduaKit

/// The ward form as an official paper and as a help to the officer, read back from the
/// files the writers produce (XLSX and ODS).
@Suite("Ward form: an official document that helps the officer")
struct ReturnFormTests {
    static let schema = try! CriteriaSchema.load(path: PackagePaths.root + "/Templates/schema-2018.xlsx")
    static let ward = schema.wards.first { $0.code == "00172" }!

    static func write(_ format: String, schema: CriteriaSchema = schema) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-form-\(UUID().uuidString).\(format)").path
        let writer: any SpreadsheetWriter = format == "ods" ? try ODSWriter(path: path) : try XLSXWriter(path: path)
        try ReturnFormWriter(schema: schema).write(ward: ward, to: writer)
        return path
    }

    static func part(_ path: String, _ name: String) throws -> String {
        let zip = try ZipArchive(source: FileByteSource(path: path, limits: .default), fileName: path, limits: .default)
        return String(decoding: try zip.read(#require(zip.entry(named: name))), as: UTF8.self)
    }

    static func text(_ sheet: SheetData, _ a1: String) -> String? {
        let ref = CellReference(a1)!
        guard case .text(let t)? = sheet.rows.first(where: { $0.index == ref.row })?[column: ref.column]?.value else { return nil }
        return t
    }

    /// The row of a criterion code in column B.
    static func row(_ sheet: SheetData, _ code: String) -> Row? {
        sheet.rows.first { $0[column: 1]?.value == .text(code) }
    }

    /// A schema without `superior_body` keeps the ward's committee on the first line.
    @Test(arguments: ["xlsx", "ods"])
    func withoutASuperiorBodyTheWardHeadsTheForm(_ format: String) throws {
        var plain = Self.schema
        plain.settings.superiorBody = nil
        let sheet = try WorkbookReader(path: try Self.write(format, schema: plain)).loadSheet(0)
        #expect(Self.text(sheet, "A1") == "UBND PHƯỜNG YÊN HÒA")
        #expect(Self.text(sheet, "A2") == "Số:        /BC-UBND")
        #expect(Self.text(sheet, "A3") == nil)
        #expect(Self.text(sheet, "E3") == "Yên Hòa, ngày       tháng       năm 2018")
    }

    /// Every style of the form names Times New Roman, the page number's footer too.
    @Test func everyStyleIsTimesNewRoman() throws {
        let xlsx = try Self.write("xlsx")
        let styles = try Self.part(xlsx, "xl/styles.xml")
        // After the workbook's default font (index 0, for cells without a style).
        let fonts = styles.matches(of: /<font>.*?<\/font>/).map { String($0.0) }.dropFirst()
        #expect(!fonts.isEmpty && fonts.allSatisfy { $0.contains("Times New Roman") }, "\(fonts)")
        let ods = try Self.part(try Self.write("ods"), "styles.xml")
        #expect(ods.contains("<text:span text:style-name=\"pn2\"><text:page-number>"), "\(ods)")
        #expect(ods.contains("style:family=\"text\"><style:text-properties fo:font-family=\"Times New Roman\"/>"))
    }

    @Test(arguments: ["xlsx", "ods"])
    func carriesTheOfficialHeadingTitleAndSignatureBlocks(_ format: String) throws {
        let path = try Self.write(format)
        let sheet = try WorkbookReader(path: path).loadSheet(0)
        // The superior body (the schema's superior_body) over the ward's committee, in bold.
        #expect(Self.text(sheet, "A1") == "UBND QUẬN CẦU GIẤY")
        #expect(Self.text(sheet, "A2") == "UBND PHƯỜNG YÊN HÒA")
        #expect(Self.text(sheet, "A3") == "Số:        /BC-UBND")
        #expect(Self.text(sheet, "E1") == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        #expect(Self.text(sheet, "E2") == "Độc lập - Tự do - Hạnh phúc")
        #expect(Self.text(sheet, "E3") == "Yên Hòa, ngày       tháng       năm 2018")
        #expect(Self.text(sheet, "A5")?.hasPrefix("BÁO CÁO KẾT QUẢ THỰC HIỆN GIAO ƯỚC THI ĐUA") == true)
        #expect(Self.text(sheet, "A6")?.contains("phường Yên Hòa (mã 00172)") == true)
        #expect(Self.text(sheet, "C11") == "Người lập báo cáo:")
        #expect(Self.text(sheet, "F11") == "Điện thoại:")
        let texts = sheet.rows.flatMap { $0.cells.compactMap { if case .text(let t) = $0.value { t } else { nil } } }
        for block in ["NGƯỜI LẬP BÁO CÁO", "(Ký, ghi rõ họ tên)", "TM. ỦY BAN NHÂN DÂN PHƯỜNG YÊN HÒA", "CHỦ TỊCH", "(Ký tên, đóng dấu)"] {
            #expect(texts.contains(block), "missing \(block)")
        }
        // The form validates as an empty return: no finding for its own texts, and its new
        // input cells (preparer, phone) and scoring column are not "unexpected values".
        // The one warning is the missing report date, said by validate, at the date's input cell.
        let result = ReturnValidator(schema: Self.schema).validate(path: path)
        let warnings = result.findings.filter { $0.severity == .warning }
        #expect(warnings.map { $0.code.rawValue } == ["identity.report-date"])
        #expect(warnings.first?.location.qualifiedCell == "'Biểu mẫu'!D10")
    }

    @Test func usesTimesNewRomanAndNumbersItsPagesFromTheSecond() throws {
        let xlsx = try Self.write("xlsx")
        let styles = try Self.part(xlsx, "xl/styles.xml")
        #expect(styles.components(separatedBy: "<name val=\"Times New Roman\"/>").count > 5)
        let sheet = try Self.part(xlsx, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<headerFooter differentFirst=\"1\"><oddFooter>&amp;C&amp;\"Times New Roman,Regular\"&amp;P</oddFooter>"))
        #expect(!styles.contains("#,##0.##"))   // Excel shows whole numbers as "25." with it

        let ods = try Self.write("ods")
        let odsStyles = try Self.part(ods, "styles.xml")
        #expect(odsStyles.contains("<text:page-number>1</text:page-number>"))
        let content = try Self.part(ods, "content.xml")
        #expect(content.contains("style:font-name=\"Times New Roman\""))
    }

    @Test(arguments: ["xlsx", "ods"])
    func targetsMethodsAndMessagesAgreeWithTheCriteria(_ format: String) throws {
        let path = try Self.write(format)
        let sheet = try WorkbookReader(path: path).loadSheet(0)
        // A yes/no target reads "Có".
        #expect(Self.row(sheet, "AN01")?[column: 4]?.value == .text("Có"))
        // The scoring column: a reference figure says it is still required.
        let method = ReturnColumn.method.writtenColumn
        #expect(Self.text(sheet, "J13") == "Cách chấm điểm")
        #expect(Self.row(sheet, "KT01")?[column: method]?.value == .text("Số liệu tham khảo, 0 điểm; vẫn phải nhập."))
        #expect(Self.row(sheet, "KT03")?[column: method]?.value == .text("8 điểm × kết quả / 100%, tối đa 8 điểm."))
        #expect(Self.row(sheet, "AN01")?[column: method]?.value == .text("Có: 5 điểm; Không: 0 điểm."))
        // Self-assessed points are computed as the officer types, except where the ward scores itself.
        let kt03 = try #require(Self.row(sheet, "KT03")?[column: 7]?.formula)
        #expect(kt03.contains("MIN(") && kt03.contains("G17") && kt03.contains("/100"))
        #expect(Self.row(sheet, "CC09")?[column: 7]?.formula == nil)
    }

    @Test func inputMessagesStateTheSchemasBoundsOnce() throws {
        let content = try Self.part(try Self.write("xlsx"), "xl/worksheets/sheet1.xml")
        // KT03 allows 0–500 %: the message says so, and says the range only once.
        let kt03 = try #require(content.range(of: "promptTitle=\"Tiêu chí KT03\""))
        let tail = content[kt03.upperBound...]
        let prompt = String(tail[tail.range(of: "prompt=\"")!.upperBound...].prefix { $0 != "\"" })
        #expect(prompt.contains("từ 0 đến 500"))
        #expect(!prompt.contains("từ 0 đến 100"))
        #expect(prompt.components(separatedBy: "từ 0 đến").count == 2)
    }

    /// The form as another program would save it: every cell rewritten through `change`.
    static func resaved(_ change: (Cell) -> CellValue) throws -> String {
        let form = try WorkbookReader(path: Self.write("xlsx"))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-saved-\(UUID().uuidString).xlsx").path
        let writer = try XLSXWriter(path: path)
        for i in 0..<form.sheets.count {
            let sheet = try form.loadSheet(i)
            try writer.beginSheet(SheetSetup(name: sheet.info.name, state: sheet.info.state))
            for row in sheet.rows {
                try writer.writeRow(row.index, row.cells.map { WriteCell(column: $0.column, value: change($0), formula: $0.formula) })
            }
            try writer.endSheet()
        }
        try writer.finish()
        return path
    }

    /// A program that saves the form keeps "" as the cached result of the points formulas
    /// of criteria not yet filled; that is no self-assessed value, not a wrong one.
    @Test func aPointsFormulaShowingNothingIsNoValue() throws {
        let path = try Self.resaved { $0.formula != nil && $0.value.isEmpty ? .text("") : $0.value }
        let result = ReturnValidator(schema: Self.schema).validate(path: path)
        #expect(!result.findings.contains { $0.code.rawValue == "value.type" })
        #expect(result.entries.allSatisfy { $0.selfPoints == nil })
    }

    /// A year past any integer (1e300 typed over 2018) is a wrong year, not a crash.
    @Test func aHugeYearIsReportedNotATrap() throws {
        let path = try Self.resaved { $0.value == .number(2018) && $0.column == 3 ? .number(1e300) : $0.value }
        let result = ReturnValidator(schema: Self.schema).validate(path: path)
        #expect(result.year == nil)
        #expect(result.findings.contains { $0.code.rawValue == "identity.year" } || result.findings.contains { $0.severity == .error })
    }
}
