import Foundation
import Testing
import Spreadsheet

@Suite struct CSVWriterTests {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    @Test func exactBytesOfASmallTable() throws {
        var writer = CSVWriter()
        try writer.write(row: [.text("Phường"), .text("Điểm"), .text("Ngày")])
        try writer.write(row: [.text("Dịch Vọng"), .number(95.5), .date(date(2024, 1, 15))])
        try writer.write(row: [.text("Mai Dịch, Cầu Giấy"), .number(-3), .boolean(true)])
        try writer.write(row: [.text("=1+2"), .empty, .text("nói \"hay\"\nxuống dòng")])
        try writer.write(row: [
            .dateTime(CivilDateTime(date: date(2024, 1, 15), time: TimeOfDay(hour: 8, minute: 30))),
            .time(TimeOfDay(hour: 8, minute: 30, second: 5)), .duration(5400), .error("#DIV/0!"),
        ])
        try writer.write(row: [CellValue]())
        let expected = "Phường,Điểm,Ngày\r\n"
            + "Dịch Vọng,95.5,2024-01-15\r\n"
            + "\"Mai Dịch, Cầu Giấy\",-3,TRUE\r\n"
            + "'=1+2,,\"nói \"\"hay\"\"\nxuống dòng\"\r\n"
            + "2024-01-15T08:30:00,08:30:05,PT5400S,#DIV/0!\r\n"
            + "\r\n"
        #expect(try writer.finish() == bom + Array(expected.utf8))
    }

    @Test func anySequenceOfValuesWritesAsItsArray() throws {
        let values: [CellValue] = [.text("Phường"), .number(95.5), .empty, .text("a,b")]
        var fromArray = CSVWriter(), fromSequence = CSVWriter()
        try fromArray.write(row: values)
        try fromSequence.write(row: values.lazy.map { $0 })
        try fromSequence.write(row: EmptyCollection<CellValue>())
        try fromArray.write(row: [CellValue]())
        #expect(try fromSequence.finish() == fromArray.finish())
    }

    @Test func delimiterAndBOMOptions() throws {
        var semicolon = CSVWriter(options: CSVWriteOptions(delimiter: .semicolon, byteOrderMark: false))
        try semicolon.write(row: [.text("a;b"), .text("c,d"), .number(1.5)])
        #expect(try semicolon.finish() == Array("\"a;b\";c,d;1.5\r\n".utf8))
        var tab = CSVWriter(options: CSVWriteOptions(delimiter: .tab, byteOrderMark: false))
        try tab.write(row: [.text("a\tb"), .text("c d"), .boolean(false)])
        #expect(try tab.finish() == Array("\"a\tb\"\tc d\tFALSE\r\n".utf8))
    }

    @Test func formulaInjectionGuard() throws {
        var writer = CSVWriter(options: CSVWriteOptions(byteOrderMark: false))
        try writer.write(row: [.text("=HYPERLINK(\"x\")"), .text("+84 912"), .text("-x"), .text("@SUM(A1)")])
        try writer.write(row: [.text("\tx"), .text("\rx"), .text("a=b"), .number(-5), .number(-0.5)])
        let expected = "\"'=HYPERLINK(\"\"x\"\")\",'+84 912,'-x,'@SUM(A1)\r\n"
            + "'\tx,\"'\rx\",a=b,-5,-0.5\r\n"
        #expect(try writer.finish() == Array(expected.utf8))

        var unguarded = CSVWriter(options: CSVWriteOptions(byteOrderMark: false, guardsFormulas: false))
        try unguarded.write(row: [.text("=1+2"), .error("#N/A")])
        #expect(try unguarded.finish() == Array("=1+2,#N/A\r\n".utf8))
    }

    @Test func numberText() throws {
        let cases: [(Double, String)] = [
            (1, "1"), (-0.0, "-0"), (0.1, "0.1"), (95.5, "95.5"), (-1234567.25, "-1234567.25"),
            (1e-6, "0.000001"), (1.5e-5, "0.000015"), (1e15, "1000000000000000"),
            (123456789012345.6, "123456789012345.6"), (1e16, "1e+16"), (1.5e-7, "1.5e-07"),
            (.nan, "#NUM!"), (.infinity, "#NUM!"),
        ]
        var writer = CSVWriter(options: CSVWriteOptions(byteOrderMark: false))
        for (value, _) in cases { try writer.write(row: [.number(value)]) }
        try writer.write(row: [.duration(0.5), .duration(-90)])
        let expected = cases.map { $0.1 + "\r\n" }.joined() + "PT0.5S,-PT90S\r\n"
        #expect(try writer.finish() == Array(expected.utf8))
    }

