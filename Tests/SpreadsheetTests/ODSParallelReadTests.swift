import Foundation
import Testing
@testable import Spreadsheet

/// A parallel read of `content.xml` must deliver exactly what one sequential parse does:
/// the same rows, merges and errors (code and location), whatever the split size, the
/// document's shape, or the order its sheets are read in. Tiny split sizes put a split
/// before nearly every row of the real fixtures.
@Suite("ODS parallel read")
struct ODSParallelReadTests {
    struct Outcome: Equatable {
        var sheets: [[Row]] = []
        var merges: [[CellRange]] = []
        var error: String?
    }

    static let splitSizes = [1, 50, 700]

    static func parallel(_ size: Int) -> ODSParallelism { ODSParallelism(splitSize: size, workers: 2) }

    /// Reads the sheets in `order` (all, in order, by default) and keeps what came out.
    static func read(_ bytes: [UInt8], _ parallelism: ODSParallelism?, limits: ReadLimits = .default,
                     order: [Int]? = nil) -> (outcome: Outcome, book: ODSWorkbook?) {
        var outcome = Outcome()
        var book: ODSWorkbook?
        do {
            let zip = try ZipArchive(source: MemoryByteSource(bytes), fileName: "t.ods", limits: limits)
            let opened = try ODSWorkbook(zip: zip, fileName: "t.ods", options: ReadOptions(limits: limits),
                                         chunkSize: 97, parallelism: .some(parallelism))
            book = opened
            for sheet in order ?? Array(opened.sheets.indices) {
                let producer = try opened.rowProducer(sheet: sheet)
                outcome.sheets.append([])
                while let row = try producer.next() { outcome.sheets[outcome.sheets.count - 1].append(row) }
                outcome.merges.append(producer.mergedRanges)
            }
        } catch let e as SpreadsheetError {
            let l = e.location
            outcome.error = "\(e.code) \(l.part ?? "-") \(l.sheet ?? "-") \(l.cell.map { "\($0)" } ?? "-") \(l.line ?? -1)"
        } catch {
            outcome.error = "\(error)"
        }
        return (outcome, book)
    }

    /// Compares every split size with the sequential read; returns the sequential outcome.
    @discardableResult
    static func expectSame(_ bytes: [UInt8], _ label: String, limits: ReadLimits = .default, order: [Int]? = nil,
                           fallsBack: Bool? = nil) -> Outcome {
        let sequential = read(bytes, nil, limits: limits, order: order).outcome
        for size in splitSizes {
            let (outcome, book) = read(bytes, parallel(size), limits: limits, order: order)
            #expect(outcome == sequential, "\(label), split size \(size)")
            if let fallsBack, size == 1, let book {
                #expect(book.splitCount > 0, "\(label): no split")
                #expect(book.parallelFellBack == fallsBack, "\(label)")
            }
        }
        return sequential
    }

    static let fixtures = [
        "read/lo-features.ods", "read/lo-resaved.ods", "read/gnumeric-ods.ods", "read/hand-ods-text.ods",
        "ods-reader/values.ods", "ods-reader/gnumeric.ods", "ods-reader/text-and-repeats.ods",
        "ods-reader/template.ots", "ods-reader/no-mimetype.ods", "ods-reader/odfpy.ods",
        "ods-reader/skim-entities.ods", "ods-reader/skim-fallback.ods", "ods-reader/hostile-trailing.ods",
        "ods-reader/hostile-repeat.ods", "ods-reader/hostile-bad-value.ods", "ods-reader/hostile-beyond-grid.ods",
        "ods-reader/hostile-beyond-columns.ods", "hostile/ods-repeat-rows.ods", "hostile/ods-repeat-columns.ods",
    ]

    @Test(arguments: fixtures)
    func segmentsReadAsOneParse(_ name: String) throws {
        let bytes = try Fixtures.bytes(name)
        let sequential = Self.expectSame(bytes, name)
        #expect(!sequential.sheets.isEmpty || sequential.error != nil, "\(name) read nothing")
    }

    /// Clean files written by real programs split and never need the sequential parse.
    @Test(arguments: ["read/lo-features.ods", "read/lo-resaved.ods", "ods-reader/values.ods",
                      "ods-reader/text-and-repeats.ods", "ods-reader/gnumeric.ods", "ods-reader/odfpy.ods"])
    func cleanFilesStayParallel(_ name: String) throws {
        let sequential = Self.expectSame(try Fixtures.bytes(name), name, fallsBack: false)
        #expect(sequential.error == nil)
    }

