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
