import Testing
@testable import Spreadsheet

/// The ODS reader against files saved by LibreOffice and Gnumeric (`Fixtures/ods-reader/make.py`).
@Suite("ODS reader")
struct ODSReaderTests {
    static func open(_ name: String, limits: ReadLimits = .default) throws -> WorkbookReader {
        try WorkbookReader(path: Fixtures.path("ods-reader/" + name), options: ReadOptions(limits: limits))
    }

    static func value(_ sheet: SheetData, _ a1: String) -> CellValue? {
        sheet[CellReference(a1)!]?.value
    }

    static func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d) }

    @Test func listsSheetsWithHiddenStateAndNames() throws {
        let book = try Self.open("values.ods")
        #expect(book.format == .ods)
        #expect(book.sheets == [
            SheetInfo(name: "Giá trị", state: .visible, index: 0),
            SheetInfo(name: "Ẩn", state: .hidden, index: 1),
            SheetInfo(name: "Cuối", state: .visible, index: 2),
        ])
        #expect(book.definedNames == [
            DefinedName(name: "LocalCell", formula: "$Ẩn.$A$1", localSheet: 1),
            DefinedName(name: "DiemSo", formula: "$'Giá trị'.$A$2:.$C$2"),
            DefinedName(name: "TyLe", formula: "[$'Giá trị'.$B$2]*2"),
        ])
    }

    @Test func readsTypedValuesNotDisplayText() throws {
        let s = try Self.open("values.ods").loadSheet(0)
        #expect(Self.value(s, "A1") == .text("Phường"))
        #expect(Self.value(s, "B1") == .text("Điểm"))
        #expect(Self.value(s, "A2") == .number(1234.5))
        #expect(Self.value(s, "B2") == .number(0.125))
        #expect(Self.value(s, "C2") == .number(1_234_567))
        #expect(Self.value(s, "D2") == .date(Self.date(2024, 2, 29)))
        let stamp = CivilDateTime(date: Self.date(2018, 5, 17), time: TimeOfDay(hour: 8, minute: 30, second: 15.25))
        #expect(Self.value(s, "E2") == .dateTime(stamp))
        #expect(Self.value(s, "F2") == .duration(131_400))
        #expect(Self.value(s, "G2") == .boolean(true))
        #expect(Self.value(s, "H2") == .number(-0.0025))
        #expect(Self.value(s, "F3") == .boolean(false))
        #expect(Self.value(s, "G3") == .duration(-5400.5))
        // A time-value under 24 h shown with a time-of-day style is a time of day.
        #expect(Self.value(s, "H3") == .time(TimeOfDay(seconds: 45_000)))
    }

    @Test func readsTextParagraphsSpacesLinksAndSkipsAnnotations() throws {
        let s = try Self.open("values.ods").loadSheet(0)
        #expect(Self.value(s, "A3") == .text("Dòng một\nDòng hai"))
        #expect(Self.value(s, "B3") == .text("a   bcd"))
        #expect(Self.value(s, "C3") == .text("Có liên kết"))
    }

    @Test func keepsFormulasWithCachedValuesAndErrors() throws {
        let s = try Self.open("values.ods").loadSheet(0)
        let sum = try #require(s[CellReference("D3")!])
        #expect(sum.formula == "SUM([.A2:.A2])")
        #expect(sum.value == .number(1234.5))
        let div = try #require(s[CellReference("E3")!])
        #expect(div.formula == "1/0")
        #expect(div.value == .error("#DIV/0!"))
    }

    @Test func mapsDataStylesToFormatCodes() throws {
        let s = try Self.open("values.ods").loadSheet(0)
        func format(_ a1: String) -> String? { s[CellReference(a1)!]?.numberFormat }
        #expect(format("A2") == nil)
        #expect(format("B2") == "0.00%")
        #expect(format("C2") == "#,##0")  // from the column's default cell style
        #expect(format("D2") == "dd/mm/yyyy")  // data style in styles.xml
        #expect(format("E2") == "yyyy-mm-dd hh:mm:ss.00")
        #expect(format("F2") == "[h]:mm:ss")
        #expect(format("G2") == "BOOLEAN")
        #expect(format("H3") == "hh:mm:ss AM/PM")
    }

    @Test func mergesCoveredCellsRepeatsAndRowGroups() throws {
        let s = try Self.open("values.ods").loadSheet(0)
        #expect(s.mergedRanges == [CellRange("A4:B5")!])
        #expect(Self.value(s, "A4") == .text("Gộp"))
        // The covered cell's hidden content is data: read (LibreOffice kept it there).
        #expect(Self.value(s, "B4") == .text("ẩn dưới ô gộp"))
        #expect(Self.value(s, "C4") == .number(7))
        #expect(Self.value(s, "D4") == .number(7))
        #expect(Self.value(s, "E4") == .number(7))
        // Nested row groups count in order; covered cells hold their columns.
        #expect(s.rows.map(\.index) == [0, 1, 2, 3, 4, 8, 9, 10])
        #expect(s.rows[4].cells.map(\.column) == [3])
        #expect(Self.value(s, "D5") == .text("nhóm lồng"))
        #expect(Self.value(s, "C9") == .text("lặp"))
        #expect(Self.value(s, "C10") == .text("lặp"))
        #expect(Self.value(s, "A11") == .number(42))
        #expect(s.rows.allSatisfy { !$0.cells.isEmpty })
    }

    @Test func readsEverySheetInOrderFromOneParkedParser() throws {
        let book = try Self.open("values.ods")
        var counts: [Int] = []
        for i in book.sheets.indices {
            let reader = try book.rows(sheet: i)
            var n = 0
            while try reader.nextRow() != nil { n += 1 }
            counts.append(n)
        }
        #expect(counts == [8, 1, 1])
        #expect(try book.loadSheet(1).rows == [Row(index: 0, cells: [Cell(column: 0, value: .text("bí mật"))])])
        let currency = Cell(column: 1, value: .number(-1_500_000), numberFormat: "#,##0 \"₫\";-#,##0 \"₫\"")
        #expect(try book.loadSheet(2).rows == [Row(index: 0, cells: [Cell(column: 0, value: .number(3)), currency])])
        // Out of order and again from the start.
        #expect(try book.loadSheet(0).rows.count == 8)
    }

    @Test func readsTheSameSheetAgain() throws {
        let book = try Self.open("values.ods")
        for sheet in [2, 2, 0, 0, 1, 2, 1] {
            #expect(try book.loadSheet(sheet).rows.count == [8, 1, 1][sheet])
        }
    }

    @Test(arguments: [1, 7, 100, 1000])
    func tinyParseStepsGiveTheSameRows(_ chunk: Int) throws {
        let path = Fixtures.path("ods-reader/values.ods")
        let zip = try ZipArchive(source: FileByteSource(path: path, limits: .default), fileName: "values.ods", limits: .default)
        let book = try ODSWorkbook(zip: zip, fileName: "values.ods", options: ReadOptions(), chunkSize: chunk)
        let expected = try Self.open("values.ods")
        for sheet in [0, 1, 2, 2, 0, 2] {
            let producer = try book.rowProducer(sheet: sheet)
            var rows: [Row] = []
            while let row = try producer.next() { rows.append(row) }
            let reference = try expected.loadSheet(sheet)
            #expect(rows == reference.rows, "sheet \(sheet)")
            #expect(producer.mergedRanges == reference.mergedRanges)
        }
    }

    @Test func abandonedReaderDoesNotDisturbTheNext() throws {
        let book = try Self.open("values.ods")
        let first = try book.rows(sheet: 0)
        #expect(try first.nextRow()?.index == 0)
        let last = try book.loadSheet(2)
        #expect(last.rows.count == 1)
        // The first reader still continues where it was.
        #expect(try first.nextRow()?.index == 1)
    }

    @Test func textConstructsRepeatsAndStringValues() throws {
        let s = try Self.open("text-and-repeats.ods").loadSheet(0)
        #expect(Self.value(s, "B3") == .text("a   b\tc\nd e"))
        // A non-empty row repeated three times, its first cell repeated twice.
        for row in 12...14 {
            let r = try #require(s.rows.first { $0.index == row - 1 })
            #expect(r.cells.map(\.column) == [0, 1])
            #expect(r.cells.map(\.value) == [.number(5), .number(5)])
        }
        #expect(s.mergedRanges.contains(CellRange("C12:D12")!))
        #expect(s.mergedRanges.contains(CellRange("C14:D14")!))
        #expect(Self.value(s, "A15") == .text("từ thuộc tính"))
        #expect(Self.value(s, "B15") == .text("không kiểu"))
        #expect(s[CellReference("C15")!]?.formula == "msoxl:=A1")
    }

    @Test func readsGnumericOutput() throws {
        let book = try Self.open("gnumeric.ods")
        #expect(book.sheets.map(\.name) == ["Phường", "Ẩn"])
        #expect(book.sheets.map(\.state) == [.visible, .hidden])
        let s = try book.loadSheet(0)
        let morning = CivilDateTime(date: Self.date(2024, 1, 2), time: TimeOfDay(hour: 6, minute: 0))
        let expected: [[CellValue]] = [
            [.text("Tên"), .text("Số"), .text("Ngày"), .text("Đúng")],
            [.text("Dịch Vọng"), .number(12.5), .date(Self.date(2023, 12, 31)), .boolean(true)],
            [.text("Mai Dịch"), .number(3), .dateTime(morning), .boolean(false)],
            [.number(15.5)],
            [.text("gộp")],
        ]
        let actual: [[CellValue]] = s.rows.map { $0.cells.map(\.value) }
        #expect(actual == expected)
        #expect(s[CellReference("B4")!]?.formula == "[.B2]+[.B3]")
        #expect(s.mergedRanges == [CellRange("A6:C6")!])
        #expect(try book.loadSheet(1).rows.first?.cells.first?.value == .text("x"))
    }

    @Test func readsOdfpyOutput() throws {
        let book = try Self.open("odfpy.ods")
        #expect(book.sheets.map(\.state) == [.visible, .hidden])
        let s = try book.loadSheet(0)
        let morning = CivilDateTime(date: Self.date(2019, 9, 2), time: TimeOfDay(hour: 7, minute: 30))
        let first: [CellValue] = [.number(2.5), .dateTime(morning), .duration(360_000), .text("Hai  cách\ndòng")]
        #expect(s.rows.first?.cells.map(\.value) == first)
        #expect(s.rows.map(\.index) == [0, 1, 2])
        #expect(s.rows[1].cells == [Cell(column: 3, value: .boolean(true))])
        #expect(s.rows[2].cells == [Cell(column: 3, value: .boolean(true))])
        #expect(s.mergedRanges == [CellRange("D2:E2")!, CellRange("D3:E3")!])
        #expect(try book.loadSheet(1).rows.isEmpty)
    }

    @Test func acceptsTemplatesAndPackagesWithoutMimetype() throws {
        for name in ["template.ots", "no-mimetype.ods"] {
            let book = try Self.open(name)
            #expect(book.format == .ods)
            #expect(try book.loadSheet(0).rows.count == 8)
        }
    }

    @Test func trailingEmptyRepeatsCostNothing() throws {
        let s = try Self.open("hostile-trailing.ods").loadSheet(0)
        #expect(s.rows.count == 8)
    }
}

