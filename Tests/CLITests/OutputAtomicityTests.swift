import Foundation
import Testing

/// `consolidate` killed at any moment (kill -9) leaves the output folder with one whole set of
/// outputs, the previous or the new, and the next run removes what the killed one staged.
@Suite("consolidate: outputs whole or not at all under kill -9")
struct OutputAtomicityTests {
    /// Each visible output and its bytes, read through the links as a user would.
    static func snapshot(_ dir: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [] where !name.hasPrefix(".") {
            if let data = FileManager.default.contents(atPath: dir.appendingPathComponent(name).path) { files[name] = data }
        }
        return files
    }

    static func arguments(_ out: URL, _ variant: Int) -> [String] {
        // Two different sets: other files (ods too) and other words (English), so a mix shows.
        ["consolidate", "Fixtures/returns/2018", "-o", out.path, "-q"]
            + (variant == 0 ? ["--format", "xlsx", "--lang", "vi"] : ["--format", "both", "--lang", "en"])
    }

    @Test func aKilledRunLeavesTheWholePreviousSetOrTheWholeNewOne() throws {
        let root = try CLI.temporaryDirectory()
        var references: [[String: Data]] = []
        // The kills are spread over the time a whole run takes here and now (it varies from
        // 0.1 s on a quiet machine to seconds on a loaded one), so most of them land mid-run.
        var longest: TimeInterval = 0
        for variant in 0..<2 {
            let out = root.appendingPathComponent("reference-\(variant)")
            let start = Date()
            #expect(try CLI.run(Self.arguments(out, variant), currentDirectory: CLI.repository).status == 1)
            longest = max(longest, Date().timeIntervalSince(start))
            references.append(Self.snapshot(out))
        }
        #expect(references[0].count == 4 && references[1].count == 6)

        let out = root.appendingPathComponent("killed")
        var kills = 0
        for round in 0..<16 {
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = Self.arguments(out, round % 2)
            process.currentDirectoryURL = CLI.repository
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Spread over the run, from its start to its write phase at the end.
            usleep(useconds_t(longest * 0.9 * (Double(round) + 0.5) / 16 * 1_000_000))
            if process.isRunning { kill(process.processIdentifier, SIGKILL); kills += 1 }
            process.waitUntilExit()
            let seen = Self.snapshot(out)
            #expect(seen.isEmpty || seen == references[0] || seen == references[1],
                    "round \(round): a mixed set \(seen.keys.sorted())")
        }
        #expect(kills > 4, "the runs ended before they could be killed")
        // A normal run afterwards leaves only its own set.
        #expect(try CLI.run(Self.arguments(out, 0), currentDirectory: CLI.repository).status == 1)
        #expect(Self.snapshot(out) == references[0])
        let sets = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent(".thidua/sets").path)
        #expect(sets.count == 1)
        let hidden = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
        #expect(hidden == [".thidua"])
    }

    /// Whether this machine lets the tests mount a small tmpfs (root with CAP_SYS_ADMIN: CI's
    /// machine does; a container without it skips the real full disk, the mocked one still runs).
    static let canMount: Bool = {
        guard geteuid() == 0, let dir = try? CLI.temporaryDirectory() else { return false }
        defer { try? FileManager.default.removeItem(at: dir) }
        guard mount("tmpfs", dir.path, "tmpfs", 0, "size=64k") == 0 else { return false }
        umount(dir.path)
        return true
    }()

    @Test(.enabled(if: canMount))
    func aFullDiskLeavesThePreviousSetAndSaysSo() throws {
        let disk = try CLI.temporaryDirectory()
        // Room for one set of xlsx outputs (about 60 KB) but not for the larger set beside it.
        #expect(mount("tmpfs", disk.path, "tmpfs", 0, "size=128k") == 0)
        defer { umount(disk.path) }
        let out = disk.appendingPathComponent("out")
        #expect(try CLI.run(Self.arguments(out, 0), currentDirectory: CLI.repository).status == 1)
        let before = Self.snapshot(out)
        #expect(before.count == 4)
        let full = try CLI.run(Self.arguments(out, 1), currentDirectory: CLI.repository)
        #expect(full.status == 2)
        #expect(full.stderr.contains("the disk is full") && full.stderr.contains("[write.failed]"), "\(full.stderr)")
        #expect(!full.stderr.contains(".thidua") && !full.stderr.contains("Success"), "\(full.stderr)")
        #expect(Self.snapshot(out) == before)
        // Once there is room again (the old set removed), the larger set goes in whole.
        try FileManager.default.removeItem(at: out)
        #expect(try CLI.run(Self.arguments(out, 1), currentDirectory: CLI.repository).status == 1)
        #expect(Self.snapshot(out).count == 6)
    }
}
