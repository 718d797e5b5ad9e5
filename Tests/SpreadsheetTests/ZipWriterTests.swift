import Foundation
import Testing
@testable import Spreadsheet
import SheetNative

@Suite("ZIP writer")
struct ZipWriterTests {
    static let text = Array(String(repeating: "Giao ước thi đua năm 2026 – Cầu Giấy\n", count: 3000).utf8)

    let folder = TemporaryFolder()

    func temporaryPath(_ name: String) -> String { folder.file(name) }

    func open(_ path: String) throws -> ZipArchive {
        try ZipArchive(source: FileByteSource(path: path, limits: .default), fileName: path, limits: .default)
    }

    func siblings(of path: String) -> [String] {
        let dir = (path as NSString).deletingLastPathComponent
        return (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    }

    func writeSample(_ path: String, threshold: UInt64 = 0xFFFF_FFFF) throws {
        let zip = try ZipWriter(path: path)
        zip.records.zip64Threshold = threshold
        try zip.add("a/whole.txt", Self.text)
        try zip.add("empty.txt", [])
        try zip.add("tiny.txt", Array("ab".utf8))
        let spool = try zip.makeSpool()
        for i in stride(from: 0, to: Self.text.count, by: 1000) {
            try Self.text[i..<min(i + 1000, Self.text.count)].withUnsafeBytes { try spool.write($0) }
        }
        try zip.add("b/streamed.txt", spool: spool, prefix: Array("PREFIX:".utf8))
        try zip.finish()
    }

    /// An entry held in memory (small) and one spilled to a temporary file (past the memory
    /// limit) read back whole; writers of many files take their repeated parts' deflate
    /// streams from the memo, byte for byte what compressing them again gives.
    @Test func heldSpilledAndRememberedEntriesAreTheSame() throws {
        // Past the memory limit, and not so repetitive that the reader takes it for a zip bomb.
        var seed: UInt64 = 2018
        let big = (0..<(ZipSpool.memoryLimit + 300_000)).map { _ -> UInt8 in
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(ascii: "a") + UInt8(seed >> 59)
        }
        let part = Array("<part>\(UInt64.random(in: 0...UInt64.max))</part>".utf8) + Self.text
        func write(_ path: String, concurrent: Bool) throws {
            let zip = try ZipWriter(path: path, concurrentSpools: concurrent)
            try zip.add("whole.txt", part)
            for (name, bytes) in [("held.txt", part), ("spilled.txt", big)] {
                let spool = try zip.makeSpool()
                for i in stride(from: 0, to: bytes.count, by: 70_000) {
                    try bytes[i..<min(i + 70_000, bytes.count)].withUnsafeBytes { try spool.write($0) }
                }
                try zip.add(name, spool: spool)
            }
            try zip.finish()
        }
        let (alone, first, second) = (temporaryPath("alone.zip"), temporaryPath("first.zip"), temporaryPath("second.zip"))
        try write(alone, concurrent: true)
        #expect(!ZipPartMemo.shared.knows(part, level: 6, wholePart: true))
        try write(first, concurrent: false)
        #expect(ZipPartMemo.shared.knows(part, level: 6, wholePart: true))
        #expect(ZipPartMemo.shared.knows(part, level: 6, wholePart: false))
        try write(second, concurrent: false)
        let bytes = try [alone, first, second].map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        #expect(bytes[0] == bytes[1] && bytes[1] == bytes[2])
        let zip = try open(second)
        for (name, expected) in [("whole.txt", part), ("held.txt", part), ("spilled.txt", big)] {
            #expect(try zip.read(zip.entry(named: name)!) == expected)
        }
        #expect(siblings(of: second).allSatisfy { !$0.hasSuffix(".tmp") })
    }

    @Test func roundTripsThroughOurReader() throws {
        let path = temporaryPath("sample.zip")
        try writeSample(path)
        let zip = try open(path)
        #expect(zip.entries.map(\.name) == ["a/whole.txt", "empty.txt", "tiny.txt", "b/streamed.txt"])
        #expect(try zip.read(zip.entry(named: "a/whole.txt")!) == Self.text)
        #expect(try zip.read(zip.entry(named: "empty.txt")!) == [])
        #expect(try zip.read(zip.entry(named: "tiny.txt")!) == Array("ab".utf8))
        #expect(try zip.read(zip.entry(named: "b/streamed.txt")!) == Array("PREFIX:".utf8) + Self.text)
        // Deflate where it shrinks, stored where it would not; never data descriptors.
        #expect(zip.entry(named: "a/whole.txt")!.method == 8)
        #expect(zip.entry(named: "tiny.txt")!.method == 0)
        #expect(zip.entries.allSatisfy { $0.flags & 8 == 0 })
        #expect(siblings(of: path) == ["sample.zip"])
    }

    @Test func writesZip64RecordsWhenNeeded() throws {
        // A threshold of 1 makes every size and offset "large", exercising each ZIP64 field.
        let path = temporaryPath("zip64.zip")
        try writeSample(path, threshold: 1)
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        let zip = try open(path)
        #expect(try zip.read(zip.entry(named: "b/streamed.txt")!) == Array("PREFIX:".utf8) + Self.text)
        #expect(try zip.read(zip.entry(named: "a/whole.txt")!) == Self.text)
        var r = LittleEndianReader(bytes, at: bytes.count - ZipLayout.endRecordSize - ZipLayout.zip64LocatorSize)
        #expect(r.u32() == ZipLayout.zip64Locator)
    }

    @Test func isDeterministic() throws {
        let a = temporaryPath("a.zip"), b = temporaryPath("b.zip")
        try writeSample(a)
        try writeSample(b)
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
    }

    @Test func fixedTimestampAndNoExtraFields() throws {
        let path = temporaryPath("fixed.zip")
        let zip = try ZipWriter(path: path)
        try zip.add("x.xml", Array("<x/>".utf8))
        try zip.finish()
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        var r = LittleEndianReader(bytes)
        #expect(r.u32() == ZipLayout.localHeader)
        #expect(r.u16() == 20)  // version needed
        #expect(r.u16() == 0)  // flags
        #expect(r.u16() == 0)  // stored: four bytes do not shrink
        #expect(r.u16() == 0)  // 00:00
        #expect(r.u16() == 0x21)  // 1980-01-01
        _ = r.skip(12)
        #expect(r.u16() == 5)
        #expect(r.u16() == 0)  // no extra field
    }

    @Test func abandonLeavesTargetUntouched() throws {
        let path = temporaryPath("keep.zip")
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        do {
            let zip = try ZipWriter(path: path)
            try zip.add("a.txt", Self.text)
            zip.abandon()
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("old".utf8))
        #expect(siblings(of: path) == ["keep.zip"])
        do {
            // Dropped without finishing: deinit cleans up.
            let zip = try ZipWriter(path: path)
            try zip.add("a.txt", Self.text)
        }
        #expect(siblings(of: path) == ["keep.zip"])
    }

    @Test func failedRenameRemovesTheTemporaryFile() throws {
        // A folder in the way: everything is written, then the final rename fails.
        let path = temporaryPath("folder.xlsx")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        let zip = try ZipWriter(path: path)
        try zip.add("a.txt", Self.text)
        let error = #expect(throws: SpreadsheetError.self) { try zip.finish() }
        #expect(error?.code == .writeFailed)
        #expect(error?.location.file == path)
        #expect(siblings(of: path) == ["folder.xlsx"])
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue)
    }

