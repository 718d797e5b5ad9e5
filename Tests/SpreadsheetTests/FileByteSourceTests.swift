import Foundation
import Testing
@testable import Spreadsheet
import SheetNative

/// A small file is read whole when opened and every later read is served from that copy;
/// a larger one is read piece by piece. Both give the file's bytes at every offset.
@Suite("File byte source")
struct FileByteSourceTests {
    static func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-bytes-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func pattern(_ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) } }

    @Test(arguments: [0, 1, 12_407, FileByteSource.wholeFileSize, FileByteSource.wholeFileSize + 10])
    func everyRangeReadsTheFilesBytes(size: Int) throws {
        let bytes = Self.pattern(size)
        let path = try Self.file(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let source = try FileByteSource(path: path, limits: .default)
        #expect(source.size == size)
        for (offset, count) in [(0, size), (0, 30), (size / 2, 4096), (max(0, size - 7), 20), (size, 5), (size + 3, 1)] {
            let expected = offset < size ? Array(bytes[offset..<min(size, offset + count)]) : []
            #expect(try source.bytes(at: offset, count: count) == expected, "\(offset)+\(count) of \(size)")
        }
    }

    @Test func aSmallFileIsTheBytesItHadWhenOpened() throws {
        // Written over in place after opening (same inode, as an editor saving in place would):
        // every read still gives the bytes the file had, so what was checked and what is hashed agree.
        let before = Self.pattern(50_000)
        let path = try Self.file(before)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let source = try FileByteSource(path: path, limits: .default)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.write(Data(repeating: 0x41, count: 50_000))
        try handle.close()
        #expect(try source.bytes(at: 0, count: 50_000) == before)
    }

    #if ENABLE_MOCKING
    @Test func aFileThatCannotBeReadWholeIsReadAsBeforeAndFailsWhereItDid() throws {
        // Every read failing: opening still succeeds, and the first read a reader makes reports
        // the failure with its own location, as when every read went to the file (the first
        // version of the whole-file read threw from the opening instead).
        let path = try Self.file(Self.pattern(5_000))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let failing = MockingDriver(fault: { call, _ in call.name == "pread" ? EIO : nil })
        try failing.install {
            let source = try FileByteSource(path: path, limits: .default)
            #expect(source.size == 5_000)
            #expect(throws: SpreadsheetError.self) { _ = try source.bytes(at: 0, count: 10) }
        }
    }
    #endif
}
