import Testing
@testable import ThiduaKit

@Suite("Schema loader")
struct SchemaLoaderTests {
    func inspect(_ mini: MiniSchema) -> SchemaLoadResult {
        CriteriaSchema.inspect(sheets: mini.sheetData, fileName: "schema.xlsx")
    }

    /// The single finding with `code`, which must be located at `sheet!cell`.
    func expectFinding(_ mini: MiniSchema, _ code: String, sheet: String?, cell: String?,
                       severity: Severity = .error, sourceLocation: SourceLocation = #_sourceLocation) {
        let result = inspect(mini)
        let matching = result.findings.filter { $0.code.rawValue == code }
        #expect(matching.count == 1, "findings: \(result.findings)", sourceLocation: sourceLocation)
        guard let finding = matching.first else { return }
        #expect(finding.severity == severity, sourceLocation: sourceLocation)
        #expect(finding.location.file == "schema.xlsx", sourceLocation: sourceLocation)
        #expect(finding.location.sheet == sheet, sourceLocation: sourceLocation)
        #expect(finding.location.cell?.description == cell, sourceLocation: sourceLocation)
        #expect(!finding.message.vi.isEmpty && !finding.message.en.isEmpty && finding.message.vi != finding.message.en,
                sourceLocation: sourceLocation)
        if severity == .error { #expect(result.schema == nil, sourceLocation: sourceLocation) }
    }