    @Test func sparseRows() throws {
        var writer = CSVWriter(options: CSVWriteOptions(byteOrderMark: false))
        try writer.write(row: Row(index: 4, cells: [Cell(column: 1, value: .text("b")), Cell(column: 3, value: .number(4))]))
        try writer.write(row: Row(index: 5, cells: [Cell(column: 0, value: .text("a"))]))
        #expect(try writer.finish() == Array(",b,,4\r\na\r\n".utf8))
    }

    @Test func roundTripThroughAFile() throws {
        let dir = try makeTemporaryDirectory()
        defer { removeDirectory(dir) }
        let path = dir + "/tong hop.csv"
        let table: [[CellValue]] = [
            [.text("Phường"), .text("Mã"), .text("Điểm"), .text("Ngày"), .text("Đạt"), .text("Ghi chú")],
            [.text("Nghĩa Đô"), .text("00157"), .number(9.75), .date(date(2024, 3, 8)), .boolean(true), .text("có \"ngoặc\", phẩy\r\nvà xuống dòng")],
            [.text("Quan Hoa"), .text("01"), .number(-0.001), .dateTime(CivilDateTime(date: date(2024, 12, 31), time: TimeOfDay(hour: 23, minute: 59, second: 59.5))), .boolean(false), .text("😀 tiếng Việt")],
            [.text("Yên Hòa"), .empty, .number(1e20), .empty, .empty, .text(";;")],
        ]
        for delimiter in CSVDelimiter.allCases {
            var writer = try CSVWriter(path: path, options: CSVWriteOptions(delimiter: delimiter))
            for row in table { try writer.write(row: row) }
            try writer.finish()
            let book = try WorkbookReader(path: path)
            #expect(book.sheets.map(\.name) == ["tong hop"])
            let rows = try book.loadSheet(0).rows
            #expect(rows.map(\.index) == [0, 1, 2, 3])
            #expect(rows.map(values) == table, "delimiter \(delimiter)")
        }
    }

    @Test func largeOutputIsFlushedAndComplete() throws {
        let dir = try makeTemporaryDirectory()
        defer { removeDirectory(dir) }
        let path = dir + "/lon.csv"
        var writer = try CSVWriter(path: path)
        for i in 0..<30_000 { try writer.write(row: [.number(Double(i)), .text("Phường số \(i), quận Cầu Giấy")]) }
        try writer.finish()
        let rows = try WorkbookReader(path: path).loadSheet(0).rows
        #expect(rows.count == 30_000)
        #expect(values(rows[29_999]) == [.number(29_999), .text("Phường số 29999, quận Cầu Giấy")])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["lon.csv"])
    }

    @Test func abandonedWriterLeavesNothing() throws {
        let dir = try makeTemporaryDirectory()
        defer { removeDirectory(dir) }
        let path = dir + "/ket qua.csv"
        do {
            var writer = try CSVWriter(path: path)
            for i in 0..<20_000 { try writer.write(row: [.number(Double(i)), .text("dữ liệu dở dang")]) }
            // Dropped without finish(), as when an export fails half-way.
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)

        // An existing file is replaced only by a finished writer.
        try Data("cũ\r\n".utf8).write(to: URL(fileURLWithPath: path))
        do {
            var writer = try CSVWriter(path: path)
            try writer.write(row: [.text("mới")])
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("cũ\r\n".utf8))
        var writer = try CSVWriter(path: path, options: CSVWriteOptions(byteOrderMark: false))
        try writer.write(row: [.text("mới")])
        try writer.finish()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("mới\r\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["ket qua.csv"])
    }

    @Test func unwritableDirectoryIsAWriteError() {
        let error = spreadsheetError { _ = try CSVWriter(path: "/nonexistent-thidua-dir/x.csv") }
        #expect(error?.code == .writeFailed)
        #expect(error?.location.file == "/nonexistent-thidua-dir/x.csv")
    }
}