/// The opening skim of content.xml must agree with the full libxml2 scan.
@Suite("ODS opening scan")
struct ODSOutlineTests {
    static func workbook(_ name: String, skim: Bool) throws -> ODSWorkbook {
        let path = Fixtures.path("ods-reader/" + name)
        let zip = try ZipArchive(source: FileByteSource(path: path, limits: .default), fileName: name, limits: .default)
        return try ODSWorkbook(zip: zip, fileName: name, options: ReadOptions(), skim: skim)
    }

    @Test(arguments: ["values.ods", "gnumeric.ods", "text-and-repeats.ods", "template.ots", "no-mimetype.ods",
                      "skim-entities.ods", "skim-fallback.ods", "hostile-trailing.ods", "hostile-repeat.ods",
                      "odfpy.ods", "hostile-beyond-columns.ods"])
    func skimAgreesWithFullScan(_ name: String) throws {
        let fast = try Self.workbook(name, skim: true)
        let full = try Self.workbook(name, skim: false)
        #expect(fast.sheets == full.sheets)
        #expect(fast.definedNames == full.definedNames)
        // The skim keeps a small content for the rows; the full scan leaves them to a second inflate.
        #expect(fast.keepsContent == (name != "skim-fallback.ods"))
        #expect(!full.keepsContent)
        for i in fast.sheets.indices {
            #expect(try rows(fast, i) == rows(full, i), "\(name) sheet \(i)")
        }
    }