    @Test func loadsAValidSchema() throws {
        let schema = try CriteriaSchema.load(sheets: MiniSchema().sheetData, fileName: "schema.xlsx")
        #expect(schema.id == "mini-2018")
        #expect(schema.version == "1")
        #expect(schema.settings.year == 2018)
        #expect(schema.settings.deadline == CivilDate(year: 2018, month: 12, day: 15))
        #expect(schema.settings.reportingPeriod == "Năm 2018")
        #expect(schema.settings.bonusCap == 5 && schema.settings.penaltyCap == 0)
        #expect(schema.settings.grades.map(\.name) == ["Xuất sắc", "Tốt"])
        #expect(schema.criteria.map(\.code) == ["KT01", "KT02", "AN01", "AN02"])
        let an01 = try #require(schema.criterion("an01"))
        #expect(an01.scoring == .penalty(pointsEach: 0.5))
        #expect(an01.higherIsBetter == false)
        #expect(an01.keyTasks == ["NV6"])
        #expect(schema.criterion("AN02")?.allowedValues == ["Tốt", "Khá"])
        #expect(schema.criterion("KT02")?.target == 100)
        #expect(schema.wards.map(\.code) == ["00172", "00163"])
        #expect(schema.wards.first?.aliases == ["Yên Hoà"])
        #expect(schema.rules.first?.severity == .warning)
        #expect(schema.rules.first?.text == "KT02 <= 500")
        #expect(schema.rules.first?.message == LocalizedMessage(vi: "Không thỏa quy tắc R1: KT02 <= 500.",
                                                                en: "Rule R1 fails: KT02 <= 500."))
        #expect(schema.totalMaxPoints == 20)
    }

    @Test func headersInAnyOrderCaseAndVietnameseLabels() throws {
        var mini = MiniSchema()
        let i = mini.sheets.firstIndex { $0.name == "wards" }!
        mini.sheets[i].rows = [["Mã thống kê", " TÊN  PHƯỜNG ", "Tên khác"],
                               ["code", "name", "aliases"],        // second header row: labels are skipped
                               ["00172", "Yên Hòa", ""], ["00163", "Mai Dịch", ""]]
        let j = mini.sheets.firstIndex { $0.name == "settings" }!
        mini.sheets[j].name = "Cài đặt"
        mini.sheets[j].rows[0] = ["Khóa", "GIÁ_TRỊ"]
        let schema = try CriteriaSchema.load(sheets: mini.sheetData, fileName: "schema.xlsx")
        #expect(schema.wards.map(\.name) == ["Yên Hòa", "Mai Dịch"])
    }

    @Test func optionalVietnameseLabelRowIsSkipped() throws {
        var mini = MiniSchema()
        let i = mini.sheets.firstIndex { $0.name == "areas" }!
        mini.sheets[i].rows.insert(["Mã lĩnh vực", "Tên lĩnh vực"], at: 1)
        let schema = try CriteriaSchema.load(sheets: mini.sheetData, fileName: "schema.xlsx")
        #expect(schema.areas.map(\.code) == ["KT", "AN"])
    }

    @Test func missingSheet() {
        var mini = MiniSchema()
        mini.remove("wards")
        expectFinding(mini, "schema.missing-sheet", sheet: nil, cell: nil)
    }

    @Test func missingColumn() {
        var mini = MiniSchema()
        mini.set("criteria", row: 0, column: 10, "points")     // was max_points
        let result = inspect(mini)
        let f = result.findings.filter { $0.code.rawValue == "schema.missing-column" }
        #expect(f.count == 1)
        #expect(f.first?.location.sheet == "criteria")
        #expect(f.first?.message.en.contains("max_points") == true)
        #expect(result.findings.contains { $0.code.rawValue == "schema.unknown-column" && $0.location.cell?.description == "K1" && $0.severity == .warning })
    }

    @Test func duplicateColumn() {
        var mini = MiniSchema()
        mini.set("criteria", row: 0, column: 4, "Tên tiêu chí")
        expectFinding(mini, "schema.duplicate-column", sheet: "criteria", cell: "E1")
    }

    @Test func duplicateCriterionCode() {
        var mini = MiniSchema()
        mini.set("criteria", row: 3, column: 0, "kt02")
        expectFinding(mini, "schema.duplicate-code", sheet: "criteria", cell: "A4")
    }

    @Test func badCode() {
        var mini = MiniSchema()
        mini.set("criteria", row: 3, column: 0, "AN 01")
        expectFinding(mini, "schema.bad-code", sheet: "criteria", cell: "A4")
    }

    @Test func unknownArea() {
        var mini = MiniSchema()
        mini.set("criteria", row: 2, column: 1, "XH")
        expectFinding(mini, "schema.unknown-area", sheet: "criteria", cell: "B3")
    }

    @Test func unknownKeyTask() {
        var mini = MiniSchema()
        mini.set("criteria", row: 2, column: 2, "NV1; NV9")
        expectFinding(mini, "schema.unknown-key-task", sheet: "criteria", cell: "C3")
    }

    @Test func badType() {
        var mini = MiniSchema()
        mini.set("criteria", row: 4, column: 5, "số lượng")
        expectFinding(mini, "schema.bad-type", sheet: "criteria", cell: "F5")
    }

    @Test func vietnameseTypeAndScoringNamesAreAccepted() throws {
        var mini = MiniSchema()
        mini.set("criteria", row: 3, column: 5, "Số nguyên")
        mini.set("criteria", row: 3, column: 11, "trừ điểm")
        let schema = try CriteriaSchema.load(sheets: mini.sheetData, fileName: "schema.xlsx")
        #expect(schema.criterion("AN01")?.valueType == .integer)
        #expect(schema.criterion("AN01")?.scoring == .penalty(pointsEach: 0.5))
    }

    @Test func badScoringName() {
        var mini = MiniSchema()
        mini.set("criteria", row: 2, column: 11, "linear")
        expectFinding(mini, "schema.bad-scoring", sheet: "criteria", cell: "L3")
    }

    @Test func scoringThatDoesNotFitTheType() {
        var mini = MiniSchema()
        mini.set("criteria", row: 4, column: 11, "proportional")   // a choice criterion
        expectFinding(mini, "schema.bad-scoring", sheet: "criteria", cell: "L5")
    }

    @Test func proportionalNeedsATarget() {
        var mini = MiniSchema()
        mini.set("criteria", row: 2, column: 9, "")
        expectFinding(mini, "schema.missing-value", sheet: "criteria", cell: "J3")
    }

    @Test func penaltyNeedsPointsPerUnit() {
        var mini = MiniSchema()
        mini.set("criteria", row: 3, column: 12, "")
        expectFinding(mini, "schema.missing-value", sheet: "criteria", cell: "M4")
    }

    @Test func minGreaterThanMax() {
        var mini = MiniSchema()
        mini.set("criteria", row: 2, column: 6, "600")
        expectFinding(mini, "schema.min-gt-max", sheet: "criteria", cell: "G3")
    }

    @Test func numberTypedAsTextIsRefused() {
        var mini = MiniSchema()
        mini.set("criteria", row: 3, column: 10, "8 điểm")
        expectFinding(mini, "schema.bad-value", sheet: "criteria", cell: "K4")
    }

    @Test func choiceWithoutChoices() {
        var mini = MiniSchema()
        mini.set("criteria", row: 4, column: 8, "")
        expectFinding(mini, "schema.missing-choices", sheet: "criteria", cell: "I5")
    }

    @Test func targetOutsideRangeIsAWarning() {
        var mini = MiniSchema()
        mini.set("criteria", row: 2, column: 9, "600")
        expectFinding(mini, "schema.target-out-of-range", sheet: "criteria", cell: "J3", severity: .warning)
    }

    @Test func pointsMustAddUpToTheScale() {
        var mini = MiniSchema()
        mini.set("criteria", row: 2, column: 10, "11")
        expectFinding(mini, "schema.points-total", sheet: "criteria", cell: "K1")
    }

    @Test func gradesMustDescend() {
        var mini = MiniSchema()
        mini.set("grades", row: 2, column: 1, "19")
        expectFinding(mini, "schema.bad-grades", sheet: "grades", cell: "B3")
    }

    @Test func missingSetting() {
        var mini = MiniSchema()
        let i = mini.sheets.firstIndex { $0.name == "settings" }!
        mini.sheets[i].rows.removeAll { $0.first == "deadline" }
        expectFinding(mini, "schema.missing-setting", sheet: "settings", cell: "A1")
    }

    @Test func badDeadline() {
        var mini = MiniSchema()
        mini.set("settings", row: 4, column: 1, "15/12/2018")
        expectFinding(mini, "schema.bad-value", sheet: "settings", cell: "B5")
    }

    @Test func deadlineAsADateCell() throws {
        var mini = MiniSchema()
        mini.set("settings", row: 4, column: 1, "")
        var sheets = mini.sheetData
        var rows = sheets[0].rows
        rows[4].cells.append(Cell(column: 1, value: .date(CivilDate(year: 2018, month: 12, day: 14))))
        sheets[0].rows = rows
        let schema = try CriteriaSchema.load(sheets: sheets, fileName: "schema.xlsx")
        #expect(schema.settings.deadline == CivilDate(year: 2018, month: 12, day: 14))
    }

    @Test func unknownSettingIsAWarning() {
        var mini = MiniSchema()
        mini.append("settings", ["colour", "blue"])
        expectFinding(mini, "schema.unknown-setting", sheet: "settings", cell: "A8", severity: .warning)
    }

    @Test func wardCodeMustBeFiveDigits() {
        var mini = MiniSchema()
        mini.set("wards", row: 2, column: 1, "0163")
        expectFinding(mini, "schema.ward-code", sheet: "wards", cell: "B3")
    }

    @Test func wardCodeStoredAsNumberIsPaddedWithAWarning() throws {
        var mini = MiniSchema()
        mini.set("wards", row: 2, column: 1, "163")   // becomes a number cell, as Excel does
        expectFinding(mini, "schema.ward-code", sheet: "wards", cell: "B3", severity: .warning)
        let schema = try CriteriaSchema.load(sheets: mini.sheetData, fileName: "schema.xlsx")
        #expect(schema.wards.last?.code == "00163")
    }

    @Test func duplicateWardCode() {
        var mini = MiniSchema()
        mini.set("wards", row: 2, column: 1, "00172")
        expectFinding(mini, "schema.duplicate-code", sheet: "wards", cell: "B3")
    }

    @Test func aliasNamingTwoWards() {
        var mini = MiniSchema()
        mini.set("wards", row: 2, column: 2, "Yen Hoa;YÊN HÒA")
        expectFinding(mini, "schema.ambiguous-alias", sheet: "wards", cell: "C3")
    }

    @Test func badExpression() {
        var mini = MiniSchema()
        mini.set("rules", row: 1, column: 1, "KT02 + * 3")
        expectFinding(mini, "schema.bad-expression", sheet: "rules", cell: "B2")
        let f = inspect(mini).findings.first { $0.code.rawValue == "schema.bad-expression" }
        #expect(f?.message.en.contains("position 8") == true)
    }

    @Test func unknownCriterionInRule() {
        var mini = MiniSchema()
        mini.set("rules", row: 1, column: 3, "points(KT09)")
        expectFinding(mini, "schema.unknown-criterion-in-rule", sheet: "rules", cell: "D2")
    }

    @Test func nonNumericCriterionInRule() {
        var mini = MiniSchema()
        mini.set("rules", row: 1, column: 1, "AN02 + 1")
        expectFinding(mini, "schema.non-numeric-in-rule", sheet: "rules", cell: "B2")
    }

    @Test func badOperator() {
        var mini = MiniSchema()
        mini.set("rules", row: 1, column: 2, "=<=")
        expectFinding(mini, "schema.bad-operator", sheet: "rules", cell: "C2")
    }

    @Test func gradeAboveTheScale() {
        var mini = MiniSchema()
        mini.set("grades", row: 1, column: 1, "21")
        expectFinding(mini, "schema.bad-grades", sheet: "grades", cell: "B2")
    }

    @Test func areaWithoutCriteriaIsAWarning() {
        var mini = MiniSchema()
        mini.append("areas", ["CC", "Cải cách hành chính"])
        expectFinding(mini, "schema.empty-area", sheet: "areas", cell: "A4", severity: .warning)
    }

    @Test func missingName() {
        var mini = MiniSchema()
        mini.set("criteria", row: 1, column: 3, "  ")
        expectFinding(mini, "schema.missing-value", sheet: "criteria", cell: "D2")
    }

    @Test func badYesNoWord() {
        var mini = MiniSchema()
        mini.set("criteria", row: 3, column: 13, "maybe")
        expectFinding(mini, "schema.bad-value", sheet: "criteria", cell: "N4")
    }

    @Test func yesNoCannotBeProportional() {
        var mini = MiniSchema()
        mini.set("criteria", row: 2, column: 5, "yes_no")
        mini.set("criteria", row: 2, column: 7, "")
        mini.set("criteria", row: 2, column: 9, "1")
        expectFinding(mini, "schema.bad-scoring", sheet: "criteria", cell: "L3")
    }

    @Test func duplicateSettingAndRule() {
        var mini = MiniSchema()
        mini.append("settings", ["YEAR", "2019"])
        expectFinding(mini, "schema.duplicate-code", sheet: "settings", cell: "A8")
        var other = MiniSchema()
        other.append("rules", ["r1", "KT01", ">=", "0"])
        expectFinding(other, "schema.duplicate-code", sheet: "rules", cell: "A3")
    }

    @Test func titleLineAboveVietnameseOnlyHeaders() throws {
        var mini = MiniSchema()
        let i = mini.sheets.firstIndex { $0.name == "criteria" }!
        mini.sheets[i].name = "Tiêu chí"
        mini.sheets[i].rows[0] = ["Mã tiêu chí", "Lĩnh vực", "Nhiệm vụ trọng tâm", "Tên tiêu chí", "Đơn vị tính",
                                  "Kiểu dữ liệu", "Tối thiểu", "Tối đa", "Lựa chọn", "Chỉ tiêu", "Điểm tối đa",
                                  "Cách chấm", "Điểm mỗi đơn vị", "Càng cao càng tốt"]
        mini.sheets[i].rows.insert(["BẢNG TIÊU CHÍ THI ĐUA NĂM 2018"], at: 0)
        let schema = try CriteriaSchema.load(sheets: mini.sheetData, fileName: "schema.xlsx")
        #expect(schema.criteria.count == 4)
        #expect(schema.criterion("AN01")?.scoring == .penalty(pointsEach: 0.5))
    }

    @Test func findingText() {
        let f = Finding(.error, .schemaUnknownArea, vi: "Sai lĩnh vực", en: "Wrong area",
                        at: DocumentLocation(file: "s.xlsx", sheet: "Tiêu chí", cell: CellReference("B3")), criterion: "KT01")
        #expect(f.text(.vi) == "s.xlsx: 'Tiêu chí'!B3: Lỗi: Sai lĩnh vực [schema.unknown-area]")
        #expect(f.description == "s.xlsx: 'Tiêu chí'!B3: error: Wrong area [schema.unknown-area]")
    }

    @Test func findingsNameTheirCriterion() {
        var mini = MiniSchema()
        mini.set("criteria", row: 2, column: 1, "XH")
        #expect(inspect(mini).findings.first { $0.code == .schemaUnknownArea }?.criterion == "KT02")
    }

    @Test func everyProblemIsReportedAtOnce() {
        var mini = MiniSchema()
        mini.set("criteria", row: 2, column: 1, "XH")
        mini.set("criteria", row: 3, column: 5, "float")
        mini.set("wards", row: 1, column: 1, "172")
        mini.set("wards", row: 2, column: 1, "ABCDE")
        mini.set("rules", row: 1, column: 1, "(KT02")
        do {
            _ = try CriteriaSchema.load(sheets: mini.sheetData, fileName: "schema.xlsx")
            Issue.record("expected a SchemaError")
        } catch {
            let codes = Set(error.errors.map(\.code.rawValue))
            #expect(codes.isSuperset(of: ["schema.unknown-area", "schema.bad-type", "schema.ward-code", "schema.bad-expression"]))
            #expect(error.findings.contains { $0.severity == .warning && $0.code.rawValue == "schema.ward-code" })
            #expect(error.text(.vi).split(separator: "\n").count == error.findings.count)
        }
    }
}

@Suite("Finding")
struct FindingTests {
    @Test func fromASpreadsheetError() {
        let e = SpreadsheetError(.zipCRC, vi: "Tệp hỏng", en: "Corrupt file",
                                 at: DocumentLocation(file: "a.xlsx", part: "xl/workbook.xml"), underlying: "crc 1234")
        let f = Finding(e)
        #expect(f.code == .zipCRC && f.severity == .error)
        #expect(f.message.en == "Corrupt file (crc 1234)")
        #expect(f.location.part == "xl/workbook.xml")
    }

    @Test func severitiesOrder() {
        #expect(Severity.info < .warning && Severity.warning < .error)
        #expect([Severity.warning, .error, .info].max() == .error)
    }
}
