/// The `criteria` sheet: one row per criterion.
extension SchemaLoader {
    mutating func criterionList(_ table: SheetTable?, areas: [Area], keyTasks: [KeyTask]) -> [Criterion] {
        guard let table else { return [] }
        var seen: [String: TableRecord] = [:]
        var criteria: [Criterion] = []
        for record in table.records {
            guard let code = code(record, "code") else { continue }
            checkUnique(code, record, "code", seen: &seen,
                        what: LocalizedMessage(vi: "Mã tiêu chí", en: "criterion code"), isCriterion: true)
            let isFirst = seen[code]?.row.index == record.row.index
            if let criterion = criterion(record, code: code, areas: areas, keyTasks: keyTasks), isFirst {
                criteria.append(criterion)
            }
        }
        return criteria
    }

    private mutating func criterion(_ r: TableRecord, code: String, areas: [Area], keyTasks: [KeyTask]) -> Criterion? {
        let name = requiredText(r, "name", criterion: code)
        let area = requiredText(r, "area", criterion: code).map { $0.uppercased() }
        if let area, !areas.isEmpty, !areas.contains(where: { $0.code == area }) {
            report(.error, .schemaUnknownArea,
                vi: "Tiêu chí \(code) thuộc lĩnh vực \"\(area)\" không có trong trang areas.",
                en: "Criterion \(code) names area \"\(area)\", which is not in the areas sheet.",
                at: r.location("area"), criterion: code)
        }
        let tasks = list(r.text("key_task"), separators: [";", ","]).map { $0.uppercased() }
        for task in tasks where !keyTasks.isEmpty && !keyTasks.contains(where: { $0.code == task }) {
            report(.error, .schemaUnknownKeyTask,
                vi: "Tiêu chí \(code) gắn với nhiệm vụ \"\(task)\" không có trong trang key_tasks.",
                en: "Criterion \(code) names key task \"\(task)\", which is not in the key_tasks sheet.",
                at: r.location("key_task"), criterion: code)
        }

        let valueType = requiredText(r, "type", criterion: code).flatMap { text -> ValueType? in
            if let t = SchemaVocabulary.valueType(text) { return t }
            report(.error, .schemaBadType,
                vi: "Kiểu \"\(text)\" của tiêu chí \(code) không hợp lệ; dùng: \(ValueType.allCases.map(\.rawValue).joined(separator: ", ")).",
                en: "Type \"\(text)\" of criterion \(code) is not valid; use one of: \(ValueType.allCases.map(\.rawValue).joined(separator: ", ")).",
                at: r.location("type"), criterion: code)
            return nil
        }
        let minimum = number(r, "min", criterion: code)
        let maximum = number(r, "max", criterion: code)
        let target = number(r, "target", criterion: code)
        let maxPoints = requiredNumber(r, "max_points", criterion: code)
        let perUnit = number(r, "points_per_unit", criterion: code)
        let required = flag(r, "required", fallback: true, criterion: code)
        let higherIsBetter = flag(r, "higher_is_better", fallback: true, criterion: code)
        let choices = list(r.text("choices"), separators: [";"])

        if let maxPoints, maxPoints < 0 {
            report(.error, .schemaBadValue, vi: "Điểm tối đa của \(code) không được âm.",
                   en: "The maximum points of \(code) cannot be negative.", at: r.location("max_points"), criterion: code)
        }
        if let lo = minimum ?? nil, let hi = maximum ?? nil, lo > hi {
            report(.error, .schemaMinGreaterThanMax,
                vi: "Tiêu chí \(code): giá trị tối thiểu \(format(lo)) lớn hơn tối đa \(format(hi)).",
                en: "Criterion \(code): minimum \(format(lo)) is greater than maximum \(format(hi)).",
                at: r.location("min"), criterion: code)
        } else if let t = target ?? nil, (minimum ?? nil).map({ t < $0 }) == true || (maximum ?? nil).map({ t > $0 }) == true {
            report(.warning, .schemaTargetOutOfRange,
                vi: "Chỉ tiêu \(format(t)) của \(code) nằm ngoài khoảng tối thiểu–tối đa.",
                en: "The target \(format(t)) of \(code) lies outside its minimum–maximum range.",
                at: r.location("target"), criterion: code)
        }
        if valueType == .choice && choices.isEmpty {
            report(.error, .schemaMissingChoices,
                vi: "Tiêu chí \(code) kiểu lựa chọn cần danh sách lựa chọn, cách nhau bằng dấu \";\".",
                en: "Choice criterion \(code) needs its choices, separated by \";\".",
                at: r.location("choices"), criterion: code)
        }
        let scoring = scoringMethod(r, code: code, valueType: valueType, target: target ?? nil, perUnit: perUnit)

        guard let name, let area, let valueType, let maxPoints, let scoring,
              let minimum, let maximum, let target else { return nil }
        return Criterion(code: code, area: area, keyTasks: tasks, name: name, unit: r.text("unit") ?? "",
                         valueType: valueType, required: required, minimum: minimum, maximum: maximum,
                         allowedValues: choices, target: target, maxPoints: maxPoints, scoring: scoring,
                         higherIsBetter: higherIsBetter, notes: r.text("notes") ?? "")
    }

