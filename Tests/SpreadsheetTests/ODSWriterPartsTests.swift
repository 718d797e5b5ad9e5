import Foundation
import Testing
@testable import Spreadsheet

@Suite("ODS writer parts")
struct ODSWriterPartsTests {
    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    func dataStyle(_ code: String) -> String {
        var x = XMLBuffer()
        ODSNumberStyle(code: code)?.write(name: "N1", into: &x)
        return text(x.bytes)
    }

    @Test func manifestListsEveryPart() {
        #expect(text(ODSManifestPart(hasSettings: true).xml()) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
             <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
             <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
             <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
             <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>
            </manifest:manifest>

            """)
    }

    @Test func pageNumbersGoInTheFooterSizedFromTheMargins() {
        let print = PrintSetup(orientation: .landscape, margins: PageMargins(bottom: 0.6, footer: 0.3), pageNumbers: true)
        let xml = text(ODSStylesPart(fonts: ["Calibri"], pages: [print]).xml())
        // The body ends where XLSX's does: the page margin is the footer's, the footer fills the rest.
        #expect(xml.contains("fo:margin-bottom=\"0.3in\""))
        #expect(xml.contains("<style:footer-style><style:header-footer-properties fo:min-height=\"0.19999999999999998in\" fo:margin-top=\"0.1in\"/></style:footer-style>"))
        #expect(xml.contains("<style:footer><style:region-center><text:p><text:page-number>1</text:page-number></text:p></style:region-center></style:footer>"))
    }

    @Test func chartIsAnEmbeddedObjectDrawnFromTheCells() {
        let chart = BarChart(title: "Xếp hạng", categories: SheetRange(sheet: "Tổng hợp", range: CellRange("B7:B14")!),
                             series: [.init(name: "Tổng điểm", values: SheetRange(sheet: "Tổng hợp", range: CellRange("J7:J14")!))],
                             anchor: CellRange("B17:K33")!, valueLabels: "#,##0.00")
        let part = ODSChartPart(chart: chart, number: 1, size: (20, 8))
        #expect(text(part.frame(sheet: "Tổng hợp")) == "<draw:frame draw:z-index=\"0\" draw:name=\"Chart 1\" svg:width=\"20cm\" svg:height=\"8cm\" svg:x=\"0cm\" svg:y=\"0cm\""
            + " table:end-cell-address=\"'Tổng hợp'.K33\" table:end-x=\"0cm\" table:end-y=\"0cm\">"
            + "<draw:object draw:notify-on-update-of-ranges=\"'Tổng hợp'.B7:'Tổng hợp'.B14 'Tổng hợp'.J7:'Tổng hợp'.J14\""
            + " xlink:href=\"./Object 1\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/></draw:frame>")
        let content = text(part.content())
        #expect(content.contains("<chart:chart chart:class=\"chart:bar\""))
        // The value axis from 0, value labels on the bars, no legend for one series.
        #expect(content.contains("chart:minimum=\"0\""))
        #expect(content.contains("chart:data-label-number=\"value\""))
        #expect(content.contains("<number:number number:decimal-places=\"2\""))
        #expect(!content.contains("chart:legend"))
        #expect(content.contains("<chart:categories table:cell-range-address=\"'Tổng hợp'.B7:'Tổng hợp'.B14\"/>"))
        #expect(content.contains("chart:values-cell-range-address=\"'Tổng hợp'.J7:'Tổng hợp'.J14\""))
        let manifest = text(ODSManifestPart(hasSettings: false, charts: ["Object 1"]).xml())
        #expect(manifest.contains("<manifest:file-entry manifest:full-path=\"Object 1/\" manifest:version=\"1.3\" manifest:media-type=\"application/vnd.oasis.opendocument.chart\"/>"))
        #expect(manifest.contains("<manifest:file-entry manifest:full-path=\"Object 1/content.xml\" manifest:media-type=\"text/xml\"/>"))
    }

    @Test func stylesHoldPageLayouts() {
        let print = PrintSetup(orientation: .landscape, fitToWidth: true, margins: PageMargins(left: 0.5, right: 0.5))
        let xml = text(ODSStylesPart(fonts: ["Calibri"], pages: [print]).xml())
        #expect(xml.hasSuffix(cat("<office:automatic-styles><style:page-layout style:name=\"pm1\"><style:page-layout-properties fo:margin-top=\"0.75in\" fo:margin-bottom=\"0.75in\" fo:margin-left=\"0.7in\" fo:margin-right=\"0.7in\" style:writing-mode=\"lr-tb\"/></style:page-layout>",
              "<style:page-layout style:name=\"pm2\"><style:page-layout-properties fo:page-width=\"29.7cm\" fo:page-height=\"21cm\" style:print-orientation=\"landscape\" fo:margin-top=\"0.75in\" fo:margin-bottom=\"0.75in\" fo:margin-left=\"0.5in\" fo:margin-right=\"0.5in\" style:scale-to-X=\"1\" style:writing-mode=\"lr-tb\"/></style:page-layout>",
              "</office:automatic-styles><office:master-styles>",
              "<style:master-page style:name=\"Default\" style:page-layout-name=\"pm1\"><style:header style:display=\"false\"/><style:footer style:display=\"false\"/></style:master-page>",
              "<style:master-page style:name=\"Print1\" style:page-layout-name=\"pm2\"><style:header style:display=\"false\"/><style:footer style:display=\"false\"/></style:master-page>",
              "</office:master-styles></office:document-styles>")))
        #expect(xml.contains("<office:styles><style:default-style style:family=\"table-cell\"><style:text-properties style:font-name=\"Calibri\" fo:font-size=\"11pt\"/></style:default-style><style:style style:name=\"Default\" style:family=\"table-cell\"/></office:styles>"))
    }

    @Test func metaHasFixedTimestamps() {
        let xml = text(ODSMetaPart(properties: DocumentProperties(title: "Xếp hạng <2026>", author: "Phòng Nội vụ", company: "UBND"), sheetCount: 2).xml())
        #expect(xml == cat("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\"><office:meta>",
              "<meta:generator>thidua</meta:generator><dc:title>Xếp hạng &lt;2026&gt;</dc:title><meta:initial-creator>Phòng Nội vụ</meta:initial-creator><dc:creator>Phòng Nội vụ</dc:creator>",
              "<meta:creation-date>2000-01-01T00:00:00</meta:creation-date><dc:date>2000-01-01T00:00:00</dc:date><meta:document-statistic meta:table-count=\"2\"/>",
              "<meta:user-defined meta:name=\"Company\">UBND</meta:user-defined></office:meta></office:document-meta>"))
    }

    @Test func settingsFreezePanes() {
        let sheets = [ODSSettingsPart.Sheet(name: "Ẩn", frozen: nil, showGridLines: true),
                      ODSSettingsPart.Sheet(name: "Xếp hạng", frozen: FrozenPanes(rows: 3, columns: 2), showGridLines: false)]
        #expect(ODSSettingsPart.isNeeded(sheets: sheets, activeIndex: 0))
        #expect(!ODSSettingsPart.isNeeded(sheets: [sheets[0]], activeIndex: 0))
        let xml = text(ODSSettingsPart(sheets: sheets, activeSheet: "Xếp hạng").xml())
        #expect(xml.contains(cat("<config:config-item-map-entry config:name=\"Xếp hạng\"><config:config-item config:name=\"HorizontalSplitMode\" config:type=\"short\">2</config:config-item>",
              "<config:config-item config:name=\"VerticalSplitMode\" config:type=\"short\">2</config:config-item>",
              "<config:config-item config:name=\"HorizontalSplitPosition\" config:type=\"int\">2</config:config-item>",
              "<config:config-item config:name=\"VerticalSplitPosition\" config:type=\"int\">3</config:config-item>",
              "<config:config-item config:name=\"ActiveSplitRange\" config:type=\"short\">3</config:config-item>",
              "<config:config-item config:name=\"PositionLeft\" config:type=\"int\">0</config:config-item>",
              "<config:config-item config:name=\"PositionRight\" config:type=\"int\">2</config:config-item>",
              "<config:config-item config:name=\"PositionTop\" config:type=\"int\">0</config:config-item>",
              "<config:config-item config:name=\"PositionBottom\" config:type=\"int\">3</config:config-item>")))
        #expect(xml.contains("<config:config-item config:name=\"ShowGrid\" config:type=\"boolean\">false</config:config-item></config:config-item-map-entry></config:config-item-map-named><config:config-item config:name=\"ActiveTable\" config:type=\"string\">Xếp hạng</config:config-item>"))
    }

    @Test func dataStylesFromFormatCodes() {
        #expect(dataStyle("dd/mm/yyyy") == "<number:date-style style:name=\"N1\"><number:day number:style=\"long\"/><number:text>/</number:text><number:month number:style=\"long\"/><number:text>/</number:text><number:year number:style=\"long\"/></number:date-style>")
        #expect(dataStyle("dd/mm/yyyy hh:mm:ss") == "<number:date-style style:name=\"N1\"><number:day number:style=\"long\"/><number:text>/</number:text><number:month number:style=\"long\"/><number:text>/</number:text><number:year number:style=\"long\"/><number:text> </number:text><number:hours number:style=\"long\"/><number:text>:</number:text><number:minutes number:style=\"long\"/><number:text>:</number:text><number:seconds number:style=\"long\"/></number:date-style>")
        #expect(dataStyle("hh:mm:ss") == "<number:time-style style:name=\"N1\"><number:hours number:style=\"long\"/><number:text>:</number:text><number:minutes number:style=\"long\"/><number:text>:</number:text><number:seconds number:style=\"long\"/></number:time-style>")
        #expect(dataStyle("[h]:mm:ss") == "<number:time-style style:name=\"N1\" number:truncate-on-overflow=\"false\"><number:hours/><number:text>:</number:text><number:minutes number:style=\"long\"/><number:text>:</number:text><number:seconds number:style=\"long\"/></number:time-style>")
        #expect(dataStyle("0") == "<number:number-style style:name=\"N1\"><number:number number:decimal-places=\"0\" number:min-decimal-places=\"0\" number:min-integer-digits=\"1\"/></number:number-style>")
        #expect(dataStyle("#,##0.00") == "<number:number-style style:name=\"N1\"><number:number number:decimal-places=\"2\" number:min-decimal-places=\"2\" number:min-integer-digits=\"1\" number:grouping=\"true\"/></number:number-style>")
        #expect(dataStyle("0%") == "<number:percentage-style style:name=\"N1\"><number:number number:decimal-places=\"0\" number:min-decimal-places=\"0\" number:min-integer-digits=\"1\"/><number:text>%</number:text></number:percentage-style>")
        #expect(dataStyle("@") == "<number:text-style style:name=\"N1\"><number:text-content/></number:text-style>")
        #expect(dataStyle("0.00E+00") == "<number:number-style style:name=\"N1\"><number:scientific-number number:decimal-places=\"2\" number:min-integer-digits=\"1\" number:min-exponent-digits=\"2\"/></number:number-style>")
        #expect(dataStyle("#,##0 \"đ\";[Red]-#,##0") == "<number:number-style style:name=\"N1\"><number:number number:decimal-places=\"0\" number:min-decimal-places=\"0\" number:min-integer-digits=\"1\" number:grouping=\"true\"/><number:text> đ</number:text></number:number-style>")
        #expect(dataStyle("d mmmm yyyy") == "<number:date-style style:name=\"N1\"><number:day/><number:text> </number:text><number:month number:style=\"long\" number:textual=\"true\"/><number:text> </number:text><number:year number:style=\"long\"/></number:date-style>")
        #expect(ODSNumberStyle(code: "General") == nil)
        #expect(ODSNumberStyle(code: "\"chỉ chữ\"") == nil)
    }

    @Test func cellStyleProperties() {
        var x = XMLBuffer()
        let style = CellStyle(font: CellFont(name: "Times New Roman", size: 12, bold: true, italic: true, underline: true, color: RGBColor(0x1F4E78)),
                              fill: RGBColor(0xDDEBF7), borders: CellBorders(bottom: .medium),
                              alignment: CellAlignment(horizontal: .center, vertical: .center, wrapText: true, indent: 1), locked: false)
        ODSCellStyle.write(style, name: "ce1", dataStyle: "N2", into: &x)
        #expect(text(x.bytes) == cat("<style:style style:name=\"ce1\" style:family=\"table-cell\" style:parent-style-name=\"Default\" style:data-style-name=\"N2\">",
              "<style:table-cell-properties fo:background-color=\"#DDEBF7\" fo:border-left=\"none\" fo:border-right=\"none\" fo:border-top=\"none\" fo:border-bottom=\"1.76pt solid #000000\"",
              " style:text-align-source=\"fix\" fo:wrap-option=\"wrap\" style:vertical-align=\"middle\" style:cell-protect=\"none\" style:print-content=\"true\"/>",
              "<style:paragraph-properties fo:text-align=\"center\" fo:margin-left=\"0.556cm\"/>",
              "<style:text-properties style:font-name=\"Times New Roman\" fo:font-size=\"12pt\" fo:font-weight=\"bold\" fo:font-style=\"italic\" style:text-underline-style=\"solid\" style:text-underline-width=\"auto\" style:text-underline-color=\"font-color\" fo:color=\"#1F4E78\"/></style:style>"))
        var y = XMLBuffer()
        ODSCellStyle.write(CellStyle(numberFormat: "0"), name: "ce2", dataStyle: "N1", into: &y)
        #expect(text(y.bytes) == "<style:style style:name=\"ce2\" style:family=\"table-cell\" style:parent-style-name=\"Default\" style:data-style-name=\"N1\"/>")
    }

    @Test func validationConditions() {
        func condition(_ rule: DataValidation.Rule) -> String {
            ODSValidation(number: 1, sheet: "S", validation: DataValidation(range: CellRange("A1")!, rule: rule)).condition
        }
        #expect(condition(.list(["Tốt", "Khá \"B\""])) == "of:cell-content-is-in-list(\"Tốt\";\"Khá \"\"B\"\"\")")
        #expect(condition(.listRange("'Danh mục'!$A$1:$A$3")) == "of:cell-content-is-in-list(['Danh mục'.$A$1:.$A$3])")
        #expect(condition(.whole(.between(1, 10))) == "of:cell-content-is-whole-number() and cell-content-is-between(1,10)")
        #expect(condition(.decimal(.lessThanOrEqual(0.5))) == "of:cell-content-is-decimal-number() and cell-content()<=0.5")
        var plain = XMLBuffer()
        ODSValidation(number: 1, sheet: "S", validation: DataValidation(range: CellRange("B2")!, rule: .list(["Có"]), allowBlank: false)).write(into: &plain)
        // No message of its own: the program's standard alert still refuses bad input.
        #expect(text(plain.bytes) == cat("<table:content-validation table:name=\"val1\" table:condition=\"of:cell-content-is-in-list(&quot;Có&quot;)\" table:allow-empty-cell=\"false\"",
                                         " table:display-list=\"unsorted\" table:base-cell-address=\"'S'.B2\"><table:error-message table:message-type=\"stop\" table:display=\"true\"/></table:content-validation>"))
        var x = XMLBuffer()
        ODSValidation(number: 2, sheet: "Xếp hạng", validation: DataValidation(range: CellRange("C4:C11")!, rule: .decimal(.between(0, 100)),
                      input: .init(title: "Điểm", text: "Nhập điểm từ 0 đến 100."), error: .init(title: "Sai điểm", text: "Điểm phải là số."))).write(into: &x)
        #expect(text(x.bytes) == cat("<table:content-validation table:name=\"val2\" table:condition=\"of:cell-content-is-decimal-number() and cell-content-is-between(0,100)\" table:allow-empty-cell=\"true\" table:base-cell-address=\"'Xếp hạng'.C4\">",
              "<table:help-message table:title=\"Điểm\" table:display=\"true\"><text:p>Nhập điểm từ 0 đến 100.</text:p></table:help-message>",
              "<table:error-message table:message-type=\"stop\" table:title=\"Sai điểm\" table:display=\"true\"><text:p>Điểm phải là số.</text:p></table:error-message></table:content-validation>"))
    }

    @Test func namedRangesAndExpressions() {
        var x = XMLBuffer()
        ODSNamedExpressions.write([DefinedName(name: "TinhTrangNop", formula: "'Danh mục'!$A$1:$A$3"),
                                   DefinedName(name: "Tong", formula: "SUM('Xếp hạng'!C4:C11)"),
                                   DefinedName(name: "_xlnm.Print_Titles", formula: "'Xếp hạng'!$3:$3", localSheet: 0)],
                                  sheetNames: ["Xếp hạng", "Danh mục"], into: &x)
        #expect(text(x.bytes) == cat("<table:named-expressions><table:named-range table:name=\"TinhTrangNop\" table:base-cell-address=\"$'Xếp hạng'.$A$1\" table:cell-range-address=\"$'Danh mục'.$A$1:.$A$3\"/>",
              "<table:named-expression table:name=\"Tong\" table:base-cell-address=\"$'Xếp hạng'.$A$1\" table:expression=\"of:=SUM(['Xếp hạng'.C4:.C11])\"/></table:named-expressions>"))
    }

    @Test func protectionKeyMatchesLibreOffice() {
        // LibreOffice 7.4 writes this key for Excel's hash of "caugiay".
        #expect(ODSProtectionKey.excelLegacy(SheetProtection.legacyHash("caugiay")) == "IAY+MWH2/n2288WLny+P6ol1yI4=")
        #expect(ODSProtectionKey.base64(Array("ab".utf8)) == "YWI=")
        #expect(ODSProtectionKey.base64(SHA1.digest(Array("abc".utf8))) == "qZk+NkcGgWq6PiVxeFDCbJzQ2J0=")
    }

    @Test func tableStartHasColumnsAndProtection() {
        var automatic = ODSAutomaticStyles()
        let setup = SheetSetup(name: "A & B", columns: [ColumnFormat(1, width: 22), ColumnFormat(2, 4, width: 22, style: StyleHandle(2)),
                                                       ColumnFormat(7, hidden: true)],
                               protection: SheetProtection())
        let xml = text(ODSTableStart(setup: setup, tableStyle: 1).xml(automatic: &automatic))
        #expect(xml == cat("<table:table table:name=\"A &amp; B\" table:style-name=\"ta1\" table:protected=\"true\"><table:table-column/>",
                           "<table:table-column table:style-name=\"co1\"/>",
                           "<table:table-column table:style-name=\"co1\" table:number-columns-repeated=\"3\" table:default-cell-style-name=\"ce2\"/>",
                           "<table:table-column table:number-columns-repeated=\"2\"/><table:table-column table:visibility=\"collapse\"/>"))
        #expect(automatic.columnWidths == [4.207])
    }

    @Test func columnWidthsFollowExcel() {
        #expect(ODSLength.columnCentimetres(8.43) == 1.693)
        #expect(ODSLength.columnCentimetres(22) == 4.207)
    }
}