    @Test func refusesDuplicateNames() throws {
        let zip = try ZipWriter(path: temporaryPath("dup.zip"))
        try zip.add("a.txt", [1])
        #expect(throws: SpreadsheetError.self) { try zip.add("a.txt", [2]) }
    }

    @Test func reportsUnwritableFolder() throws {
        let error = #expect(throws: SpreadsheetError.self) {
            _ = try ZipWriter(path: "/nonexistent-folder-\(UUID().uuidString)/out.xlsx")
        }
        #expect(error?.code == .writeFailed)
    }

    @Test func combinesCRCs() {
        let a = Array("Phường Dịch Vọng".utf8), b = Array(repeating: UInt8(7), count: 100_000)
        for split in [0, 1, 5, a.count] {
            let first = Array(a[..<split]), second = Array(a[split...]) + b
            let combined = CRC32Combine.combine(CRC32.checksum(first), CRC32.checksum(second), secondLength: UInt64(second.count))
            #expect(combined == CRC32.checksum(a + b))
        }
    }

    @Test func storedBlocksSplitAt64K() {
        let data = [UInt8](repeating: 65, count: 70_000)
        let blocks = ZipWriter.storedBlocks(data)
        #expect(blocks.count == 70_000 + 10)
        #expect(Array(blocks[0..<5]) == [0, 0xFF, 0xFF, 0, 0])
        #expect(Array(blocks[65_540..<65_545]) == [0, 0x71, 0x11, 0x8E, 0xEE])
    }
}
