import Foundation
import Testing
@testable import Spreadsheet
import SheetNative

/// A set of outputs appears whole or not at all, whatever system call fails and wherever.
@Suite("Output staging: all outputs or none")
struct OutputStagingTests {
    let folder = TemporaryFolder()

    /// Writes `names` (CSV or XLSX), each holding `tag`, as one set; failures name the user's paths.
    @discardableResult
    static func writeSet(_ dir: String, _ tag: String, _ names: [String]) throws -> [String] {
        let staging = try OutputStaging(directory: dir)
        do {
            for name in names {
                let path = try staging.path(for: name)
                if name.hasSuffix(".xlsx") {
                    let xlsx = try XLSXWriter(path: path)
                    try xlsx.beginSheet(SheetSetup(name: "S"))
                    try xlsx.writeRow(0, [WriteCell(0, .text(tag))])
                    try xlsx.endSheet()
                    try xlsx.finish()
                } else {
                    var csv = try CSVWriter(path: path, options: CSVWriteOptions(byteOrderMark: false))
                    try csv.write(row: [.text(tag)])
                    try csv.finish()
                }
            }
            return try staging.commit()
        } catch {
            staging.discard()
            throw staging.reported(error)
        }
    }

    /// What a user reading the folder sees: each visible output and the tag it holds.
    static func visible(_ dir: String) throws -> [String: String] {
        var seen: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) where !name.hasPrefix(".") {
            let path = dir + "/" + name
            guard FileManager.default.fileExists(atPath: path) else { continue }  // a dangling link shows nothing
            if name.hasSuffix(".xlsx") {
                seen[name] = try WorkbookReader(path: path).loadSheet(0).rows.first?.cells.first?.value.plainText ?? "?"
            } else {
                seen[name] = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        return seen
    }

    /// After a clean run: the current set only, no temporary or dangling entry anywhere.
    static func expectTidy(_ dir: String, _ note: String) throws {
        let current = (try? FileManager.default.destinationOfSymbolicLink(atPath: dir + "/.thidua/current")).map { [String($0.dropFirst("sets/".count))] } ?? []
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/.thidua/sets") == current, "\(note)")
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) where name != ".thidua" {
            #expect(!name.hasPrefix("."), "\(note): leftover \(name)")
            #expect(FileManager.default.fileExists(atPath: dir + "/" + name), "\(note): dangling \(name)")
        }
    }

    static let setA = ["a.csv", "b.xlsx"], setB = ["b.xlsx", "c.csv"]
    static let stateA = ["a.csv": "A", "b.xlsx": "A"], stateB = ["b.xlsx": "B", "c.csv": "B"]

    @Test func outputsAreLinksToOneSetSwitchedAtOnce() throws {
        let dir = folder.file("out")
        let written = try Self.writeSet(dir, "A", Self.setA)
        #expect(written == [dir + "/a.csv", dir + "/b.xlsx"])
        #expect(try Self.visible(dir) == Self.stateA)
        try Self.writeSet(dir, "B", Self.setB)
        #expect(try Self.visible(dir) == Self.stateB)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/c.csv") == ".thidua/current/c.csv")
        try Self.expectTidy(dir, "after two runs")
    }

    @Test func plainFilesFromEarlierVersionsAreReplacedAtTheSameSwitch() throws {
        let dir = folder.file("legacy")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data("A\r\n".utf8).write(to: URL(fileURLWithPath: dir + "/a.csv"))
        try Data("A\r\n".utf8).write(to: URL(fileURLWithPath: dir + "/b.xlsx.txt"))
        try Self.writeSet(dir, "B", ["a.csv", "c.csv"])
        #expect(try Self.visible(dir) == ["a.csv": "B", "c.csv": "B", "b.xlsx.txt": "A"])
    }

