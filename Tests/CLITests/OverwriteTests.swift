import Foundation
import Testing

@Suite("nothing overwritten by accident")
struct OverwriteTests {
    static let schema = CLI.repository.appendingPathComponent("Templates/schema-2018.xlsx").path

    static func filledReturn(in dir: URL) throws -> String {
        let path = dir.appendingPathComponent("filled.xlsx").path
        try FileManager.default.copyItem(atPath: CLI.fixture("returns/2018/00160-bao-cao-2018.xlsx"), toPath: path)
        return path
    }

    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func templateRefusesToOverwriteAFilledReturn() throws {
        let dir = try CLI.temporaryDirectory()
        let filled = try Self.filledReturn(in: dir)
        let before = try Self.bytes(filled)
        let r = try CLI.run(["template", "--schema", Self.schema, "--ward", "Nghĩa Tân", "-o", filled, "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("The file exists; it is not overwritten. Use --force"), "\(r.stderr)")
        #expect(r.stderr.contains("[output.exists]"))
        #expect(try Self.bytes(filled) == before)
        let forced = try CLI.run(["template", "--schema", Self.schema, "--ward", "Nghĩa Tân", "-o", filled, "--force"])
        #expect(forced.status == 0)
        #expect(try Self.bytes(filled) != before)
    }

    @Test func templateTakesTheFormatFromTheExtension() throws {
        let dir = try CLI.temporaryDirectory()
        let ods = dir.appendingPathComponent("x.ods").path
        #expect(try CLI.run(["template", "--schema", Self.schema, "--ward", "Yên Hòa", "-o", ods]).status == 0)
        let head = try Self.bytes(ods).prefix(200)
        #expect(head.range(of: Data("mimetypeapplication/vnd.oasis.opendocument.spreadsheet".utf8)) != nil, "ODS bytes")
        let mismatch = try CLI.run(["template", "--schema", Self.schema, "--ward", "Yên Hòa", "--format", "ods",
                                    "-o", dir.appendingPathComponent("y.xlsx").path, "--lang", "en"])
        #expect(mismatch.status == 2)
        #expect(mismatch.stderr.contains("[output.format-mismatch]"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("y.xlsx").path))
    }

    @Test func templateAllIntoAFileIsAClearError() throws {
        let dir = try CLI.temporaryDirectory()
        let filled = try Self.filledReturn(in: dir)
        for (lang, text) in [("en", "This is a file, not a folder"), ("vi", "Đây là một tệp, không phải thư mục")] {
            let r = try CLI.run(["template", "--schema", Self.schema, "--all", "-o", filled, "--lang", lang])
            #expect(r.status == 2)
            #expect(r.stderr.contains(text), "\(r.stderr)")
            #expect(!r.stderr.contains("NSCocoaErrorDomain"))
        }
        // Into a folder that already holds forms: none is replaced without --force.
        let forms = dir.appendingPathComponent("forms")
        #expect(try CLI.run(["template", "--schema", Self.schema, "--all", "-o", forms.path]).status == 0)
        let again = try CLI.run(["template", "--schema", Self.schema, "--all", "-o", forms.path, "--lang", "en"])
        #expect(again.status == 2)
        #expect(again.stderr.contains("[output.exists]"))
        #expect(try CLI.run(["template", "--schema", Self.schema, "--all", "-o", forms.path, "--force"]).status == 0)
    }

    @Test func validateReportTakesTheFormatFromTheExtension() throws {
        let dir = try CLI.temporaryDirectory()
        let filled = try Self.filledReturn(in: dir)
        let report = dir.appendingPathComponent("report.xlsx").path
        #expect(try CLI.run(["validate", filled, "--schema", Self.schema, "-o", report]).status == 0)
        #expect(try Self.bytes(report).starts(with: [0x50, 0x4B, 0x03, 0x04]), "an XLSX package, not text")
        let again = try CLI.run(["validate", filled, "--schema", Self.schema, "-o", report, "--lang", "en"])
        #expect(again.status == 2)
        #expect(again.stderr.contains("[output.exists]"))
        let json = dir.appendingPathComponent("report.json").path
        #expect(try CLI.run(["validate", filled, "--schema", Self.schema, "-o", json]).status == 0)
        #expect(try Self.bytes(json).starts(with: Array("{\"returns\":".utf8)))
        let mismatch = try CLI.run(["validate", filled, "--schema", Self.schema, "-o", dir.appendingPathComponent("r.json").path, "--format", "csv"])
        #expect(mismatch.status == 2)
        #expect(mismatch.stderr.contains("[output.format-mismatch]"))
        // The report never replaces a return.
        let onInput = try CLI.run(["validate", filled, "--schema", Self.schema, "-o", filled, "--force", "--format", "csv"])
        #expect(onInput.status == 2)
    }

    @Test func convertRefusesItsInputWhateverTheSpelling() throws {
        let dir = try CLI.temporaryDirectory()
        let filled = try Self.filledReturn(in: dir)
        let before = try Self.bytes(filled)
        let sub = dir.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.xlsx").path, withDestinationPath: filled)
        for spelling in [filled, sub.path + "/../filled.xlsx", dir.appendingPathComponent("link.xlsx").path] {
            let r = try CLI.run(["convert", filled, spelling, "--force", "--lang", "en"])
            #expect(r.status == 2, "\(spelling)")
            #expect(r.stderr.contains("[output.same-as-input]"), "\(r.stderr)")
        }
        #expect(try Self.bytes(filled) == before)
        let out = dir.appendingPathComponent("out.ods").path
        #expect(try CLI.run(["convert", filled, out]).status == 0)
        let again = try CLI.run(["convert", filled, out, "--lang", "en"])
        #expect(again.status == 2)
        #expect(again.stderr.contains("[output.exists]"))
        #expect(try CLI.run(["convert", filled, out, "--force"]).status == 0)
    }

    @Test func consolidateNeverWritesAmongItsInputs() throws {
        let dir = try CLI.temporaryDirectory()
        _ = try Self.filledReturn(in: dir)
        for out in [dir.path, dir.appendingPathComponent("out").path] {
            let r = try CLI.run(["consolidate", dir.path, "-o", out, "--schema", Self.schema, "--lang", "en"])
            #expect(r.status == 2)
            #expect(r.stderr.contains("[output.inside-input]"), "\(r.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["filled.xlsx"])
        let file = try CLI.run(["consolidate", dir.path, "-o", dir.appendingPathComponent("filled.xlsx").path, "--schema", Self.schema, "--lang", "en"])
        #expect(file.status == 2)
    }
}
