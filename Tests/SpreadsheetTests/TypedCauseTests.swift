import Foundation
import Testing
@testable import Spreadsheet
import SheetNative

/// Errors keep what the lower layer said as a typed cause, and their text fits one line.
@Suite("Typed causes and one-line messages")
struct TypedCauseTests {
    let folder = TemporaryFolder()

    /// A fixture with one part rewritten, as the bytes of a new package.
    func rewritten(_ fixture: String, part: String, _ change: ([UInt8]) -> [UInt8]) throws -> [UInt8] {
        let zip = try ZipArchive(source: FileByteSource(path: Fixtures.path(fixture), limits: .default), fileName: fixture, limits: .default)
        let out = folder.file("rewritten.zip")
        let writer = try ZipWriter(path: out)
        for entry in zip.entries {
            let data = try zip.read(entry)
            try writer.add(entry.name, entry.name == part ? change(data) : data)
        }
        try writer.finish()
        return try Array(Data(contentsOf: URL(fileURLWithPath: out)))
    }

    func readError(_ bytes: [UInt8]) -> SpreadsheetError? {
        do {
            let book = try WorkbookReader(bytes: bytes, fileName: "ward.xlsx")
            for i in book.sheets.indices { _ = try book.loadSheet(i) }
            return nil
        } catch {
            return error as? SpreadsheetError
        }
    }

    @Test func libxml2sMultiLineMessageFitsTheOneLineError() throws {
        // UTF-16 bytes in a UTF-8 part: libxml2 says "…indicate encoding !\nBytes: 0xFF 0xFE…".
        let bytes = try rewritten("xlsx-reader/openpyxl-basic.xlsx", part: "xl/worksheets/sheet1.xml") { xml in
            let text = Array("<sheetData>".utf8)
            guard let at = (0...(xml.count - text.count)).first(where: { Array(xml[$0..<($0 + text.count)]) == text }) else { return xml }
            return Array(xml[..<at]) + [0xFF, 0xFE, 0x3C, 0x00] + Array(xml[at...])
        }
        let e = try #require(readError(bytes))
        #expect(e.code == .xmlMalformed)
        #expect(e.cause == .xmlMalformed)
        #expect(e.underlying?.contains("Bytes: 0xFF 0xFE") == true, "\(e.underlying ?? "")")
        #expect(!e.text(.en).contains("\n") && !e.text(.vi).contains("\n"), "\(e.text(.en))")
    }

    @Test func depthIsAKindNotAWordInTheMessage() throws {
        let e = try #require(readError(try Fixtures.bytes("hostile/deep-nesting.xlsx")))
        #expect(e.code == .xmlTooDeep)
        #expect(e.cause == .xmlTooDeep)
        // A malformed part whose text happens to say "depth" is malformed, not too deep.
        let bytes = try rewritten("xlsx-reader/openpyxl-basic.xlsx", part: "xl/worksheets/sheet1.xml") { xml in
            xml + Array("<depth".utf8)
        }
        let m = try #require(readError(bytes))
        #expect(m.code == .xmlMalformed)
        #expect(m.cause == .xmlMalformed)
    }

    @Test func damagedDeflateDataIsCorruptWithItsCause() throws {
        var bytes = try Fixtures.bytes("xlsx-reader/openpyxl-basic.xlsx")
        let zip = try ZipArchive(source: MemoryByteSource(bytes), fileName: "x", limits: .default)
        let sheet = try #require(zip.entries.first { $0.name == "xl/worksheets/sheet1.xml" })
        // Inside the entry's compressed bytes (past its local header and name).
        let start = sheet.localHeaderOffset + 30 + sheet.name.utf8.count
        for i in start..<(start + 8) { bytes[i] = 0xFF }
        let e = try #require(readError(bytes))
        #expect([ErrorCode.zipCorrupt, .zipCRC].contains(e.code), "\(e)")
        if e.code == .zipCorrupt { #expect(e.cause == .corruptDeflate) }
    }
}
