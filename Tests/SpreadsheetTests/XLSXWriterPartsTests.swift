import Testing
@testable import Spreadsheet

/// The exact XML of each part for small inputs.
@Suite("XLSX writer parts")
struct XLSXWriterPartsTests {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
    static let rel = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

    func string(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func contentTypes() {
        let xml = string(ContentTypesPart(sheetCount: 2, drawingCount: 1, chartCount: 1).xml())
        #expect(xml == Self.declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/drawings/drawing1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawing+xml\"/>"
            + "<Override PartName=\"/xl/charts/chart1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
            + "</Types>")
    }

    @Test func relationships() {
        #expect(string(RelationshipsPart.root().xml()) == Self.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>")
        #expect(string(RelationshipsPart.workbook(sheetCount: 1).xml()) == Self.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "</Relationships>")
    }

    @Test func workbook() {
        let part = WorkbookPart(
            sheets: [.init(name: "Danh mục", state: .hidden), .init(name: "Xếp hạng", state: .visible),
                     .init(name: "A&B", state: .veryHidden)],
            definedNames: [DefinedName(name: "_xlnm.Print_Titles", formula: "'Xếp hạng'!$3:$3", localSheet: 1),
                           DefinedName(name: "DanhSach", formula: "'Danh mục'!$A$1:$A$3")],
            needsRecalculation: true)
        #expect(string(part.xml()) == Self.declaration
            + "<workbook \(Self.main) \(Self.rel)><workbookPr/>"
            + "<bookViews><workbookView xWindow=\"240\" yWindow=\"15\" windowWidth=\"16095\" windowHeight=\"9660\" firstSheet=\"1\" activeTab=\"1\"/></bookViews>"
            + "<sheets><sheet name=\"Danh mục\" sheetId=\"1\" state=\"hidden\" r:id=\"rId1\"/>"
            + "<sheet name=\"Xếp hạng\" sheetId=\"2\" r:id=\"rId2\"/>"
            + "<sheet name=\"A&amp;B\" sheetId=\"3\" state=\"veryHidden\" r:id=\"rId3\"/></sheets>"
            + "<definedNames><definedName name=\"DanhSach\">'Danh mục'!$A$1:$A$3</definedName>"
            + "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">'Xếp hạng'!$3:$3</definedName></definedNames>"
            + "<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>")
    }

    @Test func sharedStrings() {
        var sst = SharedStringsPart()
        #expect(sst.index(of: "Phường") == 0)
        #expect(sst.index(of: " lề") == 1)
        #expect(sst.index(of: "Phường") == 0)
        #expect(sst.index(of: "a<b>&\u{1}_x0041_\r") == 2)
        #expect(string(sst.xml()) == Self.declaration
            + "<sst \(Self.main) count=\"4\" uniqueCount=\"3\">"
            + "<si><t>Phường</t></si><si><t xml:space=\"preserve\"> lề</t></si>"
            + "<si><t xml:space=\"preserve\">a&lt;b&gt;&amp;_x0001__x005F_x0041__x000D_</t></si></sst>")
    }

    @Test func sharedStringsSpanManyBlocks() {
        // About 3 MB of distinct texts over several 1 MiB blocks, with one of the longest texts a cell holds.
        var sst = SharedStringsPart()
        var expected = ""
        let long = String(repeating: "Đ", count: 32_767)
        for i in 0..<100_000 {
            let text = i == 50_000 ? long : "Hồ sơ số \(i) của phường"
            #expect(sst.index(of: text) == i)
            expected += "<si><t>" + text + "</t></si>"
        }
        #expect(sst.index(of: "Hồ sơ số 99999 của phường") == 99_999)
        #expect(sst.index(of: long) == 50_000)
        let xml = string(sst.xml())
        #expect(xml == Self.declaration + "<sst \(Self.main) count=\"100002\" uniqueCount=\"100000\">" + expected + "</sst>")
    }

    @Test func styles() {
        var table = StyleTable()
        let bold = table.register(CellStyle(font: CellFont(bold: true, color: RGBColor(0xFF0000)), fill: RGBColor(0xDDEBF7),
                                            borders: .all(.thin), alignment: CellAlignment(horizontal: .center, wrapText: true)))
        let input = table.register(CellStyle(numberFormat: "0.00", locked: false))
        _ = table.resolve(nil, for: .date(CivilDate(year: 2026, month: 1, day: 1)))
        _ = table.resolve(input, for: .duration(60))
        #expect(bold.index == 1 && input.index == 2)
        #expect(string(StylesPart(styles: table.styles).xml()) == Self.declaration
            + "<styleSheet \(Self.main)>"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><color rgb=\"FFFF0000\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDEBF7\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left style=\"thin\"><color indexed=\"64\"/></left><right style=\"thin\"><color indexed=\"64\"/></right>"
            + "<top style=\"thin\"><color indexed=\"64\"/></top><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyProtection=\"1\"><protection locked=\"0\"/></xf>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium2\" defaultPivotStyle=\"PivotStyleLight16\"/></styleSheet>")
    }

    @Test func worksheetWithEveryFeature() throws {
        let setup = SheetSetup(
            name: "Xếp hạng", columns: [ColumnFormat(0, width: 6), ColumnFormat(1, 3, width: 20, hidden: true)],
            defaultRowHeight: 18, frozen: FrozenPanes(rows: 1),
            print: PrintSetup(orientation: .landscape, fitToWidth: true, repeatedRows: 0...0),
            protection: SheetProtection(password: "password", allowAutoFilter: true))
        let finish = SheetFinish(
            mergedRanges: [CellRange("A1:C1")!], autoFilter: CellRange("A2:C5")!,
            validations: [
                DataValidation(range: CellRange("C3:C5")!, rule: .whole(.between(0, 100)),
                               input: .init(title: "Điểm", text: "Từ 0 đến 100"), error: .init(title: "Sai", text: "Nhập lại")),
                DataValidation(ranges: [CellRange("B3:B5")!, CellRange("D3")!], rule: .list(["Có", "Không"]), allowBlank: false),
                DataValidation(range: CellRange("E3")!, rule: .decimal(.greaterThanOrEqual(0.5))),
            ],
            charts: [])
        let part = WorksheetPart(setup: setup, finish: finish, dimension: CellRange("A1:C5"), selected: true, drawingRelationship: 1)
        #expect(string(part.header()) == Self.declaration
            + "<worksheet \(Self.main) \(Self.rel)><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1:C5\"/>"
            + "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
            + "<sheetFormatPr defaultRowHeight=\"18\" customHeight=\"1\"/>"
            + "<cols><col min=\"1\" max=\"1\" width=\"6.7109375\" customWidth=\"1\"/><col min=\"2\" max=\"4\" width=\"20.7109375\" hidden=\"1\" customWidth=\"1\"/></cols>"
            + "<sheetData>")
        #expect(string(part.footer()) == "</sheetData>"
            + "<sheetProtection password=\"83AF\" sheet=\"1\" objects=\"1\" scenarios=\"1\" autoFilter=\"0\"/>"
            + "<autoFilter ref=\"A2:C5\"/><mergeCells count=\"1\"><mergeCell ref=\"A1:C1\"/></mergeCells>"
            + "<dataValidations count=\"3\">"
            + "<dataValidation type=\"whole\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" errorTitle=\"Sai\" error=\"Nhập lại\" promptTitle=\"Điểm\" prompt=\"Từ 0 đến 100\" sqref=\"C3:C5\"><formula1>0</formula1><formula2>100</formula2></dataValidation>"
            + "<dataValidation type=\"list\" showInputMessage=\"1\" showErrorMessage=\"1\" sqref=\"B3:B5 D3\"><formula1>\"Có,Không\"</formula1></dataValidation>"
            + "<dataValidation type=\"decimal\" operator=\"greaterThanOrEqual\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" sqref=\"E3\"><formula1>0.5</formula1></dataValidation>"
            + "</dataValidations>"
            + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
            + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
            + "<drawing r:id=\"rId1\"/></worksheet>")
    }

    @Test func worksheetMinimal() {
        let part = WorksheetPart(setup: SheetSetup(name: "S", frozen: FrozenPanes(rows: 2, columns: 1)), finish: SheetFinish(),
                                 dimension: nil, selected: false, drawingRelationship: nil)
        #expect(string(part.header()) == Self.declaration
            + "<worksheet \(Self.main) \(Self.rel)><dimension ref=\"A1\"/>"
            + "<sheetViews><sheetView workbookViewId=\"0\"><pane xSplit=\"1\" ySplit=\"2\" topLeftCell=\"B3\" activePane=\"bottomRight\" state=\"frozen\"/>"
            + "<selection pane=\"topRight\"/><selection pane=\"bottomLeft\"/><selection pane=\"bottomRight\" activeCell=\"B3\" sqref=\"B3\"/></sheetView></sheetViews>"
            + "<sheetFormatPr defaultRowHeight=\"15\"/><sheetData>")
        #expect(string(part.footer()) == "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>")
    }

    @Test func inlineListQuotesAreDoubled() {
        var x = XMLBuffer()
        DataValidationXML.write(DataValidation(range: CellRange("A1:A3")!, rule: .list(["Đạt \"tốt\"", "Chưa <đạt>"])), into: &x)
        #expect(string(x.bytes) == "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" sqref=\"A1:A3\">"
            + "<formula1>\"Đạt \"\"tốt\"\",Chưa &lt;đạt&gt;\"</formula1></dataValidation>")
    }

    @Test func drawing() {
        #expect(string(DrawingPart(anchors: [CellRange("E2:J16")!]).xml()) == Self.declaration
            + "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
            + "<xdr:twoCellAnchor editAs=\"oneCell\">"
            + "<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
            + "<xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"
            + "<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"2\" name=\"Chart 1\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>"
            + "<xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
            + "<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" \(Self.rel) r:id=\"rId1\"/>"
            + "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>")
    }

    @Test func chart() {
        let chart = BarChart(title: "Điểm", categories: SheetRange(sheet: "Xếp hạng", range: CellRange("B2:B9")!),
                             series: [.init(name: "Điểm", values: SheetRange(sheet: "Xếp hạng", range: CellRange("C2:C9")!))],
                             anchor: CellRange("E2:J16")!, valueLabels: "#,##0.00")
        #expect(string(ChartPart(chart: chart, number: 0).xml()) == Self.declaration
            + "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" \(Self.rel)>"
            + "<c:roundedCorners val=\"0\"/><c:chart>"
            + "<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr><a:r><a:t>Điểm</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>"
            + "<c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>"
            + "<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>"
            + "<c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:tx><c:v>Điểm</c:v></c:tx>"
            + "<c:spPr><a:solidFill><a:srgbClr val=\"4472C4\"/></a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/>"
            + "<c:dLbls><c:numFmt formatCode=\"#,##0.00\" sourceLinked=\"0\"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:dLblPos val=\"outEnd\"/>"
            + "<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>"
            + "<c:cat><c:strRef><c:f>'Xếp hạng'!$B$2:$B$9</c:f></c:strRef></c:cat>"
            + "<c:val><c:numRef><c:f>'Xếp hạng'!$C$2:$C$9</c:f></c:numRef></c:val></c:ser>"
            + "<c:gapWidth val=\"150\"/><c:axId val=\"50010000\"/><c:axId val=\"50010001\"/></c:barChart>"
            + "<c:catAx><c:axId val=\"50010000\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/>"
            + "<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
            + "<c:crossAx val=\"50010001\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>"
            + "<c:valAx><c:axId val=\"50010001\"/><c:scaling><c:orientation val=\"minMax\"/><c:min val=\"0\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/><c:majorGridlines/>"
            + "<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
            + "<c:crossAx val=\"50010000\"/><c:crosses val=\"max\"/><c:crossBetween val=\"between\"/></c:valAx></c:plotArea>"
            + "<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>")
        // Two series need a legend to tell them apart; one does not.
        var two = chart
        two.series.append(.init(name: "Thưởng", values: SheetRange(sheet: "Xếp hạng", range: CellRange("D2:D9")!)))
        #expect(string(ChartPart(chart: two, number: 0).xml()).contains("<c:legend><c:legendPos val=\"b\"/>"))
    }

    @Test func docProps() {
        let core = DocPropsCorePart(properties: DocumentProperties(title: "Báo cáo", author: "Phòng Nội vụ"))
        #expect(string(core.xml()) == Self.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>Báo cáo</dc:title><dc:creator>Phòng Nội vụ</dc:creator><cp:lastModifiedBy>Phòng Nội vụ</cp:lastModifiedBy>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>")
        let app = string(DocPropsAppPart(sheetNames: ["A"], company: nil).xml())
        #expect(app.contains("<vt:i4>1</vt:i4>") && app.contains("<vt:vector size=\"1\" baseType=\"lpstr\"><vt:lpstr>A</vt:lpstr></vt:vector>"))
    }
}