    #if ENABLE_MOCKING
    /// Every system call of a run, failed in turn (EIO or a full disk): the folder shows the
    /// whole previous set or the whole new one, a failure means the previous one, no error names
    /// a hidden path, and the next run leaves nothing behind.
    @Test(arguments: [false, true])
    func aFaultAtAnyStepLeavesTheWholeOldSetOrTheWholeNewOne(legacy: Bool) throws {
        func prepare(_ dir: String) throws {
            guard legacy else { try Self.writeSet(dir, "A", Self.setA); return }
            // Outputs written as plain files, as versions before the staged sets did.
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            var csv = try CSVWriter(path: dir + "/a.csv", options: CSVWriteOptions(byteOrderMark: false))
            try csv.write(row: [.text("A")])
            try csv.finish()
            let xlsx = try XLSXWriter(path: dir + "/b.xlsx")
            try xlsx.beginSheet(SheetSetup(name: "S"))
            try xlsx.writeRow(0, [WriteCell(0, .text("A"))])
            try xlsx.endSheet()
            try xlsx.finish()
        }
        let recorderDir = folder.file("recorder-\(legacy)")
        try prepare(recorderDir)
        let recorder = MockingDriver()
        try recorder.install { try Self.writeSet(recorderDir, "B", Self.setB) }
        #expect(recorder.trace.count > 30)
        #expect(recorder.trace.map(\.name).contains("flock"))
        for k in 0..<recorder.trace.count {
            let dir = folder.file("fault-\(legacy)-\(k)")
            try prepare(dir)
            let errno = k % 2 == 0 ? ENOSPC : EIO
            let driver = MockingDriver(failingCallAt: k, with: errno)
            var failure: (any Error)?
            do { try driver.install { try Self.writeSet(dir, "B", Self.setB) } } catch { failure = error }
            let step = "step \(k) \(recorder.trace[k])"
            let state = try Self.visible(dir)
            // Plain files of an earlier version that the new set does not have are not touched.
            let before = legacy ? Self.stateA : Self.stateA, after = legacy ? Self.stateB.merging(["a.csv": "A"]) { a, _ in a } : Self.stateB
            #expect(state == (failure == nil ? after : before), "\(step): \(state) \(String(describing: failure))")
            if let failure {
                let text = (failure as? SpreadsheetError)?.text(.en) ?? "\(failure)"
                #expect(!text.contains(".thidua") && !text.contains("Success"), "\(step): \(text)")
                #expect((failure as? SpreadsheetError)?.cause == .system(errno: errno), "\(step): \(text)")
            }
            // The next run (here one that stages nothing new) removes what the failed one left.
            let tidy = try OutputStaging(directory: dir)
            _ = try tidy.path(for: "z.csv")
            tidy.discard()
            try Self.expectTidy(dir, step)
            #expect(try Self.visible(dir) == state, "\(step)")
        }
    }
    #endif

    @Test func runsOnTheSameFolderAreSerialised() throws {
        let dir = folder.file("locked")
        try Self.writeSet(dir, "A", Self.setA)
        let first = try OutputStaging(directory: dir)
        _ = try first.path(for: "a.csv")
        let second = Thread.detachedResult { try Self.writeSet(dir, "B", Self.setB) }
        Thread.sleep(forTimeInterval: 0.3)
        #expect(!second.isFinished, "the second run must wait for the first one's lock")
        first.discard()
        #expect(second.wait(timeout: 10))
        #expect(try Self.visible(dir) == Self.stateB)
    }
}

/// A background run whose end a test can wait for.
final class DetachedRun: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var finished = false
    var isFinished: Bool { lock.withLock { finished } }

    init(_ body: @escaping @Sendable () throws -> Void) {
        Thread { [self] in
            try? body()
            lock.withLock { finished = true }
            done.signal()
        }.start()
    }

    func wait(timeout: Double) -> Bool { done.wait(timeout: .now() + timeout) == .success }
}

extension Thread {
    static func detachedResult(_ body: @escaping @Sendable () throws -> Void) -> DetachedRun { DetachedRun(body) }
}
