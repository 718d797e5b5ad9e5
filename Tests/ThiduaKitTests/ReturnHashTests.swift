import Foundation
import SheetNative
import Testing
@testable import ThiduaKit
#if canImport(Glibc)
import Glibc
#endif

/// A return's SHA-256 is of the bytes its values were read from: hashed through the reader's
/// own descriptor, not by opening the path a second time, where another file may be by then.
@Suite("Return hash")
struct ReturnHashTests {
    static let first = ConsolidationFixture.repository.appendingPathComponent("Fixtures/returns/2018/00160-bao-cao-2018.xlsx").path
    static let other = ConsolidationFixture.repository.appendingPathComponent("Fixtures/returns/2018/00166-bao-cao-2018.xlsx").path

    #if ENABLE_MOCKING
    /// Another ward's return is renamed over the path as soon as the reader starts reading
    /// (its first `pread`): the hash and the ward are still those of the file that was opened.
    @Test func aFileSwappedWhileReadIsHashedAsRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-hash-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/return.xlsx", swap = dir + "/swap.xlsx"
        try FileManager.default.copyItem(atPath: Self.first, toPath: path)
        try FileManager.default.copyItem(atPath: Self.other, toPath: swap)
        let opened = Array(try Data(contentsOf: URL(fileURLWithPath: Self.first)))
        let swapped = Array(try Data(contentsOf: URL(fileURLWithPath: Self.other)))

        var renamed = false
        let driver = MockingDriver(fault: { call, _ in
            if call.name == "pread" && !renamed {
                renamed = true
                // Straight to the C library: the swap is the world changing, not our code.
                #expect(Glibc.rename(swap, path) == 0)
            }
            return nil
        })
        let validator = ReturnValidator(schema: ConsolidationFixture.schema)
        let result = driver.install { validator.validate(path: path) }
        #expect(renamed)
        #expect(result.ward?.code == "00160")
        #expect(result.sha256 == ContentHash.hex(opened))
        #expect(result.sha256 != ContentHash.hex(swapped))
    }
    #endif

    /// From a path or from the same bytes in memory, the hash is the file's.
    @Test func pathAndBytesGiveTheFileHash() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.first)))
        let validator = ReturnValidator(schema: ConsolidationFixture.schema)
        #expect(validator.validate(path: Self.first).sha256 == ContentHash.hex(bytes))
        #expect(validator.validate(bytes: bytes, fileName: "x.xlsx").sha256 == ContentHash.hex(bytes))
    }
}
