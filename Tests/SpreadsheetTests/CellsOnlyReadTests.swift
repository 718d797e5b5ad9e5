import Testing
import Foundation
@testable import Spreadsheet

/// `ReadOptions.cellsOnly`: a worksheet read for its values stops at `</sheetData>`, and
/// gives exactly the rows a full read gives, from files saved by real programs.
@Suite("Reading a worksheet's cells alone")
struct CellsOnlyReadTests {
    static var files: [String] {
        let returns = Fixtures.path("returns/2018")
        let readers = Fixtures.path("xlsx-reader")
        let names = ["libreoffice-basic.xlsx", "openpyxl-basic.xlsx", "xlsxwriter-basic.xlsx",
                     "gnumeric-basic.xlsx", "shared-formulas.xlsx", "styled-numbers.xlsx", "inline-strings.xlsx",
                     "prefixed.xlsx", "strict.xlsx", "sheetdata-foreign-nested.xlsx"]
        let shipped = ((try? FileManager.default.contentsOfDirectory(atPath: returns)) ?? [])
            .filter { $0.hasSuffix(".xlsx") }.sorted().map { returns + "/" + $0 }
        return shipped + names.map { readers + "/" + $0 }
    }

    func sheets(_ path: String, cellsOnly: Bool) throws -> [SheetData] {
        var options = ReadOptions()
        options.cellsOnly = cellsOnly
        let book = try WorkbookReader(path: path, options: options)
        return try (0..<book.sheets.count).map { try book.loadSheet($0) }
    }

    @Test func theSameRowsAsAFullRead() throws {
        #expect(Self.files.count >= 10)
        for path in Self.files {
            let full = try sheets(path, cellsOnly: false)
            let cells = try sheets(path, cellsOnly: true)
            #expect(full.map(\.rows) == cells.map(\.rows), "\(path)")
            #expect(cells.allSatisfy { $0.mergedRanges.isEmpty }, "\(path)")
        }
    }

    @Test func anotherVocabularysSheetDataIsNotTheEndOfTheCells() throws {
        // A `sheetData` of another namespace inside row 1: both reads go on to row 2.
        let path = Fixtures.path("xlsx-reader/sheetdata-foreign-nested.xlsx")
        for cellsOnly in [false, true] {
            let rows = try sheets(path, cellsOnly: cellsOnly)[0].rows
            #expect(rows.map(\.index) == [0, 1], "\(cellsOnly)")
            #expect(rows.first?.cells.map(\.column) == [0, 1], "\(cellsOnly)")
        }
    }

    @Test func anotherVocabularysRowInAnExtensionIsNoRow() throws {
        let path = Fixtures.path("xlsx-reader/row-in-extension.xlsx")
        for cellsOnly in [false, true] {
            #expect(try sheets(path, cellsOnly: cellsOnly)[0].rows.map(\.index) == [0], "\(cellsOnly)")
        }
    }

    @Test func rowsOutsideTheFirstSheetDataAreRefused() throws {
        // A second sheetData's rows: the full read refuses them at their row; the read of the
        // cells stops at the end of the first and never sees them.
        let path = Fixtures.path("xlsx-reader/sheetdata-twice.xlsx")
        let error = #expect(throws: SpreadsheetError.self) { try sheets(path, cellsOnly: false) }
        #expect(error?.code == .rowOutsideCells)
        #expect(error?.location.cell == CellReference(row: 19, column: 0))
        #expect(try sheets(path, cellsOnly: true)[0].rows.map(\.index) == [0])
    }

    @Test func theMergesFollowingTheCellsAreLeftUnread() throws {
        // The shipped return's title row is merged (A1:I1): a full read has it, a cells-only one not.
        let path = Fixtures.path("returns/2018/00160-bao-cao-2018.xlsx")
        #expect(try sheets(path, cellsOnly: false)[0].mergedRanges.contains(CellRange("A1:I1")!))
        #expect(try sheets(path, cellsOnly: true)[0].mergedRanges.isEmpty)
    }
}

