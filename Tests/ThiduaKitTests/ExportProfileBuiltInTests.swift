import Foundation
import Testing
@testable import ThiduaKit

/// The profiles built into the program are `Templates/exports` byte for byte (made by
/// `scripts/embed-profiles`; rerun it after editing a profile there).
@Suite("Built-in export profiles")
struct ExportProfileBuiltInTests {
    static let folder = ConsolidationFixture.repository.appendingPathComponent("Templates/exports").path

    @Test func theBuiltInCopyEqualsTemplatesExports() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder)
            .filter { $0.hasSuffix("." + ExportProfile.fileExtension) }.sorted()
        #expect(names == ExportProfile.builtInFiles.keys.sorted(), "run scripts/embed-profiles")
        for name in names {
            let file = Array(try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + name)))
            #expect(Array(ExportProfile.builtInFiles[name, default: ""].utf8) == file, "\(name): run scripts/embed-profiles")
        }
    }

    @Test func theBuiltInProfilesParseAsTheFilesDo() throws {
        let builtIn = try ExportProfileSet.builtIn()
        let files = try ExportProfileSet.load(folder: Self.folder)
        #expect(builtIn.profiles.map(\.name) == ["finance", "statistics"])
        #expect(builtIn.profiles.map(\.output) == files.profiles.map(\.output))
        #expect(builtIn.profiles.map(\.columns) == files.profiles.map(\.columns))
        #expect(builtIn.folder == nil)
        #expect(builtIn.text(.en) == "finance, statistics (built in)")
    }
}
