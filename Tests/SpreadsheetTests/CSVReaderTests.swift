import Foundation
import Testing
import Spreadsheet

@Suite struct CSVReaderTests {
    @Test func plainCommaFile() throws {
        let rows = try readCSVRows("Phường,Điểm,Ghi chú\nDịch Vọng,95.5,tốt\nMai Dịch,88,\n")
        #expect(rows.count == 3)
        #expect(rows.map(\.index) == [0, 1, 2])
        #expect(values(rows[0]) == [.text("Phường"), .text("Điểm"), .text("Ghi chú")])
        #expect(values(rows[1]) == [.text("Dịch Vọng"), .number(95.5), .text("tốt")])
        // The trailing empty field makes no cell.
        #expect(rows[2].cells == [Cell(column: 0, value: .text("Mai Dịch")), Cell(column: 1, value: .number(88))])
    }

    @Test func workbookShape() throws {
        let book = try WorkbookReader(bytes: Array("a,b\n".utf8), fileName: "/uploads/2024/phuong Yen Hoa.csv")
        #expect(book.format == .csv)
        #expect(book.sheets == [SheetInfo(name: "phuong Yen Hoa", state: .visible, index: 0)])
        #expect(book.definedNames.isEmpty)
        #expect(try book.rows(sheet: 0).mergedRanges.isEmpty)
        let windows = try WorkbookReader(bytes: Array("a\n".utf8), fileName: #"C:\Users\cb\bao cao.txt"#)
        #expect(windows.sheets.map(\.name) == ["bao cao"])
    }

    @Test func utf8WithAndWithoutBOM() throws {
        let text = "Tên,Điểm\r\nNguyễn Thị Ánh,9\r\n"
        for bytes in [Array(text.utf8), [0xEF, 0xBB, 0xBF] + Array(text.utf8)] {
            let rows = try readCSVRows(bytes)
            #expect(rows.count == 2)
            #expect(values(rows[0]) == [.text("Tên"), .text("Điểm")])
            #expect(values(rows[1]) == [.text("Nguyễn Thị Ánh"), .number(9)])
        }
    }

    @Test func utf16LittleEndianTabFile() throws {
        // Excel's "Unicode text": UTF-16 LE with BOM, tab-delimited; 😀 needs a surrogate pair.
        let text = "Tên\tĐiểm\tBiểu tượng\r\nPhạm Văn Đồng\t7.25\t😀\r\n"
        let rows = try readCSVRows(utf16Bytes(text, bigEndian: false), fileName: "unicode.txt")
        #expect(rows.count == 2)
        #expect(values(rows[0]) == [.text("Tên"), .text("Điểm"), .text("Biểu tượng")])
        #expect(values(rows[1]) == [.text("Phạm Văn Đồng"), .number(7.25), .text("😀")])
    }

    @Test func utf16BigEndian() throws {
        let rows = try readCSVRows(utf16Bytes("a;b\nđ;1\n", bigEndian: true))
        #expect(rows.map(values) == [[.text("a"), .text("b")], [.text("đ"), .number(1)]])
    }

    @Test func utf16SpanningChunks() throws {
        // Odd-length text pushes surrogate pairs and multi-byte characters across 64 KiB chunks.
        var text = "x"
        for i in 0..<6000 { text += "\(i)\tỞ 😀 ư\r\n" }
        let rows = try readCSVRows(utf16Bytes(text, bigEndian: false))
        #expect(rows.count == 6000)
        #expect(values(rows[0]) == [.text("x0"), .text("Ở 😀 ư")])
        for (i, row) in rows.enumerated().dropFirst() {
            #expect(values(row) == [.number(Double(i)), .text("Ở 😀 ư")])
        }
    }

    @Test func semicolonDetectedWithDecimalCommas() throws {
        // Vietnamese-locale Excel: `;` separates, `,` is the decimal mark (so the values stay text).
        let rows = try readCSVRows("Phường;Điểm;Tỷ lệ\nDịch Vọng;1,5;12,5%\nMai Dịch;2,25;7,5%\n")
        #expect(rows.map(values) == [
            [.text("Phường"), .text("Điểm"), .text("Tỷ lệ")],
            [.text("Dịch Vọng"), .text("1,5"), .text("12,5%")],
            [.text("Mai Dịch"), .text("2,25"), .text("7,5%")],
        ])
        // Without a header the commas agree as often as the semicolons: `;` still wins.
        let bare = try readCSVRows("1,5;2,5\n3,5;4,5\n")
        #expect(values(bare[0]) == [.text("1,5"), .text("2,5")])
    }

    @Test func detectionIgnoresQuotedDelimitersAndTitleLines() throws {
        let text = "Báo cáo thi đua\n\"Nguyễn, Văn A\";\"x;y\";3\nB;c;4\nD;e;5\n"
        let rows = try readCSVRows(text)
        #expect(values(rows[0]) == [.text("Báo cáo thi đua")])
        #expect(values(rows[1]) == [.text("Nguyễn, Văn A"), .text("x;y"), .number(3)])
        #expect(values(rows[3]) == [.text("D"), .text("e"), .number(5)])
        let tabs = try readCSVRows("a\tb,c\td\n1\t2,5\t3\n")
        #expect(values(tabs[1]) == [.number(1), .text("2,5"), .number(3)])
        let single = try readCSVRows("chỉ một cột\n42\n")
        #expect(single.map(values) == [[.text("chỉ một cột")], [.number(42)]])
    }

    @Test func delimiterOption() throws {
        let rows = try readCSVRows("a;b,c\n", options: ReadOptions(csvDelimiter: UInt8(ascii: ",")))
        #expect(values(rows[0]) == [.text("a;b"), .text("c")])
        let bad = spreadsheetError { _ = try readCSVRows("a\n", options: ReadOptions(csvDelimiter: UInt8(ascii: "\""))) }
        #expect(bad?.code == .csvDelimiter)
    }

    @Test func quotedFields() throws {
        let text = "\"a,b\",\"say \"\"hi\"\"\",\"line1\nline2\",\"cr\rcrlf\r\nend\",\"\"\r\nnext,\"7\"\n"
        let rows = try readCSVRows(text)
        #expect(rows.count == 2)
        #expect(values(rows[0]) == [.text("a,b"), .text("say \"hi\""), .text("line1\nline2"), .text("cr\rcrlf\r\nend")])
        // Line breaks inside quotes do not start rows; a quoted number is still a number.
        #expect(rows[1].index == 1)
        #expect(values(rows[1]) == [.text("next"), .number(7)])
    }

    @Test func quotesInsideUnquotedFieldsAreLiteral() throws {
        let rows = try readCSVRows("màn hình 5\" rộng,a\"b\"\n\"ab\"c,d\n")
        #expect(values(rows[0]) == [.text("màn hình 5\" rộng"), .text("a\"b\"")])
        #expect(values(rows[1]) == [.text("abc"), .text("d")])
    }

    @Test func lineEndings() throws {
        let expected: [[CellValue]] = [[.text("a"), .number(1)], [.text("b"), .number(2)], [.text("c"), .number(3)]]
        for ending in ["\n", "\r\n", "\r"] {
            let text = ["a,1", "b,2", "c,3"].joined(separator: ending)
            #expect(try readCSVRows(text).map(values) == expected)
            #expect(try readCSVRows(text + ending).map(values) == expected)
        }
    }

    @Test func emptyLinesAdvanceTheRowIndex() throws {
        let rows = try readCSVRows("a\n\nb\r\n\r\n,,\n\"\"\nc")
        #expect(rows.map(\.index) == [0, 2, 6])
        #expect(rows.map(values) == [[.text("a")], [.text("b")], [.text("c")]])
        #expect(try readCSVRows("\n\n\n").isEmpty)
        #expect(try readCSVRows([0xEF, 0xBB, 0xBF]).isEmpty)
    }

    @Test func cellTyping() throws {
        let fields: [(String, CellValue)] = [
            ("00157", .text("00157")),
            ("0", .number(0)),
            ("-0", .number(-0.0)),
            ("42", .number(42)),
            ("-3.25", .number(-3.25)),
            ("1e3", .number(1000)),
            ("1.5E-2", .number(0.015)),
            ("+5", .text("+5")),
            (".5", .text(".5")),
            ("1.", .text("1.")),
            ("1.234,5", .text("1.234,5")),
            ("12%", .text("12%")),
            ("NaN", .text("NaN")),
            ("inf", .text("inf")),
            ("1e400", .text("1e400")),
            ("2024-01-15", .date(date(2024, 1, 15))),
            ("2024-02-29", .date(date(2024, 2, 29))),
            ("2023-02-29", .text("2023-02-29")),
            ("2024-1-15", .text("2024-1-15")),
            ("15/01/2024", .text("15/01/2024")),
            ("2024-01-15T08:30:05", .dateTime(CivilDateTime(date: date(2024, 1, 15), time: TimeOfDay(hour: 8, minute: 30, second: 5)))),
            ("2024-01-15T08:30:05.250", .dateTime(CivilDateTime(date: date(2024, 1, 15), time: TimeOfDay(hour: 8, minute: 30, second: 5.25)))),
            ("2024-01-15T24:00:00", .text("2024-01-15T24:00:00")),
            ("2024-01-15T08:30", .text("2024-01-15T08:30")),
            ("2024-01-15 08:30:05", .text("2024-01-15 08:30:05")),
            ("08:30:00", .text("08:30:00")),
            ("TRUE", .boolean(true)),
            ("FALSE", .boolean(false)),
            ("true", .text("true")),
            ("Đúng", .text("Đúng")),
            ("#N/A", .text("#N/A")),
            (" 5", .text(" 5")),
        ]
        let text = fields.map(\.0).joined(separator: "\n")
        let rows = try readCSVRows(text, options: ReadOptions(csvDelimiter: UInt8(ascii: "\t")))
        #expect(rows.count == fields.count)
        for (row, (field, expected)) in zip(rows, fields) {
            #expect(row.cells == [Cell(column: 0, value: expected)], "field \(field)")
        }
        // -0 keeps its sign.
        if case .number(let zero) = rows[2].cells[0].value { #expect(zero.sign == .minus) }
    }

    @Test func unterminatedQuoteNamesItsLine() throws {
        let error = spreadsheetError { _ = try readCSVRows("a,b\nc,d\ne,\"open\nstill open\nto the end\n") }
        #expect(error?.code == .csvMalformed)
        #expect(error?.location.line == 3)
        #expect(error?.location.file == "ward.csv")
        #expect(error?.location.sheet == "ward")
        #expect(error?.message.en.contains("line 3") == true)
    }

    @Test func rowsBeforeAnErrorAreDelivered() throws {
        let book = try WorkbookReader(bytes: Array("a\nb\n\"c\n".utf8), fileName: "x.csv")
        let reader = try book.rows(sheet: 0)
        #expect(try reader.nextRow()?.cells.first?.value == .text("a"))
        #expect(try reader.nextRow()?.cells.first?.value == .text("b"))
        #expect(spreadsheetError { _ = try reader.nextRow() }?.code == .csvMalformed)
        // And it stays failed.
        #expect(spreadsheetError { _ = try reader.nextRow() }?.code == .csvMalformed)
        let bad = try WorkbookReader(bytes: Array("a\n".utf8) + [0xFF, 0x0A, 0x63, 0x0A], fileName: "y.csv")
        let badRows = try bad.rows(sheet: 0)
        _ = try badRows.nextRow()
        for _ in 0..<2 { #expect(spreadsheetError { _ = try badRows.nextRow() }?.code == .csvEncoding) }
    }

    @Test func legacyEncodingIsRejectedWithItsLine() throws {
        // "Tên" in Windows-1258: ê is 0xEA, not valid UTF-8.
        let bytes = Array("Ma,Ten\n1,".utf8) + [0x54, 0xEA, 0x6E] + Array("\n".utf8)
        let error = spreadsheetError { _ = try readCSVRows(bytes) }
        #expect(error?.code == .csvEncoding)
        #expect(error?.location.line == 2)
        #expect(error?.location.cell == CellReference(row: 1, column: 1))
        #expect(error?.message.en.contains("CSV UTF-8") == true)
        #expect(error?.message.vi.contains("UTF-8") == true)
    }

    @Test func brokenUTF16IsAnEncodingError() throws {
        // A lone high surrogate followed by an ordinary character.
        let bytes: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00, 0x3D, 0xD8, 0x62, 0x00, 0x0A, 0x00]
        let error = spreadsheetError { _ = try readCSVRows(bytes) }
        #expect(error?.code == .csvEncoding)
        #expect(error?.location.line == 2)
    }

    @Test func fieldSizeLimit() throws {
        var options = ReadOptions()
        options.limits.maxCellTextBytes = 10
        #expect(try readCSVRows("0123456789,b\n", options: options).count == 1)
        let error = spreadsheetError { _ = try readCSVRows("a\nb,\"01234\n56789\"\n", options: options) }
        #expect(error?.code == .cellTextTooLarge)
        #expect(error?.location.cell == CellReference(row: 1, column: 1))
        #expect(error?.location.line == 2)
    }

    @Test func columnLimit() throws {
        let widest = String(repeating: ",", count: CellReference.maxColumns - 1) + "z\n"
        let rows = try readCSVRows(widest)
        #expect(rows[0].cells == [Cell(column: CellReference.maxColumns - 1, value: .text("z"))])
        let error = spreadsheetError { _ = try readCSVRows("a\n" + String(repeating: ",", count: CellReference.maxColumns) + "\n") }
        #expect(error?.code == .badCellReference)
        #expect(error?.location.line == 2)
    }

    @Test func rowLimit() throws {
        // Empty lines advance the row index, so the grid's last row is reachable cheaply.
        let lastRow = String(repeating: "\n", count: CellReference.maxRows - 1) + "z\n"
        let rows = try readCSVRows(lastRow)
        #expect(rows.map(\.index) == [CellReference.maxRows - 1])
        let error = spreadsheetError { _ = try readCSVRows(lastRow + "beyond\n") }
        #expect(error?.code == .badCellReference)
        #expect(error?.location.line == CellReference.maxRows + 1)
    }

    @Test func largeFileAcrossChunks() throws {
        // Quoted line breaks and CRLFs fall on 64 KiB boundaries somewhere in 20,000 rows.
        var text = "id,tên,ghi chú\r\n"
        for i in 0..<20_000 { text += "\(i),Phường \(i),\"dòng 1\r\ndòng \"\"2\"\"\"\r\n" }
        let dir = try makeTemporaryDirectory()
        defer { removeDirectory(dir) }
        let path = dir + "/lon.csv"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let book = try WorkbookReader(path: path)
        let reader = try book.rows(sheet: 0)
        #expect(values(try #require(try reader.nextRow())) == [.text("id"), .text("tên"), .text("ghi chú")])
        var count = 0
        while let row = try reader.nextRow() {
            let expected: [CellValue] = [.number(Double(count)), .text("Phường \(count)"), .text("dòng 1\r\ndòng \"2\"")]
            if values(row) != expected || row.index != count + 1 {
                Issue.record("row \(row.index): \(row.cells)")
                break
            }
            count += 1
        }
        #expect(count == 20_000)
    }
}
