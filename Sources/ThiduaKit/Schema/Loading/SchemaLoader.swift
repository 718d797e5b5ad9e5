/// Reads a criteria schema from its sheets, collecting every problem as a located `Finding`.
///
/// Each sheet is read independently, then cross-references are checked (criteria → areas,
/// key tasks; rules → criteria; points → the total scale), so one pass reports everything.
struct SchemaLoader {
    let sheets: [SheetData]
    let fileName: String
    var findings: [Finding] = []
    /// Cells that whole-schema checks point at: `areas/KT` (a code's cell),
    /// `grades/Xuất sắc` (a threshold), `criteria/max_points` (a header).
    var anchors: [String: DocumentLocation] = [:]

    init(sheets: [SheetData], fileName: String) {
        self.sheets = sheets
        self.fileName = fileName
    }

    mutating func load() -> CriteriaSchema? {
        let settingsTable = table(.settings)
        let areas = areaList(table(.areas))
        let keyTasks = keyTaskList(table(.keyTasks))
        let grades = gradeList(table(.grades))
        let header = settingsTable.flatMap { settings($0, grades: grades) }
        let criteriaTable = table(.criteria)
        anchors["criteria/max_points"] = criteriaTable?.headerLocation("max_points")
        let criteria = criterionList(criteriaTable, areas: areas, keyTasks: keyTasks)
        let wards = wardList(table(.wards))
        let rules = ruleList(table(.rules), criteria: criteria)
        if let header { checkTotals(header.settings, criteria: criteria, areas: areas) }
        guard let header, !findings.contains(where: \.isError) else { return nil }
        return CriteriaSchema(id: header.id, version: header.version, settings: header.settings,
                              areas: areas, keyTasks: keyTasks, criteria: criteria, wards: wards, rules: rules)
    }

    /// The sheet for a spec, by name or alias; reports it missing.
    private mutating func table(_ spec: SchemaSheetSpec) -> SheetTable? {
        guard let sheet = sheets.first(where: { spec.matches(sheetName: $0.info.name) }) else {
            let label = spec.labels.first ?? spec.name
            findings.append(Finding(.error, .schemaMissingSheet,
                vi: "Thiếu trang tính \"\(spec.name)\" (\(label)).",
                en: "The sheet \"\(spec.name)\" is missing.",
                at: DocumentLocation(file: fileName)))
            return nil
        }
        return SheetTable.read(sheet, spec: spec, fileName: fileName, findings: &findings)
    }

    mutating func report(_ severity: Severity, _ code: ErrorCode, vi: String, en: String,
                         at location: DocumentLocation, criterion: String? = nil) {
        findings.append(Finding(severity, code, vi: vi, en: en, at: location, criterion: criterion))
    }

    /// Criteria's maximum points must add up to the scale, and grades must fit in it.
    private mutating func checkTotals(_ settings: SchemaSettings, criteria: [Criterion], areas: [Area]) {
        let total = criteria.reduce(0) { $0 + $1.maxPoints }
        if !criteria.isEmpty, abs(total - settings.maxTotalPoints) > 1e-9 {
            report(.error, .schemaPointsTotal,
                vi: "Tổng điểm tối đa của các tiêu chí là \(format(total)), khác thang điểm \(format(settings.maxTotalPoints)) trong trang settings.",
                en: "The criteria's maximum points add up to \(format(total)), not the scale of \(format(settings.maxTotalPoints)) set in settings.",
                at: anchor("criteria/max_points", sheet: .criteria))
        }
        for area in areas where !criteria.contains(where: { $0.area == area.code }) {
            report(.warning, .schemaEmptyArea,
                vi: "Lĩnh vực \(area.code) không có tiêu chí nào.",
                en: "Area \(area.code) has no criteria.",
                at: anchor("areas/\(area.code)", sheet: .areas))
        }
        for grade in settings.grades where grade.minimumPoints > settings.maxTotalPoints {
            report(.error, .schemaBadGrades,
                vi: "Ngưỡng xếp loại \"\(grade.name)\" (\(format(grade.minimumPoints))) vượt thang điểm \(format(settings.maxTotalPoints)).",
                en: "The threshold of grade \"\(grade.name)\" (\(format(grade.minimumPoints))) exceeds the scale of \(format(settings.maxTotalPoints)).",
                at: anchor("grades/\(grade.name)", sheet: .grades))
        }
    }

    /// A remembered cell, or the sheet when there is none.
    private func anchor(_ key: String, sheet spec: SchemaSheetSpec) -> DocumentLocation {
        anchors[key] ?? DocumentLocation(file: fileName,
            sheet: sheets.first { spec.matches(sheetName: $0.info.name) }?.info.name ?? spec.name)
    }
}
