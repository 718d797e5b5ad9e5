import Foundation
import Testing

@Suite("consolidate: the main job on the shipped 2018 returns")
struct ConsolidateCommandTests {
    static let schema = CLI.repository.appendingPathComponent("Templates/schema-2018.xlsx").path
    static let profiles = CLI.repository.appendingPathComponent("Templates/exports").path

    /// The outputs a user sees (the hidden `.thidua` folder holds the staged sets and the lock).
    static func files(_ dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0 != ".thidua" }.sorted()
    }

    @Test func mainJobFromTheRepositoryWithDefaults() throws {
        let out = try CLI.temporaryDirectory().appendingPathComponent("2018")
        let r = try CLI.run(["consolidate", "Fixtures/returns/2018", "-o", out.path, "--lang", "en"],
                            currentDirectory: CLI.repository)
        #expect(r.status == 1, "Dịch Vọng is rejected: \(r.stderr)")
        #expect(r.stderr.contains("[4/9] 00166-bao-cao-2018.xlsx: rejected (1 error)"))
        #expect(r.stderr.contains("[1/9] 00157-bao-cao-2018.ods: valid"))
        // Not "accepted": the first of Trung Hòa's two returns is valid, then superseded.
        #expect(r.stderr.contains("[8/9] 00175-bao-cao-2018-ban-dau.xlsx: valid"))
        #expect(r.stdout.contains("Files received: 9 · accepted 7 · rejected 1 · superseded 1"))
        #expect(r.stdout.contains("Wards: 8/8 received, 7 valid, 1 late"))
        #expect(r.stdout.contains("Late: Quan Hoa (00169)"))
        #expect(r.stdout.contains("Superseded by a later return of the same ward (1):\n    Fixtures/returns/2018/00175-bao-cao-2018-ban-dau.xlsx (Trung Hòa) → Fixtures/returns/2018/00175-bao-cao-2018.ods"))
        #expect(r.stdout.contains("Warnings: 0 in accepted files · 1 in rejected files · 0 in superseded files"), "\(r.stdout)")
        #expect(r.stdout.contains("[rule.failed]"))
        #expect(Self.files(out) == ["consolidated-2018.xlsx", "finance.csv", "statistics.csv", "statistics.xlsx"])
    }

    @Test func vietnameseSummaryByDefault() throws {
        let out = try CLI.temporaryDirectory()
        let r = try CLI.run(["consolidate", CLI.fixture("returns/2018"), "-o", out.path, "--schema", Self.schema, "--profiles", Self.profiles])
        #expect(r.status == 1)
        #expect(r.stderr.contains("00166-bao-cao-2018.xlsx: bị loại (1 lỗi)"))
        #expect(r.stdout.contains("Tệp nhận: 9 · được tổng hợp 7 · bị loại 1 · bị thay thế 1"))
    }

    @Test func twoRunsAreByteIdentical() throws {
        let a = try CLI.temporaryDirectory(), b = try CLI.temporaryDirectory()
        for out in [a, b] {
            let r = try CLI.run(["consolidate", "Fixtures/returns/2018", "-o", out.path, "-q"], currentDirectory: CLI.repository)
            #expect(r.status == 1)
            #expect(r.stderr.isEmpty, "quiet: \(r.stderr)")
        }
        #expect(Self.files(a) == Self.files(b) && Self.files(a).count == 4)
        for name in Self.files(a) {
            #expect(FileManager.default.contentsEqual(atPath: a.appendingPathComponent(name).path, andPath: b.appendingPathComponent(name).path), "\(name)")
        }
    }

    @Test func csvOptions() throws {
        let out = try CLI.temporaryDirectory()
        let r = try CLI.run(["consolidate", "Fixtures/returns/2018", "-o", out.path, "--no-bom", "--delimiter", ";", "-q"],
                            currentDirectory: CLI.repository)
        #expect(r.status == 1)
        let bytes = try Data(contentsOf: out.appendingPathComponent("statistics.csv"))
        #expect(bytes.prefix(3) != Data([0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("Năm;Mã đơn vị hành chính;"))
    }

    @Test func strictModeRejectsWarnings() throws {
        let out = try CLI.temporaryDirectory()
        let typed = CLI.fixture("returns/validation/typed-input.xlsx")
        let lenient = try CLI.run(["consolidate", typed, "-o", out.path, "--lang", "en", "--accept-warnings"], currentDirectory: CLI.repository)
        #expect(lenient.stderr.contains("typed-input.xlsx: valid (") && lenient.stderr.contains(" warnings)"))
        #expect(lenient.status == 1, "7 wards are missing")
        let strict = try CLI.run(["consolidate", typed, "-o", out.path, "--lang", "en", "--reject-warnings"], currentDirectory: CLI.repository)
        #expect(strict.stderr.contains("typed-input.xlsx: rejected (") && strict.stderr.contains(" warnings)"))
        #expect(strict.stdout.contains("accepted 0 · rejected 1"))
    }

    @Test func unusableInputExitsTwoAndWritesNothing() throws {
        let dir = try CLI.temporaryDirectory()
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let out = dir.appendingPathComponent("out")
        // No returns at all.
        #expect(try CLI.run(["consolidate", empty.path, "-o", out.path], currentDirectory: CLI.repository).status == 2)
        // Nothing readable.
        let junk = empty.appendingPathComponent("junk.xlsx")
        FileManager.default.createFile(atPath: junk.path, contents: Data("not a workbook".utf8))
        let r = try CLI.run(["consolidate", empty.path, "-o", out.path, "--lang", "en"], currentDirectory: CLI.repository)
        #expect(r.status == 2)
        #expect(r.stderr.contains("unreadable"))
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).isEmpty)
        // No schema.
        #expect(try CLI.run(["consolidate", "Fixtures/returns/2018", "-o", out.path, "--schema", "/nonexistent.xlsx"],
                            currentDirectory: CLI.repository).status == 2)
        // An output "folder" that is a file.
        let file = dir.appendingPathComponent("file")
        FileManager.default.createFile(atPath: file.path, contents: Data())
        let f = try CLI.run(["consolidate", "Fixtures/returns/2018", "-o", file.path, "--lang", "en"], currentDirectory: CLI.repository)
        #expect(f.status == 2)
        #expect(f.stderr.contains("[output.not-a-folder]"))
        // Contradictory flags.
        #expect(try CLI.run(["consolidate", "Fixtures/returns/2018", "-o", out.path, "--accept-warnings", "--reject-warnings"],
                            currentDirectory: CLI.repository).status == 2)
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).isEmpty)
    }

    @Test func aFaultyProfileStopsBeforeAnyOutput() throws {
        let dir = try CLI.temporaryDirectory()
        let profiles = dir.appendingPathComponent("profiles")
        try FileManager.default.createDirectory(at: profiles, withIntermediateDirectories: true)
        try Data("output: x.csv\ncolumn: wardcode\n".utf8).write(to: profiles.appendingPathComponent("x.profile"))
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["consolidate", "Fixtures/returns/2018", "-o", out.path, "--profiles", profiles.path, "--lang", "en"],
                            currentDirectory: CLI.repository)
        #expect(r.status == 2)
        #expect(r.stderr.contains("x.profile: line 2") && r.stderr.contains("[export.unknown-field]"))
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).isEmpty)
    }

    @Test func bothFormats() throws {
        let out = try CLI.temporaryDirectory()
        let r = try CLI.run(["consolidate", "Fixtures/returns/2018", "-o", out.path, "--format", "both", "-q"], currentDirectory: CLI.repository)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(Self.files(out) == ["consolidated-2018.ods", "consolidated-2018.xlsx", "finance.csv",
                                    "statistics.csv", "statistics.ods", "statistics.xlsx"])
    }
}

@Suite("consolidate: a complete set exits 0")
struct ConsolidateCompleteTests {
    /// The scale benchmark's generator, built beside `thidua`.
    static var generator: URL { CLI.binary.deletingLastPathComponent().appendingPathComponent("ScaleBenchmark") }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: generator.path)))
    func everyWardInAndValid() throws {
        let dir = try CLI.temporaryDirectory()
        let gen = Process()
        gen.executableURL = Self.generator
        gen.arguments = [CLI.repository.appendingPathComponent("Templates/schema-2018.xlsx").path, CLI.fixture("returns/2018"), dir.path, "5"]
        gen.standardOutput = FileHandle.nullDevice
        try gen.run()
        gen.waitUntilExit()
        #expect(gen.terminationStatus == 0)
        let r = try CLI.run(["consolidate", dir.appendingPathComponent("returns").path, "--schema", dir.appendingPathComponent("schema.xlsx").path,
                             "-o", dir.appendingPathComponent("out").path, "--lang", "en"], currentDirectory: CLI.repository)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("Wards: 5/5 received, 5 valid, 0 late"))
    }
}
