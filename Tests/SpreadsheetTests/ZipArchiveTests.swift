import Foundation
import Testing
@testable import Spreadsheet

@Suite("ZIP container")
struct ZipArchiveTests {
    static let text = Array(String(repeating: "Giao ước thi đua năm 2018 – Cầu Giấy\n", count: 2000).utf8)

    func open(_ name: String, limits: ReadLimits = .default) throws -> ZipArchive {
        let path = Fixtures.path("zip/" + name)
        return try ZipArchive(source: FileByteSource(path: path, limits: limits), fileName: name, limits: limits)
    }

    /// The lookup key's shortcut (ASCII, no backslash, no leading slash) gives what the general path gives.
    @Test func lookupKeyShortcutAgreesWithTheGeneralPath() {
        let names = ["xl/workbook.xml", "XL/Worksheets/Sheet1.XML", "[Content_Types].xml", "_rels/.rels", "/xl/styles.xml",
                     "xl\\worksheets\\sheet1.xml", "//a/b", "", "/", "Mục/Ảnh.xml", "xl/worksheets/ßheet.xml", "a b/C%20d.xml"]
        for name in names {
            #expect(ZipEntry.lookupKey(name) == ZipEntry.generalLookupKey(name), "\(name)")
        }
        #expect(ZipEntry.lookupKey("XL\\Sheet.xml") == "xl/sheet.xml")
    }

    @Test func readsStoredAndDeflatedEntries() throws {
        let zip = try open("stored-and-deflated.zip")
        #expect(zip.entries.map(\.name) == ["a/stored.txt", "a/deflated.txt", "empty.txt"])
        #expect(try zip.read(zip.entry(named: "a/stored.txt")!) == Self.text)
        #expect(try zip.read(zip.entry(named: "A/DEFLATED.TXT")!) == Self.text)
        #expect(try zip.read(zip.entry(named: "/empty.txt")!) == [])
    }

    @Test func streamsInSmallPieces() throws {
        let zip = try open("stored-and-deflated.zip")
        let stream = try zip.open(zip.entry(named: "a/deflated.txt")!)
        var out: [UInt8] = []
        var piece = [UInt8](repeating: 0, count: 7)
        while true {
            let n = try piece.withUnsafeMutableBytes { try stream.read(into: $0) }
            if n == 0 { break }
            out += piece[0..<n]
        }
        #expect(out == Self.text)
    }

    @Test func readsZip64ExtraFields() throws {
        let zip = try open("zip64.zip")
        #expect(try zip.read(zip.entry(named: "first.txt")!) == Self.text)
        #expect(try zip.read(zip.entry(named: "big.txt")!) == Self.text)
    }

    @Test func readsDataDescriptorEntries() throws {
        let zip = try open("data-descriptor.zip")
        let entry = try #require(zip.entry(named: "descriptor.txt"))
        #expect(entry.flags & 8 != 0)
        #expect(try zip.read(entry) == Self.text)
    }

    @Test func matchesBackslashNamesCaseInsensitively() throws {
        let zip = try open("backslash-names.zip")
        #expect(try zip.read(#require(zip.entry(named: "xl/worksheets/sheet1.xml"))) == Array("<x/>".utf8))
    }

    @Test func reportsBadCRC() throws {
        let zip = try open("bad-crc.zip")
        let error = #expect(throws: SpreadsheetError.self) { try zip.read(zip.entry(named: "data.txt")!) }
        #expect(error?.code == .zipCRC)
        #expect(error?.location.part == "data.txt")
    }

    @Test func reportsTruncation() throws {
        let error = #expect(throws: SpreadsheetError.self) { try open("truncated.zip") }
        #expect(error?.code == .zipTruncated)
        #expect(error?.location.file == "truncated.zip")
    }

    @Test func enforcesEntryCountAndRatioLimits() throws {
        var few = ReadLimits()
        few.maxEntries = 2
        #expect(throws: SpreadsheetError.self) { try open("stored-and-deflated.zip", limits: few) }

        // The repeated text compresses about 90:1; a ratio limit of 10 past 1 KiB refuses it.
        var strict = ReadLimits()
        strict.maxCompressionRatio = 10
        strict.ratioGraceSize = 1024
        let zip = try open("stored-and-deflated.zip", limits: strict)
        let error = #expect(throws: SpreadsheetError.self) { try zip.read(zip.entry(named: "a/deflated.txt")!) }
        #expect(error?.code == .zipBomb)
        // Stored entries cannot be bombs: the ratio does not apply.
        #expect(try zip.read(zip.entry(named: "a/stored.txt")!) == Self.text)

        var small = ReadLimits()
        small.maxEntrySize = 1000
        let zip2 = try open("stored-and-deflated.zip", limits: small)
        let e2 = #expect(throws: SpreadsheetError.self) { try zip2.read(zip2.entry(named: "a/stored.txt")!) }
        #expect(e2?.code == .zipEntryTooLarge)
    }
}
