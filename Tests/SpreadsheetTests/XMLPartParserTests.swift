import Testing
import SheetNative
@testable import Spreadsheet

@Suite("XML parts streamed from a package")
struct XMLPartParserTests {
    final class Counter: XMLEventHandler {
        var cells = 0
        var sum = 0
        var inV = false
        var failure: (any Error)?
        func startElement(_ name: XMLBytes, namespace: XMLBytes?, attributes: XMLAttributes) {
            if name.equals("c") { cells += 1 }
            inV = name.equals("v")
        }
        func endElement(_ name: XMLBytes, namespace: XMLBytes?) { inV = false }
        func characters(_ text: XMLBytes) { if inV { sum += text.unsignedInteger ?? 0 } }
    }

    func parse(_ fixture: String) throws -> Counter {
        let path = Fixtures.path("zip/" + fixture)
        let zip = try ZipArchive(source: FileByteSource(path: path, limits: .default), fileName: fixture, limits: .default)
        let entry = try #require(zip.entry(named: "big.xml"))
        let counter = Counter()
        let parser = try XMLPartParser(zip: zip, entry: entry, handler: counter, prefetchThreshold: 1 << 20)
        var pumps = 0
        while try parser.pump() { pumps += 1 }
        #expect(pumps > 1)
        return counter
    }

    @Test func largePartIsParsedWhileInflatedOnAnotherThread() throws {
        let c = try parse("big-xml.zip")
        #expect(c.cells == 50_000)
        #expect(c.sum == 49_999 * 50_000 / 2)
    }

    @Test func corruptionInAPrefetchedPartIsReported() throws {
        let error = #expect(throws: SpreadsheetError.self) { try parse("big-xml-bad-crc.zip") }
        #expect(error?.code == .zipCRC)
        #expect(error?.location.part == "big.xml")
    }

    @Test func abandoningAPrefetchedPartStopsItsThread() throws {
        let path = Fixtures.path("zip/big-xml.zip")
        let zip = try ZipArchive(source: FileByteSource(path: path, limits: .default), fileName: "big", limits: .default)
        for _ in 0..<20 {
            let parser = try XMLPartParser(zip: zip, entry: zip.entry(named: "big.xml")!, handler: Counter(),
                                           prefetchThreshold: 1 << 20)
            _ = try parser.pump()
        }
    }

    /// Has enough after `limit` cells, as a worksheet read for its cells has at `</sheetData>`.
    final class FirstCells: XMLEventHandler {
        let limit: Int
        var cells = 0
        var failure: (any Error)?
        var hasEnough: Bool { cells >= limit }
        init(_ limit: Int) { self.limit = limit }
        func startElement(_ name: XMLBytes, namespace: XMLBytes?, attributes: XMLAttributes) {
            if name.equals("c") { cells += 1 }
        }
        func endElement(_ name: XMLBytes, namespace: XMLBytes?) {}
        func characters(_ text: XMLBytes) {}
    }

    func parseFirstCells(_ fixture: String, _ limit: Int) throws -> FirstCells {
        let path = Fixtures.path("zip/" + fixture)
        let zip = try ZipArchive(source: FileByteSource(path: path, limits: .default), fileName: fixture, limits: .default)
        let handler = FirstCells(limit)
        // Small chunks, then the part prefetched on a second thread: both ways of streaming.
        for threshold in [Int.max, 1 << 20] {
            handler.cells = 0
            let parser = try XMLPartParser(zip: zip, entry: try #require(zip.entry(named: "big.xml")),
                                           handler: handler, chunkSize: 4096, prefetchThreshold: threshold)
            try parser.parseAll()
        }
        return handler
    }

    @Test func aHandlerThatHasEnoughStopsTheParse() throws {
        let handler = try parseFirstCells("big-xml.zip", 100)
        #expect(handler.cells == 100)
    }

    @Test func aStoppedPartIsStillCheckedByItsCRC() throws {
        // The corrupt bytes lie past the 100th cell: the parse stops before them, the CRC does not.
        let error = #expect(throws: SpreadsheetError.self) { try parseFirstCells("big-xml-bad-crc.zip", 100) }
        #expect(error?.code == .zipCRC)
        #expect(error?.location.part == "big.xml")
    }

    @Test func whatFollowsTheStopIsNotParsed() throws {
        let xml = Array("<r><c/><c/><c/>< this is no XML".utf8)
        let enough = FirstCells(3)
        let parser = XMLPushParser(handler: enough)
        try xml.withUnsafeBytes { try parser.feed($0) }
        try parser.finish()
        #expect(parser.isStopped && enough.cells == 3)
        // Without the stop the same bytes are malformed.
        let all = XMLPushParser(handler: FirstCells(.max))
        #expect(throws: NativeError.self) {
            try xml.withUnsafeBytes { try all.feed($0) }
            try all.finish()
        }
    }

    @Test func doctypeIsRefused() throws {
        final class Ignore: XMLEventHandler {
            var failure: (any Error)?
            func startElement(_ name: XMLBytes, namespace: XMLBytes?, attributes: XMLAttributes) {}
            func endElement(_ name: XMLBytes, namespace: XMLBytes?) {}
            func characters(_ text: XMLBytes) {}
        }
        let xml = Array("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>".utf8)
        let parser = XMLPushParser(handler: Ignore())
        let error = #expect(throws: NativeError.self) {
            try xml.withUnsafeBytes { try parser.feed($0) }
            try parser.finish()
        }
        #expect(error?.kind == .xmlForbiddenDTD)
    }
}
