import Foundation
@testable import Spreadsheet
import Testing
@testable import ThiduaKit

/// The consolidated workbook as the district's leaders read it, in both formats.
@Suite("Consolidated workbook for leaders")
struct ConsolidatedWorkbookTests {
    static let dir: String = {
        let d = try! ConsolidationOutputTests.temporaryDirectory()
        try! ConsolidationOutputTests.write(to: d, formats: [.xlsx, .ods])
        return d
    }()

    static func texts(_ sheet: SheetData) -> [String] {
        sheet.rows.flatMap { $0.cells.compactMap { if case .text(let t) = $0.value { t } else { nil } } }
    }

    static func part(_ path: String, _ name: String) throws -> String {
        let zip = try ZipArchive(source: FileByteSource(path: path, limits: .default), fileName: path, limits: .default)
        return String(decoding: try zip.read(#require(zip.entry(named: name))), as: UTF8.self)
    }

    @Test(arguments: ["xlsx", "ods"])
    func summaryIsForLeadersWithSignaturesAndReasons(_ format: String) throws {
        let path = Self.dir + "/consolidated-2018." + format
        let reader = try WorkbookReader(path: path)
        #expect(reader.sheets.first?.name == "Tổng hợp")
        let summary = try reader.loadSheet(0)
        let texts = Self.texts(summary)
        // No technical detail on the leaders' page: schema id, file paths, hashes.
        #expect(!texts.contains { $0.contains("caugiay-2018") || $0.contains("Fixtures/") || $0.contains(".xlsx") || $0.contains(".ods") })
        // Headed by the superior body, dated at the schema's place name (settings of schema-2018).
        #expect(summary.rows.first?.index == 0 && summary.rows.first?[column: 0]?.value == .text("UBND QUẬN CẦU GIẤY"))
        for line in ["Cầu Giấy, ngày …… tháng …… năm 2018", "NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên, đóng dấu)"] {
            #expect(texts.contains(line), "missing \(line)")
        }
        // The rejected ward says why and where to look; the late one says so.
        let dichVong = try #require(summary.rows.first { $0[column: 0]?.value == .text("00166") })
        #expect(dichVong[column: 12]?.value == .text("Bị loại: 1 lỗi; xem trang \"Lỗi và cảnh báo\"."))
        let quanHoa = try #require(summary.rows.first { $0[column: 0]?.value == .text("00169") })
        #expect(quanHoa[column: 12]?.value == .text("Nộp sau hạn."))
        // The totals of the matrix say what they add up.
        let matrix = try reader.loadSheet(1)
        #expect(Self.texts(matrix).contains("Tổng các báo cáo hợp lệ"))
        #expect(!Self.texts(matrix).contains("Tổng quận"))
    }

    @Test func theODSWorkbookHasTheRankingChart() throws {
        let path = Self.dir + "/consolidated-2018.ods"
        let manifest = try Self.part(path, "META-INF/manifest.xml")
        #expect(manifest.contains("manifest:full-path=\"Object 1/\""))
        let chart = try Self.part(path, "Object 1/content.xml")
        #expect(chart.contains("chart:values-cell-range-address=\"'Tổng hợp'.J8:'Tổng hợp'.J14\""))
        #expect(chart.contains("chart:minimum=\"0\""))
        // The value axis in whole numbers (20, not the total column's 20.00), in Times New Roman.
        #expect(chart.contains("<style:style style:name=\"values\" style:family=\"chart\" style:data-style-name=\"axis\">"))
        #expect(chart.contains("chart:link-data-style-to-source=\"false\"") && chart.contains("<number:number-style style:name=\"axis\""))
        #expect(chart.contains("fo:font-family=\"Times New Roman\""))
        let content = try Self.part(path, "content.xml")
        #expect(content.contains("xlink:href=\"./Object 1\""))
        let xlsxChart = try Self.part(Self.dir + "/consolidated-2018.xlsx", "xl/charts/chart1.xml")
        #expect(xlsxChart.contains("<c:min val=\"0\"/>") && xlsxChart.contains("<c:showVal val=\"1\"/>") && !xlsxChart.contains("<c:legend>"))
        #expect(xlsxChart.contains("<c:majorGridlines/><c:numFmt formatCode=\"#,##0\" sourceLinked=\"0\"/>"))
        #expect(xlsxChart.contains("<a:latin typeface=\"Times New Roman\"/>"))
    }

    @Test func rowsOfWrappedTextAreTallEnoughAndNumbersShowNoTrailingSeparator() throws {
        let path = Self.dir + "/consolidated-2018.xlsx"
        // The matrix's CC09 row holds each ward's initiative, wrapped in a 13-character column.
        let matrix = try Self.part(path, "xl/worksheets/sheet2.xml")
        let cc09 = try #require(matrix.range(of: "<row r=\"40\""))
        let rowStart = String(matrix[cc09.lowerBound...].prefix(120))
        #expect(rowStart.contains("customHeight=\"1\""), "\(rowStart)")
        #expect(!(try Self.part(path, "xl/styles.xml")).contains("#,##0.##"))
        #expect(!(try Self.part(Self.dir + "/statistics.xlsx", "xl/styles.xml")).contains("#,##0.##"))
    }

    /// Every style of every workbook the district prints names Times New Roman.
    @Test func everyStyleOfEveryWorkbookIsTimesNewRoman() throws {
        for file in ["consolidated-2018.xlsx", "statistics.xlsx"] {
            let styles = try Self.part(Self.dir + "/" + file, "xl/styles.xml")
            // After the workbook's default font (index 0, for cells without a style).
        let fonts = styles.matches(of: /<font>.*?<\/font>/).map { String($0.0) }.dropFirst()
            #expect(!fonts.isEmpty && fonts.allSatisfy { $0.contains("Times New Roman") }, "\(file): \(fonts)")
        }
        let content = try Self.part(Self.dir + "/consolidated-2018.ods", "content.xml")
        let cellStyles = content.matches(of: /<style:style style:name="ce\d+" style:family="table-cell".*?<\/style:style>|<style:style style:name="ce\d+" style:family="table-cell"[^>]*\/>/).map { String($0.0) }
        #expect(!cellStyles.isEmpty && cellStyles.allSatisfy { $0.contains("style:font-name=\"Times New Roman\"") }, "\(cellStyles.prefix(2))")
    }

    /// Without `place_name` the summary keeps a dotted place for the office to fill in.
    @Test func placeDateLineFallsBackToDots() throws {
        var settings = try CriteriaSchema.load(path: PackagePaths.root + "/Templates/schema-2018.xlsx").settings
        let vi = ConsolidationLabels(language: .vi), en = ConsolidationLabels(language: .en)
        #expect(ConsolidatedWorkbookWriter.placeDateLine(settings, vi) == "Cầu Giấy, ngày …… tháng …… năm 2018")
        #expect(ConsolidatedWorkbookWriter.placeDateLine(settings, en) == "Cầu Giấy, date …………… 2018")
        settings.placeName = nil
        #expect(ConsolidatedWorkbookWriter.placeDateLine(settings, vi) == "……………, ngày …… tháng …… năm 2018")
    }

    @Test func wrappedRowHeights() {
        #expect(RowHeight.fitting([("ngắn", 20)]) == nil)
        #expect(RowHeight.fitting([(String(repeating: "x", count: 50), 20)]) == 47.0)
        #expect(RowHeight.fitting([("a\nb", 20), ("c", 5)]) == 32.0)
    }
}
