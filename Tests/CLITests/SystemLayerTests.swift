import ArgumentParser
import Foundation
import SheetNative
import Testing
@testable import ThiduaCLI
#if canImport(Glibc)
import Glibc
#endif

/// The command line's own system calls go through SheetNative's layer, so a debug build can
/// make them fail: a write to standard output refused, a folder that cannot be listed.
@Suite("CLI system calls through the layer")
struct SystemLayerTests {
    #if ENABLE_MOCKING
    /// Any failing write to standard output (EIO, ENOSPC, EPIPE) is an `OutputFailure` with
    /// the system's words, and the command's exit status 2, never a trap.
    @Test(arguments: [EIO, ENOSPC, EPIPE])
    func aFailingWriteToStandardOutputIsExitTwo(_ code: Int32) throws {
        let driver = MockingDriver(fault: { call, _ in call.name == "write" ? code : nil })
        driver.install {
            do {
                try printLine("x")
                Issue.record("the write did not fail")
            } catch let failure as OutputFailure {
                #expect(failure.errno == code)
                #expect(failure.text(.en) == "Standard output cannot be written (\(String(cString: strerror(code)))); the output is incomplete.")
            } catch {
                Issue.record("\(error)")
            }
            do {
                try reportingOutputFailure(.en) { try printLine("x") }
                Issue.record("no exit status")
            } catch let exit as ExitCode {
                #expect(exit.rawValue == 2)
            } catch {
                Issue.record("\(error)")
            }
        }
        #expect(driver.trace.contains { $0.name == "write" })
    }

    /// A folder that cannot be listed is a skipped entry with the system's reason, and the
    /// other folders are still searched.
    @Test func anUnlistableFolderIsSkippedWithItsReason() throws {
        let root = try CLI.temporaryDirectory()
        let locked = root.appendingPathComponent("khoa"), open = root.appendingPathComponent("mo")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: open, withIntermediateDirectories: true)
        try Data("a,b\n".utf8).write(to: open.appendingPathComponent("bao-cao.csv"))
        let driver = MockingDriver(fault: { call, _ in call.name == "opendir" && call.path == locked.path ? EACCES : nil })
        let found = driver.install { ReturnFiles([root.path]) }
        #expect(found.returns == [open.appendingPathComponent("bao-cao.csv").path])
        #expect(found.skipped.count == 1)
        #expect(found.skipped.first?.path == locked.path)
        #expect(found.skipped.first?.reason.text(.en).contains("Permission denied") == true, "\(found.skipped)")
    }
    #endif

    /// Inside-ness is decided from the path as text made absolute, compared by inode; the
    /// output folder need not exist yet.
    @Test func anOutputFolderInsideTheReturnsIsFound() throws {
        let root = try CLI.temporaryDirectory()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        #expect(OutputGuard.isInside(root.path + "/a/b/new/out", root.path))
        #expect(OutputGuard.isInside(root.path + "/a/../a/./b", root.path + "/a"))
        #expect(OutputGuard.isInside(root.path, root.path))
        #expect(!OutputGuard.isInside(root.path + "/a/../x", root.path + "/a"))
        #expect(!OutputGuard.isInside(FileManager.default.temporaryDirectory.path, root.path))
    }
}
