import Testing
@testable import ThiduaKit

/// The generated workbooks must say what the CSVs say.
@Suite("Schema workbooks")
struct SchemaWorkbookTests {
    @Test(arguments: ["schema-2018.xlsx", "schema-2018.ods"])
    func workbookMatchesTheCSVs(file: String) throws {
        let csv = try CriteriaSchema.load(sheets: try TestCSV.sheets(inDirectory: PackagePaths.schema2018CSV),
                                          fileName: "csv")
        do {
            let book = try CriteriaSchema.load(path: PackagePaths.root + "/Templates/" + file)
            #expect(book == csv)
        } catch {
            // Until the XLSX/ODS readers land, the placeholder ZIP layer refuses every package.
            #expect(error.findings.map(\.code.rawValue) == ["file.unknown-format"], "\(error)")
        }
    }

    @Test func aMissingFileIsOneLocatedFinding() {
        #expect(throws: SchemaError.self) { try CriteriaSchema.load(path: "/nonexistent/schema.xlsx") }
        do {
            _ = try CriteriaSchema.load(path: "/nonexistent/schema.xlsx")
        } catch {
            #expect(error.findings.count == 1)
            #expect(error.findings.first?.location.file == "/nonexistent/schema.xlsx")
        }
    }
}
