import Testing
@testable import ThiduaKit

/// The settings that head the printed documents: the superior body ("UBND QUẬN CẦU GIẤY") and
/// the place name ("Cầu Giấy, ngày … tháng … năm …"); optional, checked where they are typed.
@Suite("Schema settings: superior body and place name")
struct SchemaHeadingSettingsTests {
    func inspect(_ mini: MiniSchema) -> SchemaLoadResult {
        CriteriaSchema.inspect(sheets: mini.sheetData, fileName: "schema.xlsx")
    }

    @Test func absentMeansNil() throws {
        let schema = try CriteriaSchema.load(sheets: MiniSchema().sheetData, fileName: "schema.xlsx")
        #expect(schema.settings.superiorBody == nil && schema.settings.placeName == nil)
    }

    @Test func readByTheirKeysAndTheirVietnameseNames() throws {
        var mini = MiniSchema()
        mini.append("settings", ["superior_body", "UBND QUẬN CẦU GIẤY"])
        mini.append("settings", ["place_name", "Cầu Giấy"])
        var schema = try CriteriaSchema.load(sheets: mini.sheetData, fileName: "schema.xlsx")
        #expect(schema.settings.superiorBody == "UBND QUẬN CẦU GIẤY" && schema.settings.placeName == "Cầu Giấy")
        var vi = MiniSchema()
        vi.append("settings", ["Cấp trên", "UBND quận Cầu Giấy"])
        vi.append("settings", ["Địa danh", "Cầu Giấy"])
        let result = inspect(vi)
        #expect(result.findings.isEmpty, "\(result.findings)")
        schema = try #require(result.schema)
        #expect(schema.settings.superiorBody == "UBND quận Cầu Giấy" && schema.settings.placeName == "Cầu Giấy")
    }

    @Test(arguments: [("superior_body", "42"), ("superior_body", String(repeating: "UBND ", count: 20)),
                      ("place_name", "Cầu\nGiấy"), ("place_name", String(repeating: "Cầu Giấy ", count: 6))])
    func aBadValueIsAnErrorAtItsCell(_ key: String, _ value: String) {
        var mini = MiniSchema()
        mini.append("settings", [key, value])
        let result = inspect(mini)
        let bad = result.findings.filter { $0.code.rawValue == "schema.bad-value" }
        #expect(bad.count == 1, "\(result.findings)")
        #expect(bad.first?.location.sheet == "settings" && bad.first?.location.cell?.description == "B8")
        #expect(bad.first?.message.vi.contains(key) == true && bad.first?.message.en.contains(key) == true)
        #expect(result.schema == nil)
    }

    @Test func theShippedSchemaNamesTheDistrict() throws {
        for ext in ["xlsx", "ods"] {
            let schema = try CriteriaSchema.load(path: PackagePaths.root + "/Templates/schema-2018.\(ext)")
            #expect(schema.settings.superiorBody == "UBND QUẬN CẦU GIẤY")
            #expect(schema.settings.placeName == "Cầu Giấy")
        }
    }

    @Test func pointsRoundingToleranceIsHalfTheLastDecimal() {
        var settings = SchemaSettings(year: 2018, title: "Thử", reportingPeriod: "Năm 2018",
                                      deadline: CivilDate(year: 2018, month: 12, day: 15),
                                      grades: [], bonusCap: 0, penaltyCap: 0, maxTotalPoints: 100)
        #expect(settings.pointsDecimals == 2)
        // 3 × 28.15 / 30 computes as 2.8149999999999995; the officer rightly types 2.82.
        #expect(abs(2.82 - 3 * (28.15 / 30)) <= settings.pointsRoundingTolerance)
        #expect(abs(2.83 - 3 * (28.15 / 30)) > settings.pointsRoundingTolerance)
        settings.pointsDecimals = 1
        #expect(abs(settings.pointsRoundingTolerance - 0.05) < 1e-6)
    }
}