    /// The scoring method, checked against the value type and the figures it needs.
    private mutating func scoringMethod(_ r: TableRecord, code: String, valueType: ValueType?,
                                        target: Double?, perUnit: Double??) -> ScoringMethod? {
        guard let text = requiredText(r, "scoring", criterion: code) else { return nil }
        guard let name = SchemaVocabulary.scoring(text) else {
            report(.error, .schemaBadScoring,
                vi: "Cách chấm \"\(text)\" của \(code) không hợp lệ; dùng: \(SchemaVocabulary.ScoringName.allCases.map(\.rawValue).joined(separator: ", ")).",
                en: "Scoring \"\(text)\" of \(code) is not valid; use one of: \(SchemaVocabulary.ScoringName.allCases.map(\.rawValue).joined(separator: ", ")).",
                at: r.location("scoring"), criterion: code)
            return nil
        }
        if let valueType, name != .manual {
            // Arithmetic scoring needs numbers; a yes/no can only be met or not.
            let fits = name == .fullIfTargetMet ? valueType.isNumeric : valueType.isNumeric && valueType != .yesNo
            if !fits {
                report(.error, .schemaBadScoring,
                    vi: "Cách chấm \(name.rawValue) không dùng được cho tiêu chí \(code) kiểu \(valueType.rawValue); hãy dùng manual.",
                    en: "Scoring \(name.rawValue) cannot apply to criterion \(code) of type \(valueType.rawValue); use manual.",
                    at: r.location("scoring"), criterion: code)
                return nil
            }
        }
        func need(_ key: String, _ why: String) {
            report(.error, .schemaMissingValue,
                vi: "Cách chấm \(name.rawValue) của \(code) cần ô \(key).",
                en: "Scoring \(name.rawValue) of \(code) needs the \(key) cell (\(why)).",
                at: r.location(key), criterion: code)
        }
        switch name {
        case .manual: return .manual
        case .fullIfTargetMet:
            if target == nil && valueType != .yesNo { need("target", "the figure to meet"); return nil }
            return .fullIfTargetMet
        case .proportional:
            guard let target else { need("target", "the figure for full points"); return nil }
            if target <= 0 {
                report(.error, .schemaBadValue,
                    vi: "Chỉ tiêu của \(code) phải lớn hơn 0 để chấm theo tỷ lệ.",
                    en: "The target of \(code) must be above 0 for proportional scoring.",
                    at: r.location("target"), criterion: code)
                return nil
            }
            return .proportional
        case .perUnit, .penalty:
            guard let perUnit else { return nil }  // already reported as not a number
            guard let each = perUnit, each > 0 else { need("points_per_unit", "a positive number"); return nil }
            return name == .perUnit ? .perUnit(pointsEach: each) : .penalty(pointsEach: each)
        }
    }
}