    @Test(arguments: [[1], [2], [0, 2], [1, 2], [2, 0, 1]])
    func sheetsInAnyOrder(_ order: [Int]) throws {
        Self.expectSame(try Fixtures.bytes("ods-reader/values.ods"), "values.ods \(order)", order: order)
        Self.expectSame(try Fixtures.bytes("read/lo-resaved.ods"), "lo-resaved.ods \(order)", order: order.filter { $0 < 2 })
    }

    /// The repeat budget is per sheet: segments each count theirs, the error must still
    /// come at the cell where the whole sheet crosses the limit.
    @Test(arguments: [0, 1, 3, 10, 40])
    func repeatBudgetSpansSegments(_ limit: Int) throws {
        var limits = ReadLimits()
        limits.maxRepeatedCells = limit
        for name in ["ods-reader/values.ods", "ods-reader/text-and-repeats.ods", "read/lo-features.ods"] {
            Self.expectSame(try Fixtures.bytes(name), "\(name) limit \(limit)", limits: limits)
        }
    }
}

/// Shapes the split tracker cannot follow, derived from a LibreOffice file: each must
/// either still split correctly or fall back, never deliver something else.
extension ODSParallelReadTests {
    static func variant(_ edit: (String) -> String) throws -> [UInt8] {
        let path = Fixtures.path("read/lo-features.ods")
        let zip = try ZipArchive(source: FileByteSource(path: path, limits: .default), fileName: "f", limits: .default)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-par-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("v.ods").path
        let writer = try ZipWriter(path: out)
        for entry in zip.entries {
            var data = try zip.read(entry)
            if entry.name == "content.xml" { data = Array(edit(String(decoding: data, as: UTF8.self)).utf8) }
            try writer.add(entry.name, data, store: entry.name == "mimetype")
        }
        try writer.finish()
        return Array(try Data(contentsOf: URL(fileURLWithPath: out)))
    }

    /// `text` with `insert` put before the `n`th (from 0) occurrence of `marker`.
    static func insert(_ insert: String, before n: Int, of marker: String, in text: String) -> String {
        var from = text.startIndex
        for _ in 0..<n { from = text.range(of: marker, range: from..<text.endIndex)!.upperBound }
        let at = text.range(of: marker, range: from..<text.endIndex)!.lowerBound
        return String(text[..<at]) + insert + String(text[at...])
    }

    static func replace(_ n: Int, of marker: String, with new: String, in text: String) -> String {
        var from = text.startIndex
        for _ in 0..<n { from = text.range(of: marker, range: from..<text.endIndex)!.upperBound }
        let r = text.range(of: marker, range: from..<text.endIndex)!
        return text.replacingCharacters(in: r, with: new)
    }

    static let row = "<table:table-row "
    static let rowEnd = "</table:table-row>"

    @Test func rowsInsideAnUnknownElementAreNotCounted() throws {
        let bytes = try Self.variant {
            let wrapped = Self.insert("<table:foo>", before: 3, of: Self.row, in: $0)
            return Self.replace(3, of: Self.rowEnd, with: Self.rowEnd + "</table:foo>", in: wrapped)
        }
        // The skim follows the unknown element as the reader does: no fallback needed.
        let outcome = Self.expectSame(bytes, "unknown wrapper", fallsBack: false)
        #expect(outcome.error == nil)
        #expect(outcome.sheets[0].count == Self.expectSame(try Self.variant { $0 }, "plain").sheets[0].count - 1)
    }

    @Test func repeatCountWrittenAsAReference() throws {
        let bytes = try Self.variant {
            Self.replace(3, of: Self.row, with: "<table:table-row table:number-rows-repeated=\"&#50;\" ", in: $0)
        }
        let outcome = Self.expectSame(bytes, "referenced repeat")
        #expect(outcome.error == nil)
    }

    @Test func emptySelfClosingRows() throws {
        let bytes = try Self.variant {
            Self.insert("<table:table-row table:number-rows-repeated=\"3\"/>", before: 4, of: Self.row, in: $0)
        }
        Self.expectSame(bytes, "self-closing rows", fallsBack: false)
    }

    @Test func rowNestedInACell() throws {
        let bytes = try Self.variant {
            Self.insert("<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"7\"/></table:table-row>",
                        before: 15, of: "<text:p>", in: $0)
        }
        Self.expectSame(bytes, "row in a cell")
    }

    @Test func tableNestedInACell() throws {
        let bytes = try Self.variant {
            Self.insert("<table:table table:name=\"inner\"><table:table-row><table:table-cell office:value-type=\"string\">"
                        + "<text:p>x</text:p></table:table-cell></table:table-row></table:table>",
                        before: 16, of: "<text:p>", in: $0)
        }
        Self.expectSame(bytes, "table in a cell", fallsBack: false)
    }

