import Foundation
import Testing
@testable import Spreadsheet

@Suite("XLS reader: records, formulas, limits")
struct XLSReaderTests {
    @Test func rkNumbers() {
        #expect(XLSRowProducer.rk(UInt32(42 << 2 | 2)) == 42)
        #expect(XLSRowProducer.rk(UInt32(bitPattern: Int32(-7) << 2 | 2)) == -7)
        #expect(XLSRowProducer.rk(UInt32(9550 << 2 | 3)) == 95.5)
        // The top 30 bits of the double 1.0 (0x3FF00000_00000000)
        #expect(XLSRowProducer.rk(0x3FF0_0000) == 1.0)
        #expect(XLSRowProducer.rk(0x3FF0_0000 | 1) == 0.01)
    }

    @Test func formulaTokensBecomeText() {
        let f = BIFFFormula(biff8: true, codePage: .latin1)
        func text(_ bytes: [UInt8]) -> String? { bytes.withUnsafeBytes { f.text($0) } }
        // ptgArea G10:G15 relative, tAttrSum
        #expect(text([0x25, 9, 0, 14, 0, 6, 0xC0, 6, 0xC0, 0x19, 0x10, 0, 0]) == "SUM(G10:G15)")
        // $A$1 + B2 * 2
        #expect(text([0x24, 0, 0, 0, 0, 0x24, 1, 0, 1, 0xC0, 0x1E, 2, 0, 0x05, 0x03]) == "$A$1+B2*2")
        // ROUND(1.5, 0) through ptgFunc (ROUND takes two arguments)
        #expect(text([0x1F] + withUnsafeBytes(of: 1.5.bitPattern.littleEndian, Array.init) + [0x1E, 0, 0, 0x41, 27, 0]) == "ROUND(1.5,0)")
        // a string constant with a quote, 16-bit characters
        #expect(text([0x17, 2, 1, 0x22, 0, 0xB0, 0x01]) == "\"\"\"ư\"")
        // unsupported (a name) or malformed tokens give no text rather than a guess
        #expect(text([0x23, 1, 0, 0, 0]) == nil)
        #expect(text([0x25, 9, 0]) == nil)
        #expect(text([0x03]) == nil)
    }

    @Test func formatsAreRecognised() throws {
        #expect(try WorkbookReader(path: Fixtures.path("read/xlwt-basic.xls")).format == .xls)
        #expect(try WorkbookReader(path: Fixtures.path("read/gnumeric-biff5.xls")).format == .xls)
        #expect(SpreadsheetFormat(pathExtension: "ward.XLS") == .xls)
    }

    @Test func compoundFileLimits() throws {
        var limits = ReadLimits()
        limits.maxCompoundStreamSize = 4096
        let path = Fixtures.path("read/lo-resaved-xls.xls")
        #expect(throws: SpreadsheetError.self) { try WorkbookReader(path: path, options: ReadOptions(limits: limits)) }
        do {
            _ = try WorkbookReader(path: path, options: ReadOptions(limits: limits))
        } catch let e as SpreadsheetError {
            #expect(e.code == .cfbTooLarge && e.location.part == "Workbook" && e.location.file == path)
        }
        limits = ReadLimits()
        limits.maxCompoundEntries = 1
        do {
            _ = try WorkbookReader(path: path, options: ReadOptions(limits: limits))
            Issue.record("read past the directory limit")
        } catch let e as SpreadsheetError {
            #expect(e.code == .cfbTooLarge && e.location.part == "directory")
        }
    }

    @Test func formulaCellsCarryTextAndCachedValue() throws {
        let book = try WorkbookReader(path: Fixtures.path("read/gnumeric-formulas.xls"))
        let sheet = try book.loadSheet(0)
        #expect(sheet[CellReference("B1")!]?.formula == "A1*2+3")
        #expect(sheet[CellReference("B1")!]?.value == .number(83))
        #expect(sheet[CellReference("C1")!]?.value == .text("Phường Yên Hoà"))
        #expect(sheet[CellReference("I1")!]?.numberFormat != nil)
    }
}
