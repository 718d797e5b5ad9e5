import Foundation
import Testing
@testable import Spreadsheet
import SheetNative

/// The C layer's failure paths, reached on demand through the debug-build mock.
@Suite("System calls and the atomic writer")
struct SystemCallTests {
    let folder = TemporaryFolder()

    @Test func zlibRefusingAStreamIsAnErrorNotADoubleFree() {
        // Before: init freed the stream (and Deflater its buffer) and deinit freed them again.
        #expect(throws: NativeError.self) { _ = try Deflater(level: 42) }
        #expect(throws: NativeError.self) { _ = try Inflater(windowBits: 3) }
        for _ in 0..<100 { _ = try? Deflater(level: -7); _ = try? Inflater(windowBits: 99) }
        #expect(throws: Never.self) { _ = try Inflater(); _ = try Deflater() }
    }

    #if ENABLE_MOCKING
    @Test func interruptedCallsAreRetriedAndOtherFailuresAreTyped() throws {
        let path = folder.file("eintr.txt")
        let driver = MockingDriver(fault: { call, _ in call.name == "write" || call.name == "rename" ? nil : nil })
        var interrupted = 0
        driver.fault = { call, _ in
            guard call.name == "write", interrupted < 3 else { return nil }
            interrupted += 1
            return EINTR
        }
        try driver.install { try AtomicWrite.write(Array("xin chào".utf8), to: path) }
        #expect(interrupted == 3)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "xin chào")

        let failing = MockingDriver(fault: { call, _ in call.name == "fsync" ? EIO : nil })
        let error = #expect(throws: SpreadsheetError.self) {
            try failing.install { try AtomicWrite.write(Array("mới".utf8), to: path) }
        }
        #expect(error?.cause == .system(errno: EIO))
        #expect(error?.location.file == path)
        #expect(error.map { !$0.text(.en).contains("Success") } == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "xin chào")
    }

    /// Every system call the atomic writer makes, failed in turn: the target keeps its old
    /// bytes or has the new ones, and no temporary file is left.
    @Test func theAtomicWriterLeavesOldOrNewAtEveryFault() throws {
        let path = folder.file("report.csv")
        try AtomicWrite.write(Array("old".utf8), to: path)
        let recorder = MockingDriver()
        try recorder.install { try AtomicWrite.write(Array("new".utf8), to: path) }
        let steps = recorder.trace.count
        #expect(recorder.trace.map(\.name).contains("rename"))
        for k in 0..<steps {
            try AtomicWrite.write(Array("old".utf8), to: path)
            let driver = MockingDriver(failingCallAt: k, with: k % 2 == 0 ? ENOSPC : EIO)
            let committed = (try? driver.install { try AtomicWrite.write(Array("new".utf8), to: path) }) != nil
            let now = try String(contentsOfFile: path, encoding: .utf8)
            // The last step (fsync of the folder after the rename) reports failure with the file already new.
            #expect(now == "new" || now == "old", "step \(k) \(recorder.trace[k])")
            if committed { #expect(now == "new", "step \(k)") }
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.csv"], "step \(k) \(recorder.trace[k])")
        }
    }

    @Test func deferredDurabilitySyncsOnceAtTheEnd() throws {
        let immediate = MockingDriver(), deferred = MockingDriver()
        try immediate.install {
            for i in 0..<5 { try AtomicWrite.write([UInt8(i)], to: folder.file("i\(i).csv")) }
        }
        try deferred.install {
            for i in 0..<5 {
                var csv = try CSVWriter(path: folder.file("d\(i).csv"), options: CSVWriteOptions(durability: .deferred))
                try csv.write(row: [.number(Double(i))])
                try csv.finish()
            }
            try Durability.synchronize(folder: folder.path)
        }
        #expect(immediate.trace.filter { $0.name == "fsync" }.count == 10)
        #expect(deferred.trace.filter { $0.name == "fsync" || $0.name == "syncfs" }.map(\.name) == ["syncfs", "fsync"])
    }
    #endif

    @Test func temporaryFilesGetTheModeOfAnyNewFile() throws {
        // One writer for every format: a CSV, a report and a workbook all get 0666 less the umask.
        let plain = folder.file("plain")
        FileManager.default.createFile(atPath: plain, contents: Data())
        let expected = try FileManager.default.attributesOfItem(atPath: plain)[.posixPermissions] as? Int
        var csv = try CSVWriter(path: folder.file("a.csv"))
        try csv.write(row: [.text("x")])
        try csv.finish()
        try AtomicWrite.write([1], to: folder.file("b.txt"))
        let xlsx = try XLSXWriter(path: folder.file("c.xlsx"))
        try xlsx.beginSheet(SheetSetup(name: "S"))
        try xlsx.endSheet()
        try xlsx.finish()
        for name in ["a.csv", "b.txt", "c.xlsx"] {
            #expect(try FileManager.default.attributesOfItem(atPath: folder.file(name))[.posixPermissions] as? Int == expected, "\(name)")
        }
    }
}
