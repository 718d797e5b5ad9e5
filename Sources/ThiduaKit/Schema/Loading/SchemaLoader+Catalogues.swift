/// The small lookup sheets: `areas`, `key_tasks` and `grades`.
extension SchemaLoader {
    mutating func areaList(_ table: SheetTable?) -> [Area] {
        codedList(table, what: LocalizedMessage(vi: "Mã lĩnh vực", en: "area code"), anchorPrefix: "areas").map {
            Area(code: $0.code, name: $0.name, nameEnglish: $0.english)
        }
    }

    mutating func keyTaskList(_ table: SheetTable?) -> [KeyTask] {
        codedList(table, what: LocalizedMessage(vi: "Mã nhiệm vụ", en: "key task code"), anchorPrefix: "key_tasks").map {
            KeyTask(code: $0.code, name: $0.name, nameEnglish: $0.english)
        }
    }

    /// Rows of `code | name | name_en`, codes unique.
    private mutating func codedList(_ table: SheetTable?, what: LocalizedMessage, anchorPrefix: String)
        -> [(code: String, name: String, english: String?)] {
        guard let table else { return [] }
        var seen: [String: TableRecord] = [:]
        var result: [(code: String, name: String, english: String?)] = []
        for record in table.records {
            let code = code(record, "code")
            let name = requiredText(record, "name")
            guard let code, let name else { continue }
            checkUnique(code, record, "code", seen: &seen, what: what)
            if seen[code]?.row.index == record.row.index {
                anchors["\(anchorPrefix)/\(code)"] = record.location("code")
                result.append((code, name, record.text("name_en")))
            }
        }
        return result
    }

    /// Grades, best first; thresholds must strictly decrease down the sheet.
    mutating func gradeList(_ table: SheetTable?) -> [GradeThreshold] {
        guard let table else { return [] }
        var grades: [GradeThreshold] = []
        var seen: [String: TableRecord] = [:]
        for record in table.records {
            let name = requiredText(record, "grade")
            let minimum = requiredNumber(record, "min_points")
            guard let name, let minimum else { continue }
            checkUnique(VietnameseText.matchKey(name), record, "grade", seen: &seen,
                        what: LocalizedMessage(vi: "Xếp loại", en: "grade"))
            if minimum < 0 {
                report(.error, .schemaBadGrades, vi: "Ngưỡng điểm không được âm.",
                       en: "A threshold cannot be negative.", at: record.location("min_points"))
            }
            if let previous = grades.last, minimum >= previous.minimumPoints {
                report(.error, .schemaBadGrades,
                    vi: "Ngưỡng của \"\(name)\" (\(format(minimum))) phải thấp hơn của \"\(previous.name)\" (\(format(previous.minimumPoints))): xếp loại ghi từ cao xuống thấp.",
                    en: "The threshold of \"\(name)\" (\(format(minimum))) must be below that of \"\(previous.name)\" (\(format(previous.minimumPoints))): list grades best first.",
                    at: record.location("min_points"))
            }
            anchors["grades/\(name)"] = record.location("min_points")
            grades.append(GradeThreshold(name: name, minimumPoints: minimum))
        }
        if grades.isEmpty {
            report(.error, .schemaBadGrades, vi: "Trang grades chưa có xếp loại nào.",
                   en: "The grades sheet lists no grade.", at: table.headerLocation("grade"))
        }
        return grades
    }
}
