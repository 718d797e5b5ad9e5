import Testing
import Foundation
@testable import Spreadsheet

/// Styles parts met again are taken from `ParsedPartMemo`, and only where parsing them again
/// would give the same value (shipped 2018 returns saved by LibreOffice).
@Suite("Parsed parts remembered by their stored bytes")
struct ParsedPartMemoTests {
    static func zip(_ name: String, bytes: [UInt8]? = nil) throws -> ZipArchive {
        let path = Fixtures.path("returns/2018/" + name)
        let source: any ByteSource = try bytes.map { MemoryByteSource($0) } ?? FileByteSource(path: path, limits: .default)
        return try ZipArchive(source: source, fileName: name, limits: .default)
    }

    /// Parses counted: the value is the styles part's uncompressed size.
    static func parse(_ memo: ParsedPartMemo<Int>, _ zip: ZipArchive, _ part: String, count: inout Int) throws -> Int {
        let entry = try #require(zip.entry(named: part))
        return try memo.value(of: entry, in: zip) {
            count += 1
            return try zip.read(entry).count
        }
    }

    @Test func theSameStoredBytesAreParsedOnce() throws {
        let memo = ParsedPartMemo<Int>()
        var parses = 0
        // 00160, 00172 and 00175 share their styles part byte for byte; 00166 has its own.
        for name in ["00160-bao-cao-2018.xlsx", "00172-bao-cao-2018.xlsx", "00175-bao-cao-2018-ban-dau.xlsx"] {
            _ = try Self.parse(memo, try Self.zip(name), "xl/styles.xml", count: &parses)
        }
        #expect(parses == 1)
        _ = try Self.parse(memo, try Self.zip("00166-bao-cao-2018.xlsx"), "xl/styles.xml", count: &parses)
        #expect(parses == 2 && memo.count == 2)
    }

    @Test func theSameBytesInAnotherContextAreParsedAgain() throws {
        // A `.rels` part's targets are resolved from the part it belongs to: the same bytes
        // belonging to the package and to the workbook are two values.
        let memo = ParsedPartMemo<Int>()
        var parses = 0
        let zip = try Self.zip("00160-bao-cao-2018.xlsx")
        let entry = try #require(zip.entry(named: "xl/_rels/workbook.xml.rels"))
        for context in ["", "xl/workbook.xml", "", "xl/workbook.xml"] {
            _ = try memo.value(of: entry, in: zip, context: context) {
                parses += 1
                return 0
            }
        }
        #expect(parses == 2 && memo.count == 2)
    }

