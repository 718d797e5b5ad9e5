import Foundation
import Testing

/// Anything that is not a regular file (a FIFO, a device, a folder) is refused at once by every
/// command that reads, with a located, stable code: a FIFO with no writer must never hang.
@Suite("Inputs that are not regular files")
struct NonRegularInputTests {
    /// Runs the binary, killing it after `seconds` (a hang is a failure, not a stuck test run).
    static func runBounded(_ arguments: [String], seconds: Double = 20) throws -> (status: Int32, output: String, hung: Bool) {
        let dir = try CLI.temporaryDirectory()
        let errPath = dir.appendingPathComponent("stderr").path
        FileManager.default.createFile(atPath: errPath, contents: nil)
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.currentDirectoryURL = CLI.repository
        // Both streams: validate reports a file's problem in its report, the others on stderr.
        process.standardOutput = err
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        let hung = process.isRunning
        if hung { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try err.close()
        return (process.terminationStatus, (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "", hung)
    }

    @Test func aFifoADeviceAndAFolderAreRefusedAtOnce() throws {
        let dir = try CLI.temporaryDirectory()
        let fifo = dir.appendingPathComponent("bao-cao.xlsx").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let out = dir.appendingPathComponent("o.csv").path
        let cases: [(args: [String], input: String)] = [
            (["inspect", fifo], fifo),
            (["inspect", "--stats", fifo], fifo),
            (["convert", fifo, out], fifo),
            (["validate", fifo], fifo),
            (["inspect", "/dev/zero"], "/dev/zero"),
            (["convert", dir.path, out], dir.path),
        ]
        for c in cases {
            let r = try Self.runBounded(c.args + ["--lang", "en"])
            #expect(!r.hung, "\(c.args) hung")
            #expect(r.status == 2, "\(c.args): \(r.status) \(r.output)")
            #expect(r.output.contains(c.input) && r.output.contains("The path is") && r.output.contains("[file.not-regular]"), "\(c.args): \(r.output)")
        }
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
