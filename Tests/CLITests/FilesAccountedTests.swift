import Foundation
import Testing

@Suite("validate and consolidate: every file found is read or listed as skipped")
struct FilesAccountedTests {
    static let schema = CLI.repository.appendingPathComponent("Templates/schema-2018.xlsx").path

    /// A district folder as it arrives: a ward's subfolder, a PDF, a Word file, an Office lock
    /// file, a hidden file, an Excel 97-2003 return in another subfolder and a FIFO beside the returns.
    static func districtFolder() throws -> URL {
        let root = try CLI.temporaryDirectory().appendingPathComponent("returns")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("Yên Hòa"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("khac"), withIntermediateDirectories: true)
        try fm.copyItem(atPath: CLI.fixture("returns/2018/00172-bao-cao-2018.xlsx"), toPath: root.appendingPathComponent("Yên Hòa/bao cao.xlsx").path)
        try fm.copyItem(atPath: CLI.fixture("returns/2018/00157-bao-cao-2018.ods"), toPath: root.appendingPathComponent("00157.ods").path)
        try fm.copyItem(atPath: CLI.fixture("returns/2018-xls/00160-bao-cao-2018.xls"), toPath: root.appendingPathComponent("khac/00160.xls").path)
        for name in ["ghi chu.pdf", "khac/to trinh.docx", "~$bao cao.xlsx", ".DS_Store"] {
            try Data("x".utf8).write(to: root.appendingPathComponent(name))
        }
        #expect(mkfifo(root.appendingPathComponent("fifo.xlsx").path, 0o600) == 0)
        return root
    }