    /// The sheet's rows, then the error that ended them if one did (code and line).
    private func rows(_ book: ODSWorkbook, _ sheet: Int) throws -> [String] {
        let producer = try book.rowProducer(sheet: sheet)
        var out: [String] = []
        do {
            while let row = try producer.next() { out.append("\(row)") }
        } catch let e as SpreadsheetError {
            out.append("\(e.code) line \(e.location.line ?? -1)")
        }
        return out
    }

    @Test(arguments: [16, 61, 200, 4096])
    func skimSurvivesAnyWindowSize(_ size: Int) throws {
        for name in ["values.ods", "skim-entities.ods", "odfpy.ods", "gnumeric.ods"] {
            let path = Fixtures.path("ods-reader/" + name)
            let zip = try ZipArchive(source: FileByteSource(path: path, limits: .default), fileName: name, limits: .default)
            let content = try #require(zip.entry(named: "content.xml"))
            let skimmer = try ODSContentSkimmer(zip: zip, entry: content, styles: ODSStyleSheet(), limits: .default,
                                                bufferSize: size)
            #expect(try skimmer.run(), "\(name)")
            let full = try ODSOutline.scan(zip: zip, content: content, styles: ODSStyleSheet(), limits: .default,
                                           fileName: name, skim: false)
            // The bytes kept for the row read are the part's, whatever the window.
            #expect(skimmer.kept == (try zip.read(content, maxSize: 1 << 20)), "\(name)")
            #expect(skimmer.tables.map(\.name) == full.tables.map(\.name), "\(name)")
            #expect(skimmer.tables.map(\.style) == full.tables.map(\.style), "\(name)")
            #expect(skimmer.definedNames == full.definedNames, "\(name)")
            // The automatic styles reached libxml2 across refills.
            #expect(skimmer.styles.hiddenTableStyles == full.styles.hiddenTableStyles, "\(name)")
            let names = full.styles.cellStyleNames.sorted()
            #expect(skimmer.styles.cellStyleNames.sorted() == names, "\(name)")
            #expect(names.map { skimmer.styles.formatCode(cellStyle: $0) } == names.map { full.styles.formatCode(cellStyle: $0) })
        }
    }

    @Test func decodesReferencesInNames() throws {
        let book = try Self.workbook("skim-entities.ods", skim: true)
        #expect(book.sheets.map(\.name) == ["Giá trị", "Ẩn", "Cuối & Hết \"A\""])
    }

    @Test func leavesCommentsAndInnerNamespacesToTheParser() throws {
        let book = try Self.workbook("skim-fallback.ods", skim: true)
        #expect(book.sheets.map(\.name) == ["Giá trị", "Ẩn", "Cuối"])
        let s = try ODSReaderTests.open("skim-fallback.ods").loadSheet(0)
        #expect(s.rows.count == 8)
    }
}

extension ODSOutlineTests {
    @Test func ampersandsInAttributesSurviveLibxml2() throws {
        let full = try Self.workbook("skim-entities.ods", skim: false)
        #expect(full.sheets[2].name == "Cuối & Hết \"A\"")
        let s = try ODSReaderTests.open("skim-entities.ods").loadSheet(0)
        #expect(s[CellReference("E3")!]?.formula == "\"a\"&\"&b\"")
    }
}
