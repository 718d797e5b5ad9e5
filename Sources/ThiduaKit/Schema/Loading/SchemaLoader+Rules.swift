/// The `rules` sheet: `id | left | operator | right | severity | message_vi | message_en`.
extension SchemaLoader {
    mutating func ruleList(_ table: SheetTable?, criteria: [Criterion]) -> [ValidationRule] {
        guard let table else { return [] }
        var rules: [ValidationRule] = []
        var seen: [String: TableRecord] = [:]
        for record in table.records {
            let id = code(record, "id")
            if let id { checkUnique(id, record, "id", seen: &seen, what: LocalizedMessage(vi: "Mã quy tắc", en: "rule id")) }
            let left = expression(record, "left", criteria: criteria)
            let right = expression(record, "right", criteria: criteria)
            let comparison = requiredText(record, "operator").flatMap { text -> ComparisonOperator? in
                if let op = ComparisonOperator(symbol: text) { return op }
                let known = ComparisonOperator.allCases.map(\.rawValue).joined(separator: " ")
                report(.error, .schemaBadOperator,
                    vi: "Phép so sánh \"\(text)\" không hợp lệ; dùng một trong: \(known).",
                    en: "Comparison \"\(text)\" is not valid; use one of: \(known).",
                    at: record.location("operator"))
                return nil
            }
            let severity = ruleSeverity(record)
            guard let id, let left, let right, let comparison, let severity else { continue }
            var rule = ValidationRule(id: id, left: left, comparison: comparison, right: right,
                                      severity: severity, message: LocalizedMessage(vi: "", en: ""))
            rule.message = LocalizedMessage(
                vi: record.text("message_vi") ?? "Không thỏa quy tắc \(id): \(rule.text).",
                en: record.text("message_en") ?? "Rule \(id) fails: \(rule.text).")
            rules.append(rule)
        }
        return rules
    }

    /// Parses one side and checks that its criteria exist and are numeric.
    private mutating func expression(_ record: TableRecord, _ key: String, criteria: [Criterion]) -> Expression? {
        guard let text = requiredText(record, key) else { return nil }
        let parsed: Expression
        do {
            parsed = try ExpressionParser.parse(text)
        } catch {
            report(.error, .schemaBadExpression,
                vi: "Biểu thức \"\(text)\" sai: \(error.message.vi)",
                en: "Expression \"\(text)\" is invalid: \(error.message.en)",
                at: record.location(key))
            return nil
        }
        var ok = true
        for code in parsed.criterionCodes {
            guard let criterion = criteria.first(where: { $0.code == code }) else {
                // Without a criteria sheet every code would be unknown: that is reported once already.
                if criteria.isEmpty { continue }
                report(.error, .schemaUnknownCriterionInRule,
                    vi: "Biểu thức \"\(text)\" dùng tiêu chí \(code) không có trong trang criteria.",
                    en: "Expression \"\(text)\" uses criterion \(code), which is not in the criteria sheet.",
                    at: record.location(key), criterion: code)
                ok = false
                continue
            }
            if !criterion.valueType.isNumeric {
                report(.error, .schemaNonNumericInRule,
                    vi: "Biểu thức \"\(text)\" dùng tiêu chí \(code) kiểu \(criterion.valueType.rawValue), không phải số.",
                    en: "Expression \"\(text)\" uses criterion \(code) of type \(criterion.valueType.rawValue), which is not numeric.",
                    at: record.location(key), criterion: code)
                ok = false
            }
        }
        return ok ? parsed : nil
    }

    private mutating func ruleSeverity(_ record: TableRecord) -> Severity? {
        guard let text = record.text("severity") else { return .error }
        switch VietnameseText.looseKey(text) {
        case "error", "loi": return .error
        case "warning", "canh bao": return .warning
        default:
            report(.error, .schemaBadValue,
                vi: "Mức độ \"\(text)\" không hợp lệ; dùng error (lỗi) hoặc warning (cảnh báo).",
                en: "Severity \"\(text)\" is not valid; use error or warning.",
                at: record.location("severity"))
            return nil
        }
    }
}
