import Foundation
import Testing

@Suite("validate and consolidate: bounded memory, settable limits")
struct BoundedReadingTests {
    static let schema = CLI.repository.appendingPathComponent("Templates/schema-2018.xlsx").path
    static let profiles = CLI.repository.appendingPathComponent("Templates/exports").path

    /// 1 KB of ODS holding 1,048,576 cells (one row of 16,384 repeated 64 times): refused at
    /// the cell where the return passed the bound, instead of materialising every cell.
    @Test func aRepeatedRowIsATooLargeReturnAtItsCell() throws {
        let r = try CLI.run(["validate", CLI.fixture("returns/oversized/repeated-row.ods"), "--schema", Self.schema, "--lang", "en"])
        #expect(r.status == 2, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("'Biểu mẫu'!XFD13 error: The file holds more than 200000 cells"), "\(r.stdout)")
        #expect(r.stdout.contains("[return.too-large]"))
    }

    @Test func theBoundIsSettable() throws {
        let file = CLI.fixture("returns/2018/00157-bao-cao-2018.ods")
        let small = try CLI.run(["validate", file, "--schema", Self.schema, "--lang", "en", "--max-return-cells", "100"])
        #expect(small.status == 2)
        #expect(small.stdout.contains("more than 100 cells"), "\(small.stdout)")
        let normal = try CLI.run(["validate", file, "--schema", Self.schema, "--lang", "en"])
        #expect(normal.status == 0, "\(normal.stdout)")
    }

    /// The oversized returns are listed with their error; the real ones are still consolidated.
    @Test func oversizedReturnsDoNotStopTheDistrict() throws {
        let dir = try CLI.temporaryDirectory()
        let inputs = dir.appendingPathComponent("returns"), out = dir.appendingPathComponent("out")
        try FileManager.default.copyItem(atPath: CLI.fixture("returns/2018"), toPath: inputs.path)
        for name in ["repeated-row.ods", "sixty-sheets.ods"] {
            try FileManager.default.copyItem(atPath: CLI.fixture("returns/oversized/" + name),
                                             toPath: inputs.appendingPathComponent(name).path)
        }
        let r = try CLI.run(["consolidate", inputs.path, "-o", out.path, "--schema", Self.schema, "--profiles", Self.profiles, "--lang", "en"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout.contains("accepted 7 · rejected 1 · superseded 1"), "\(r.stdout)")
        #expect(r.stdout.contains("sixty-sheets.ods: 1 error(s)"))
        #expect(r.stdout.contains("'Trang 1'!XFD13: The file holds more than 200000 cells"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("consolidated-2018.xlsx").path))
    }

    /// Every ReadLimits field has its option on validate and consolidate too.
    @Test func readLimitsApplyToValidateAndConsolidate() throws {
        let file = CLI.fixture("returns/2018/00160-bao-cao-2018.xlsx")
        let v = try CLI.run(["validate", file, "--schema", Self.schema, "--lang", "en", "--max-entries", "2"])
        #expect(v.status == 2)
        #expect(v.stdout.contains("[zip.too-many-entries]"), "\(v.stdout)")
        let out = try CLI.temporaryDirectory()
        let c = try CLI.run(["consolidate", file, "-o", out.path, "--schema", Self.schema, "--lang", "en", "--max-file-mib", "1", "--max-cell-kib", "1", "--max-xml-depth", "3"])
        #expect(c.stdout.contains("[xml.too-deep]") || c.stderr.contains("[xml.too-deep]"), "\(c.stdout)\(c.stderr)")
        let bad = try CLI.run(["validate", file, "--schema", Self.schema, "--max-entries", "0"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("Lỗi: --max-entries phải từ 1 trở lên."), "\(bad.stderr)")
    }
}

@Suite("streams and signals")
struct StreamTests {
    static let schema = CLI.repository.appendingPathComponent("Templates/schema-2018.xlsx").path

    @Test func aFullStandardOutputIsExitTwoWithAMessage() throws {
        let r = try CLI.shell("\"$THIDUA\" validate Fixtures/returns/2018 --lang en > /dev/full", currentDirectory: CLI.repository)
        #expect(r.status == 2)
        #expect(r.stderr.contains("Standard output cannot be written (No space left on device)"), "\(r.stderr)")
        #expect(!r.stderr.contains("Fatal error"))
    }

    /// The help and the version go through the same output: a full disk is exit 2 and a message.
    @Test func helpToAFullStandardOutputIsExitTwo() throws {
        for args in ["--help", "consolidate --help", "--version"] {
            let r = try CLI.shell("\"$THIDUA\" \(args) --lang en > /dev/full")
            #expect(r.status == 2, "\(args): \(r.stderr)")
            #expect(r.stderr.contains("Standard output cannot be written (No space left on device)"), "\(args): \(r.stderr)")
        }
    }

    /// With SIGPIPE ignored a closed pipe is EPIPE: exit 2 and a message; with SIGPIPE at its
    /// default the kernel ends the process, the usual 141.
    @Test func aClosedPipeIsExitTwoOr141() throws {
        let big = try CLI.temporaryDirectory().appendingPathComponent("big.csv")
        try Data(String(repeating: "1,2,3,4,5,6,7,8\n", count: 100_000).utf8).write(to: big)
        let ignored = try CLI.shell("trap '' PIPE; \"$THIDUA\" inspect '\(big.path)' --lang en | head -c 1 > /dev/null; echo \"status ${PIPESTATUS[0]}\"")
        #expect(ignored.stdout == "status 2\n", "\(ignored.stdout)\(ignored.stderr)")
        #expect(ignored.stderr.contains("(Broken pipe)"), "\(ignored.stderr)")
        let killed = try CLI.shell("\"$THIDUA\" inspect '\(big.path)' | head -c 1 > /dev/null; echo \"status ${PIPESTATUS[0]}\"")
        #expect(killed.stdout == "status 141\n", "\(killed.stdout)\(killed.stderr)")
    }

    @Test func aClosedStandardErrorDoesNotKillConsolidate() throws {
        let out = try CLI.temporaryDirectory()
        let r = try CLI.shell("\"$THIDUA\" consolidate Fixtures/returns/2018 -o '\(out.path)' --jobs 9223372036854775807 2>&-",
                              currentDirectory: CLI.repository)
        #expect(r.status == 1, "\(r.stdout)")
        #expect(r.stdout.contains("Tệp nhận: 9"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("consolidated-2018.xlsx").path))
    }
}