/// In an ODS the cells-only read starts parsing `content.xml` at its first sheet: same rows,
/// same errors at the same lines, as a read from the top.
@Suite("Reading an ODS's cells alone")
struct ODSCellsOnlyReadTests {
    static var files: [String] {
        ["ods-reader", "returns/2018"].flatMap { folder in
            let dir = Fixtures.path(folder)
            return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
                .filter { $0.hasSuffix(".ods") }.sorted().map { dir + "/" + $0 }
        }
    }

    /// Each sheet's rows, or the error that ended the read (code, part and line).
    func read(_ path: String, cellsOnly: Bool) -> [String] {
        var options = ReadOptions()
        options.cellsOnly = cellsOnly
        do {
            let book = try WorkbookReader(path: path, options: options)
            return (0..<book.sheets.count).map { i in
                do { return "\(try book.loadSheet(i).rows)" } catch let e as SpreadsheetError {
                    return "\(e.code) \(e.location.part ?? "") line \(e.location.line ?? -1)"
                } catch { return "\(error)" }
            }
        } catch let e as SpreadsheetError {
            return ["opening: \(e.code)"]
        } catch {
            return ["\(error)"]
        }
    }

    @Test func theSameRowsAndErrorsAsAReadFromTheTop() {
        #expect(Self.files.count >= 20)
        for path in Self.files {
            #expect(read(path, cellsOnly: true) == read(path, cellsOnly: false), "\(path)")
        }
    }

    @Test(arguments: ["skim-alias-prefix.ods", "skim-alias-escaped.ods"])
    func aTableNamespaceBoundTwiceIsLeftToTheFullScan(_ name: String) throws {
        // `t:table` as well as `table:table` (the second spelt `table:1&#46;0` in one file): the
        // skim cannot tell the sheets apart by one prefix.
        let path = Fixtures.path("ods-reader/" + name)
        let book = try WorkbookReader(path: path)
        #expect(book.sheets.map(\.name).prefix(2) == ["Giá trị", "Extra"])
        #expect(read(path, cellsOnly: true) == read(path, cellsOnly: false))
        #expect(read(path, cellsOnly: true)[1].contains("number(42.0)"))
    }

    @Test func anErrorInTheSheetsAncestorsKeepsItsLine() {
        // A duplicated attribute on office:spreadsheet, which only the row read parses.
        let path = Fixtures.path("ods-reader/hostile-head-attribute.ods")
        let full = read(path, cellsOnly: false)
        #expect(full.first?.hasPrefix("xml.malformed content.xml line ") == true, "\(full)")
        #expect(read(path, cellsOnly: true).first == full.first)
    }

    @Test func mismatchedTagsBeforeTheFirstSheetAreRefused() {
        // The stretch between office:body and the first sheet is matched tag by tag on opening.
        let path = Fixtures.path("ods-reader/hostile-before-sheets.ods")
        #expect(read(path, cellsOnly: false) == ["opening: xml.malformed"])
        #expect(read(path, cellsOnly: true) == ["opening: xml.malformed"])
    }

    @Test func anErrorInASheetKeepsItsLine() throws {
        // Gnumeric writes one element per line: the bad value is on line 129, after the styles.
        let path = Fixtures.path("ods-reader/hostile-bad-value-lines.ods")
        for cellsOnly in [false, true] {
            #expect(read(path, cellsOnly: cellsOnly).first == "cell.bad-value content.xml line 129", "\(cellsOnly)")
        }
    }
}

@Suite("Line breaks before positions")
struct LineMarksTests {
    @Test func countsWhateverThePiecesTheBytesComeIn() {
        let text = Array("a\nb\n\nc\nlong line\n\nend".utf8)
        let marks = [0, 2, 4, 5, 11, 26, 40]
        // Expected: line breaks in text[0..<mark].
        let expected = marks.map { m in text[0..<min(m, text.count)].filter { $0 == 0x0A }.count }
        for piece in [1, 2, 3, 7, text.count] {
            var counter = LineMarks(at: marks)
            var i = 0
            while i < text.count {
                let j = min(text.count, i + piece)
                text[i..<j].withUnsafeBytes { counter.advance(over: $0) }
                i = j
            }
            #expect(counter.position == text.count)
            #expect(counter.finish() == expected, "pieces of \(piece)")
        }
    }
}
