import Testing
@testable import ThiduaKit

/// The district's 2018 schema, read from its CSV source of truth.
@Suite("Cầu Giấy 2018 schema")
struct Schema2018Tests {
    func load() throws -> (schema: CriteriaSchema?, findings: [Finding]) {
        let sheets = try TestCSV.sheets(inDirectory: PackagePaths.schema2018CSV)
        let result = CriteriaSchema.inspect(sheets: sheets, fileName: "schema-2018.csvdir")
        return (result.schema, result.findings)
    }

    @Test func loadsWithoutFindings() throws {
        let (schema, findings) = try load()
        #expect(findings.isEmpty, "\(findings)")
        let s = try #require(schema)
        #expect(s.id == "caugiay-2018")
        #expect(s.settings.year == 2018)
        #expect(s.settings.deadline == CivilDate(year: 2018, month: 12, day: 15))
        #expect(s.settings.maxTotalPoints == 100)
        #expect(s.totalMaxPoints == 100)
        #expect(s.settings.grades.map(\.name) == ["Xuất sắc", "Tốt", "Khá", "Trung bình"])
        #expect(s.settings.grade(forTotal: 85)?.name == "Tốt")
        #expect(s.settings.grade(forTotal: 40) == nil)
    }

    @Test func hasThePactStructure() throws {
        let s = try #require(try load().schema)
        #expect(s.criteria.count == 35)
        #expect(s.areas.map(\.code) == ["KT", "VH", "AN", "CC"])
        #expect(s.keyTasks.count == 8)
        for area in s.areas {
            #expect(s.criteria(inArea: area.code).reduce(0) { $0 + $1.maxPoints } == 25)
        }
        #expect(Set(s.criteria.map(\.valueType)) == Set(ValueType.allCases))
        #expect(Set(s.criteria.map(\.scoring.name)) == ["full_if_target_met", "proportional", "per_unit", "penalty", "manual"])
        #expect(s.criteria.allSatisfy { !$0.keyTasks.isEmpty })
        #expect(s.rules.count == 9)
    }

    @Test func hasTheEightWardsWithTheirCodes() throws {
        let s = try #require(try load().schema)
        let codes = Dictionary(uniqueKeysWithValues: s.wards.map { ($0.name, $0.code) })
        #expect(codes == ["Nghĩa Đô": "00157", "Nghĩa Tân": "00160", "Mai Dịch": "00163", "Dịch Vọng": "00166",
                          "Dịch Vọng Hậu": "00167", "Quan Hoa": "00169", "Yên Hòa": "00172", "Trung Hòa": "00175"])
        #expect(s.wards.first { $0.code == "00172" }?.aliases.contains("Yên Hoà") == true)
    }

    @Test func scoresTheRevenueCriterion() throws {
        let s = try #require(try load().schema)
        let kt03 = try #require(s.criterion("KT03"))
        #expect(ScoreCalculator.points(for: kt03, result: 50) == 4)
        #expect(ScoreCalculator.points(for: kt03, result: 130) == 8)
        let an05 = try #require(s.criterion("AN05"))
        #expect(ScoreCalculator.points(for: an05, result: 1) == 2.5)
        #expect(ScoreCalculator.points(for: an05, result: 3) == 0)
    }
}

@Suite("Ward matching against the 2018 schema")
struct Schema2018WardTests {
    @Test func typedNamesResolve() throws {
        let sheets = try TestCSV.sheets(inDirectory: PackagePaths.schema2018CSV)
        let matcher = WardMatcher(schema: try CriteriaSchema.load(sheets: sheets, fileName: "csv"))
        let typed: [(String, String)] = [
            ("P. Mai Dịch", "00163"), ("Phường Mai Dịch", "00163"), ("MAI DỊCH", "00163"), ("Mai Dich", "00163"),
            ("Yên Hoà", "00172"), ("yen hoa", "00172"), ("P.Trung Hoà", "00175"), ("Trung  Hòa\u{00A0}", "00175"),
            ("dich vong hau", "00167"), ("Dịch Vọng", "00166"), ("163", "00163"), ("00157", "00157"),
            ("Ph\u{AD}êng NghÜa T©n", "00160"), ("Quan Hoa", "00169"),
        ]
        for (text, code) in typed {
            #expect(matcher.match(text)?.ward.code == code, "\(text)")
        }
        // The schema lists "Mai Dich" as an alias, so it is not merely approximate.
        #expect(matcher.match("Mai Dich")?.kind == .alias)
        #expect(matcher.match("Mai Dịch ")?.kind == .exact)
    }
}