    @Test func consolidateSearchesSubfoldersAndListsWhatItSkipped() throws {
        let root = try Self.districtFolder()
        let out = root.deletingLastPathComponent().appendingPathComponent("out")
        let r = try CLI.run(["consolidate", root.path, "-o", out.path, "--schema", Self.schema, "--lang", "en"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout.contains("Files received: 3 · accepted 3"), "\(r.stdout)")
        #expect(r.stdout.contains("Wards: 3/8 received"))
        #expect(r.stderr.contains("00160.xls: valid"), "\(r.stderr)")
        #expect(!r.stdout.contains("00160.xls: not a spreadsheet"))
        #expect(r.stdout.contains("Skipped 5 file(s) that are no returns:"))
        #expect(r.stdout.contains("ghi chu.pdf: not a spreadsheet (.pdf)"))
        #expect(r.stdout.contains("khac/to trinh.docx: not a spreadsheet (.docx)"))
        #expect(r.stdout.contains("~$bao cao.xlsx: Office lock file"))
        #expect(r.stdout.contains(".DS_Store: hidden file"))
        #expect(r.stdout.contains("fifo.xlsx: not a regular file"))
        // Profiles are found beside the schema although the run is outside the repository.
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(written == ["consolidated-2018.xlsx", "finance.csv", "statistics.csv", "statistics.xlsx"])
        let finance = try String(contentsOf: out.appendingPathComponent("finance.csv"), encoding: .utf8)
        #expect(finance.contains("Yên Hòa"))
    }

    @Test func validateReportsSkippedFilesInEveryFormat() throws {
        let root = try Self.districtFolder()
        let text = try CLI.run(["validate", root.path, "--schema", Self.schema, "--lang", "en"])
        #expect(text.status == 0, "skipped files are listed, not errors: \(text.stdout)")
        #expect(text.stdout.contains("khac/00160.xls: Nghĩa Tân (00160): 0 errors"))
        #expect(text.stdout.contains("Yên Hòa/bao cao.xlsx: Yên Hòa (00172): 0 errors"), "\(text.stdout)")
        #expect(text.stdout.contains("ghi chu.pdf: skipped: not a spreadsheet (.pdf)"))
        let json = try CLI.run(["validate", root.path, "--schema", Self.schema, "--lang", "en", "--format", "json"])
        #expect(json.stdout.contains("\"skipped\":[{\"file\":"))
        #expect(json.stdout.contains("\"reason\":\"hidden file\""))
        let csv = try CLI.run(["validate", root.path, "--schema", Self.schema, "--lang", "en", "--format", "csv"])
        #expect(csv.stdout.contains("file.skipped,Office lock file"), "\(csv.stdout)")
    }

    @Test func aFolderWithoutReturnsIsExitTwo() throws {
        let root = try CLI.temporaryDirectory()
        try Data("x".utf8).write(to: root.appendingPathComponent("bao cao.pdf"))
        for command in ["validate", "consolidate"] {
            var args = [command, root.path, "--schema", Self.schema, "--lang", "en"]
            if command == "consolidate" { args += ["-o", root.appendingPathComponent("out").path] }
            let r = try CLI.run(args)
            #expect(r.status == 2, "\(command)")
            #expect(r.stderr.contains("No returns (.xlsx, .ods, .xls, .csv) found in \(root.path); 1 other file(s) skipped."), "\(r.stderr)")
            #expect(r.stderr.contains("bao cao.pdf: skipped: not a spreadsheet (.pdf)"))
        }
    }

    /// Run from outside the repository with a schema that has no profiles beside it, the
    /// profiles built into the program write finance.csv and statistics.csv, byte for byte as
    /// the repository's Templates/exports do, and the summary says which profiles were used.
    @Test func builtInProfilesWriteTheExportsAnywhere() throws {
        let dir = try CLI.temporaryDirectory()
        let schema = dir.appendingPathComponent("schema.xlsx")
        try FileManager.default.copyItem(atPath: Self.schema, toPath: schema.path)
        let elsewhere = dir.appendingPathComponent("out"), inRepo = dir.appendingPathComponent("repo-out")
        let r = try CLI.run(["consolidate", CLI.fixture("returns/2018"), "-o", elsewhere.path,
                             "--schema", schema.path, "--lang", "en", "-q"], currentDirectory: dir)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout.contains("  Export profiles: finance, statistics (built in)\n"), "\(r.stdout)")
        let repo = try CLI.run(["consolidate", "Fixtures/returns/2018", "-o", inRepo.path, "--schema", "Templates/schema-2018.xlsx",
                                "--lang", "en", "-q"], currentDirectory: CLI.repository)
        #expect(repo.stdout.contains("  Export profiles: finance, statistics (Templates/exports)\n"), "\(repo.stdout)")
        for name in ["finance.csv", "statistics.csv", "statistics.xlsx"] {
            let built = try Data(contentsOf: elsewhere.appendingPathComponent(name))
            let fromFiles = try Data(contentsOf: inRepo.appendingPathComponent(name))
            #expect(built.count > 100, "\(name)")
            if name.hasSuffix(".csv") { #expect(built == fromFiles, "\(name)") }
        }
        // Profiles beside the schema are the district's own and come first.
        let exports = dir.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
        try Data("output: wards.csv\ncolumn: ward_code\n".utf8).write(to: exports.appendingPathComponent("wards.profile"))
        let own = try CLI.run(["consolidate", CLI.fixture("returns/2018"), "-o", dir.appendingPathComponent("own").path,
                               "--schema", schema.path, "--lang", "en", "-q"], currentDirectory: dir)
        #expect(own.stdout.contains("  Export profiles: wards (\(exports.path))\n"), "\(own.stdout)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("own/wards.csv").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("own/finance.csv").path))
    }
}

@Suite("consolidate: numbers never invented")
struct NumberConventionCommandTests {
    /// Nghĩa Tân's return as LibreOffice saved it to CSV under a Vietnamese locale: finance.csv
    /// gets 55000, not 55, and the summary's warnings say what was assumed.
    @Test func aVietnameseLocaleCSVGivesTheRightFinanceFigures() throws {
        let dir = try CLI.temporaryDirectory()
        let inputs = dir.appendingPathComponent("returns"), out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: CLI.fixture("returns/2018")) where !name.hasPrefix("00160") {
            try FileManager.default.copyItem(atPath: CLI.fixture("returns/2018/" + name), toPath: inputs.appendingPathComponent(name).path)
        }
        try FileManager.default.copyItem(atPath: CLI.fixture("returns/csv-locale/00160-libreoffice-vi.csv"),
                                         toPath: inputs.appendingPathComponent("00160.csv").path)
        let r = try CLI.run(["consolidate", inputs.path, "-o", out.path, "--schema", FilesAccountedTests.schema, "--lang", "en", "-q"])
        #expect(r.status == 1, "Dịch Vọng is rejected: \(r.stdout)")
        #expect(r.stdout.contains("accepted 7"))
        let finance = try String(contentsOf: out.appendingPathComponent("finance.csv"), encoding: .utf8)
        #expect(finance.contains("00160,Nghĩa Tân,55000,56650"), "\(finance)")
        let report = try CLI.run(["validate", inputs.appendingPathComponent("00160.csv").path, "--schema", FilesAccountedTests.schema, "--lang", "en"])
        #expect(report.status == 0)
        #expect(report.stdout.contains("'00160'!G10 [KT01] warning: \"55.000\" could be 55 or 55000; it was read as 55000"), "\(report.stdout)")
    }
}