    @Test func aRememberedPartCountsTowardsThePackagesInflatedTotal() throws {
        // A limit the parts fit under only if some were not counted: the first read is refused,
        // and so is the second, whose content types, relationships and workbook come from the
        // memos (the memos once skipped their sizes, and the second read passed).
        let name = "00160-bao-cao-2018.xlsx"
        let parts = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                     "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"]
        let zip = try Self.zip(name)
        var limits = ReadLimits.default
        limits.maxTotalSize = parts.compactMap { zip.entry(named: $0)?.uncompressedSize }.reduce(0, +) - 1
        func read() -> ErrorCode? {
            do {
                let book = try WorkbookReader(path: Fixtures.path("returns/2018/" + name), options: ReadOptions(limits: limits))
                _ = try book.loadSheet(0)
                return nil
            } catch let e as SpreadsheetError {
                return e.code
            } catch {
                return ErrorCode("test.other-error")
            }
        }
        #expect(read() == .zipTotalTooLarge)
        #expect(read() == .zipTotalTooLarge)
    }

    @Test func contextsAreTheirBytes() throws {
        // `café` in NFC and in NFD are one String to Swift but two part names in a package.
        let memo = ParsedPartMemo<Int>()
        var parses = 0
        let zip = try Self.zip("00160-bao-cao-2018.xlsx")
        let entry = try #require(zip.entry(named: "xl/_rels/workbook.xml.rels"))
        for context in ["xl/caf\u{E9}/workbook.xml", "xl/cafe\u{301}/workbook.xml"] {
            _ = try memo.value(of: entry, in: zip, context: context) {
                parses += 1
                return 0
            }
        }
        #expect(parses == 2)
    }

    @Test func aPartInUseOutlivesOneLeftAlone() throws {
        // Least recently used, not oldest: the district's template part, hit by every return,
        // stays while other parts come and go.
        let memo = ParsedPartMemo<Int>(capacity: 2)
        var parses = 0
        let (template, other, third) = ("00160-bao-cao-2018.xlsx", "00166-bao-cao-2018.xlsx", "00167-bao-cao-2018.xlsx")
        for name in [template, other, template, third] {
            _ = try Self.parse(memo, try Self.zip(name), "xl/styles.xml", count: &parses)
        }
        #expect(parses == 3)
        _ = try Self.parse(memo, try Self.zip(template), "xl/styles.xml", count: &parses)
        #expect(parses == 3)
        _ = try Self.parse(memo, try Self.zip(other), "xl/styles.xml", count: &parses)
        #expect(parses == 4)
    }

    @Test func theOldestPartMakesRoomWhenFull() throws {
        let memo = ParsedPartMemo<Int>(capacity: 2)
        var parses = 0
        let names = ["00160-bao-cao-2018.xlsx", "00166-bao-cao-2018.xlsx", "00167-bao-cao-2018.xlsx"]  // three styles parts
        for name in names { _ = try Self.parse(memo, try Self.zip(name), "xl/styles.xml", count: &parses) }
        #expect(parses == 3 && memo.count == 2)
        _ = try Self.parse(memo, try Self.zip(names[2]), "xl/styles.xml", count: &parses)   // still there
        #expect(parses == 3)
        _ = try Self.parse(memo, try Self.zip(names[0]), "xl/styles.xml", count: &parses)   // made room for the third
        #expect(parses == 4 && memo.count == 2)
    }

    @Test func aDifferentDeclaredCRCIsNotTheSamePart() throws {
        let name = "00172-bao-cao-2018.xlsx"
        let clean = try Array(Data(contentsOf: URL(fileURLWithPath: Fixtures.path("returns/2018/" + name))))
        let damaged = try Self.withStylesCRCChanged(clean)
        let memo = ParsedPartMemo<Int>()
        var parses = 0
        _ = try Self.parse(memo, try Self.zip(name), "xl/styles.xml", count: &parses)
        // Same stored bytes, another CRC in the directory: parsed (and so checked) again.
        #expect(throws: SpreadsheetError.self) { _ = try Self.parse(memo, try Self.zip(name, bytes: damaged), "xl/styles.xml", count: &parses) }
        #expect(parses == 2)
    }

    @Test func aReturnWhoseStylesFailTheirCRCIsStillRefused() throws {
        // Read a clean return first, so that its styles are remembered.
        _ = try WorkbookReader(path: Fixtures.path("returns/2018/00160-bao-cao-2018.xlsx")).loadSheet(0)
        let clean = try Array(Data(contentsOf: URL(fileURLWithPath: Fixtures.path("returns/2018/00172-bao-cao-2018.xlsx"))))
        let damaged = try Self.withStylesCRCChanged(clean)
        let error = #expect(throws: SpreadsheetError.self) {
            _ = try WorkbookReader(bytes: damaged, fileName: "damaged.xlsx").loadSheet(0)
        }
        #expect(error?.code == .zipCRC)
    }

    /// The central directory's CRC-32 of `xl/styles.xml` with one bit flipped.
    static func withStylesCRCChanged(_ bytes: [UInt8]) throws -> [UInt8] {
        var out = bytes
        let name = Array("xl/styles.xml".utf8)
        // Central directory headers: signature 50 4B 01 02, CRC at +16, name at +46.
        for i in 0..<(out.count - 46 - name.count) where out[i] == 0x50 && out[i + 1] == 0x4B && out[i + 2] == 1 && out[i + 3] == 2 {
            if Array(out[(i + 46)..<(i + 46 + name.count)]) == name {
                out[i + 16] ^= 0x01
                return out
            }
        }
        throw CocoaError(.fileReadCorruptFile)
    }
}
