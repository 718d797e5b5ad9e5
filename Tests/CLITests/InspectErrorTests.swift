import Foundation
import Testing

@Suite("inspect: unreadable input")
struct InspectErrorTests {
    @Test func emptyFileExitsTwoNamingTheFile() throws {
        let dir = try CLI.temporaryDirectory()
        let path = dir.appendingPathComponent("empty.xlsx").path
        FileManager.default.createFile(atPath: path, contents: Data())
        let r = try CLI.run(["inspect", path, "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr.contains(path))
        #expect(r.stderr.contains("[file.empty]"))
        #expect(r.stdout.isEmpty)
    }

    @Test func vietnameseIsTheDefaultLanguage() throws {
        let dir = try CLI.temporaryDirectory()
        let path = dir.appendingPathComponent("empty.ods").path
        FileManager.default.createFile(atPath: path, contents: Data())
        let r = try CLI.run(["inspect", path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("Tệp rỗng"))
    }

    @Test func truncatedZipIsReported() throws {
        let r = try CLI.run(["inspect", CLI.fixture("zip/truncated.zip"), "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("[zip.truncated]"))
    }

    @Test func missingFileIsReported() throws {
        let r = try CLI.run(["inspect", "/nonexistent/ward.xlsx", "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("[file.unreadable]"))
    }

    @Test func badCommandLineIsExitTwo() throws {
        let r = try CLI.run(["inspect"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("Cách dùng: thidua inspect"), "\(r.stderr)")
    }
}
