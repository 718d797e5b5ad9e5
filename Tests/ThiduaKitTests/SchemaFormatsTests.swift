import Foundation
import Testing
import ThiduaKit

/// The district may keep its schema as XLSX, ODS or a folder of CSVs: all three read the same.
@Suite("Schema from XLSX, ODS and CSV")
struct SchemaFormatsTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates")

    @Test func xlsxOdsAndCSVFolderGiveOneSchema() throws {
        let xlsx = try CriteriaSchema.load(path: Self.templates.appendingPathComponent("schema-2018.xlsx").path)
        let ods = try CriteriaSchema.load(path: Self.templates.appendingPathComponent("schema-2018.ods").path)
        let csv = try CriteriaSchema.load(path: Self.templates.appendingPathComponent("schema-2018.csvdir").path)
        #expect(xlsx == ods)
        #expect(xlsx == csv)
        #expect(xlsx.criteria.count == 35)
        #expect(xlsx.areas.count == 4)
        #expect(xlsx.keyTasks.count == 8)
        #expect(xlsx.wards.map(\.code) == ["00157", "00160", "00163", "00166", "00167", "00169", "00172", "00175"])
    }

    @Test func aMissingSchemaIsOneLocatedFinding() {
        #expect(throws: SchemaError.self) { try CriteriaSchema.load(path: "/nonexistent/schema.xlsx") }
    }
}