    @Test func malformedXMLLateInTheSheet() throws {
        let bytes = try Self.variant { Self.replace(40, of: "</text:p>", with: "</text:q>", in: $0) }
        let outcome = Self.expectSame(bytes, "malformed", fallsBack: true)
        #expect(outcome.error?.hasPrefix("xml.malformed content.xml") == true, "\(outcome.error ?? "no error")")
    }

    /// Malformed XML after the last sheet is still reported, after every row.
    @Test func malformedXMLAfterTheLastSheet() throws {
        let bytes = try Self.variant { Self.replace(0, of: "</office:spreadsheet>", with: "</office:spreadsheet-x>", in: $0) }
        let outcome = Self.expectSame(bytes, "malformed tail")
        #expect(outcome.error?.hasPrefix("xml.malformed content.xml") == true, "\(outcome.error ?? "no error")")
        #expect(outcome.sheets.count == 3 && outcome.sheets.allSatisfy { !$0.isEmpty })
    }

    @Test func badValueLateInTheSheet() throws {
        let bytes = try Self.variant { Self.replace(8, of: "office:value=\"", with: "office:value=\"x", in: $0) }
        let outcome = Self.expectSame(bytes, "bad value", fallsBack: true)
        #expect(outcome.error?.hasPrefix("cell.bad-value") == true, "\(outcome.error ?? "no error")")
    }

    @Test func damagedDeflateData() throws {
        var bytes = try Self.variant { $0 }
        let zip = try ZipArchive(source: MemoryByteSource(bytes), fileName: "t.ods", limits: .default)
        let content = try #require(zip.entry(named: "content.xml"))
        // Past the local header and into the compressed stream's second half.
        bytes[content.localHeaderOffset + 30 + "content.xml".utf8.count + content.compressedSize * 2 / 3] ^= 0x55
        let outcome = Self.expectSame(bytes, "damaged deflate")
        #expect(outcome.error != nil)
    }

    /// A wrong CRC is found on opening, by the skim, which reads the content to its end
    /// (and with skimming off, by the full opening scan): no row is delivered.
    @Test func wrongChecksumFoundOnOpening() throws {
        var bytes = try Self.variant { $0 }
        let name = Array("content.xml".utf8)
        let central: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        func isContentRecord(_ i: Int) -> Bool {
            let signature = Array(bytes[i..<(i + 4)])
            let recorded = Array(bytes[(i + 46)..<(i + 46 + name.count)])
            return signature == central && recorded == name
        }
        let at = try #require((0..<(bytes.count - 46 - name.count)).first(where: isContentRecord))
        bytes[at + 16] ^= 0xFF
        let outcome = Self.expectSame(bytes, "wrong CRC")
        #expect(outcome.error?.hasPrefix("zip.crc") == true, "\(outcome.error ?? "no error")")
        #expect(outcome.sheets.isEmpty)
    }

    /// What the skim records at each split: a row start, its sheet and row, and the raw
    /// tags that reopen and close its ancestors.
    @Test func splitPointsCarryTheirAncestors() throws {
        let path = Fixtures.path("read/lo-features.ods")
        let zip = try ZipArchive(source: FileByteSource(path: path, limits: .default), fileName: "f", limits: .default)
        let entry = try #require(zip.entry(named: "content.xml"))
        let content = try zip.read(entry)
        let skimmer = try ODSContentSkimmer(zip: zip, entry: entry, styles: ODSStyleSheet(), limits: .default, splitSize: 1)
        #expect(try skimmer.run())
        let splits = skimmer.splits
        #expect(splits.count >= 10)
        let text = { (bytes: [UInt8]) in String(decoding: bytes, as: UTF8.self) }
        for (i, split) in splits.enumerated() {
            #expect(text(Array(content[split.offset..<(split.offset + 16)])) == "<table:table-row")
            #expect(text(split.head).hasPrefix("<office:document-content "))
            #expect(text(split.head).contains("<table:table table:name=\"\(skimmer.tables[split.table].name)\""))
            #expect(text(split.tail).hasSuffix("</table:table></office:spreadsheet></office:body></office:document-content>"))
            let opened = text(split.containers).components(separatedBy: "<table:").count - 1
            let closed = text(split.containersEnd).components(separatedBy: "</table:").count - 1
            #expect(opened == closed)
            if i > 0, splits[i - 1].table == split.table { #expect(split.row > splits[i - 1].row) }
        }
        // The first sheet's rows sit in header rows and nested row groups.
        #expect(splits.contains { text($0.containers) == "<table:table-header-rows>" })
        #expect(splits.contains { text($0.containers).hasPrefix("<table:table-row-group><table:table-row-group>") })
        #expect(text(splits[0].head).contains("<table:table-column "))
    }
}
