import Foundation
import SheetNative
import Testing
@testable import ThiduaPortal
#if canImport(Glibc)
import Glibc
#endif

/// A backup over an earlier copy replaces it in one rename: the old copy stays whole until the
/// new one is complete, and a failed switch leaves the old copy and no partial file.
@Suite("Backup replaces in one step")
struct BackupReplaceTests {
    @Test func aNewCopyReplacesTheOldOne() throws {
        let h = try PortalHarness()
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let target = dir + "/thidua.sqlite"
        try Data("old copy".utf8).write(to: URL(fileURLWithPath: target))
        try h.portal.database.backup(to: target)
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)).prefix(16) == Data("SQLite format 3\0".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["thidua.sqlite"])
    }

    #if ENABLE_MOCKING
    @Test func aFailedSwitchKeepsTheOldCopy() throws {
        let h = try PortalHarness()
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let target = dir + "/thidua.sqlite"
        try Data("old copy".utf8).write(to: URL(fileURLWithPath: target))
        let driver = MockingDriver(fault: { call, _ in call.name == "rename" ? EIO : nil })
        #expect(throws: (any Error).self) { try driver.install { try h.portal.database.backup(to: target) } }
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == Data("old copy".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["thidua.sqlite"])
    }
    #endif

    static func folder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-backup-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }
}
