import Foundation
import Testing
@testable import ThiduaKit

/// A schema workbook read from memory (the portal's upload) says what the same file read from
/// disk by the command line says, finding for finding.
@Suite("Schema from bytes")
struct SchemaBytesTests {
    static func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    @Test(arguments: ["Fixtures/schema-versions/schema-2018-broken.xlsx", "Fixtures/hostile/truncated-half.xlsx",
                      "Fixtures/returns/2018/00172-bao-cao-2018.xlsx"])
    func theSameFindingsAsTheCommandLine(file: String) throws {
        let path = PackagePaths.root + "/" + file
        let fromDisk: [Finding]
        do {
            _ = try CriteriaSchema.load(path: path)
            Issue.record("\(file) is not a schema")
            return
        } catch {
            fromDisk = error.findings
        }
        let fromBytes = CriteriaSchema.inspect(bytes: try Self.bytes(path), fileName: path)
        #expect(fromBytes.schema == nil)
        #expect(fromBytes.findings == fromDisk)
        #expect(!fromDisk.filter(\.isError).isEmpty)
    }

    @Test func theLoadedSchemaAndTheVersionCell() throws {
        for file in ["Templates/schema-2018.xlsx", "Fixtures/schema-versions/schema-2018-v2.xls"] {
            let path = PackagePaths.root + "/" + file
            let result = CriteriaSchema.inspect(bytes: try Self.bytes(path), fileName: file)
            let fromDisk = try CriteriaSchema.load(path: path)
            #expect(result.schema == fromDisk)
            #expect(result.versionLocation?.sheet == "settings")
            #expect(result.versionLocation?.cell?.description == "B4")
        }
        // The ODS and XLS that LibreOffice saved hold the same criteria as openpyxl's XLSX.
        let v2 = try CriteriaSchema.load(path: PackagePaths.root + "/Fixtures/schema-versions/schema-2018-v2.xlsx")
        #expect(v2.version == "2018.2")
        for ext in ["ods", "xls"] {
            let saved = try CriteriaSchema.load(path: PackagePaths.root + "/Fixtures/schema-versions/schema-2018-v2." + ext)
            #expect(saved == v2, "\(ext)")
        }
    }
}
