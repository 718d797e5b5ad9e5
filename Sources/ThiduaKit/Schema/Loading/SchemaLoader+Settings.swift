/// The `settings` sheet: one `key | value` pair per row.
extension SchemaLoader {
    struct Header {
        var id: String
        var version: String
        var settings: SchemaSettings
    }

    /// The keys the settings sheet understands.
    static let settingKeys = ["id", "version", "year", "title", "reporting_period", "deadline",
                              "max_total_points", "bonus_cap", "penalty_cap", "superior_body", "place_name"]

    /// Vietnamese names district staff may type for the newer keys (folded as keys are).
    static let settingAliases = ["cap_tren": "superior_body", "co_quan_cap_tren": "superior_body",
                                 "dia_danh": "place_name"]

    mutating func settings(_ table: SheetTable, grades: [GradeThreshold]) -> Header? {
        var rows: [String: TableRecord] = [:]
        var seen: [String: TableRecord] = [:]
        for record in table.records {
            guard let raw = requiredText(record, "key") else { continue }
            let folded = SchemaSheetSpec.fold(raw)
            let key = SchemaLoader.settingAliases[folded] ?? folded
            guard SchemaLoader.settingKeys.contains(key) else {
                report(.warning, .schemaUnknownSetting,
                    vi: "Khóa cài đặt \"\(raw)\" không được dùng và bị bỏ qua (các khóa: \(SchemaLoader.settingKeys.joined(separator: ", "))).",
                    en: "Setting \"\(raw)\" is not used and is ignored (known keys: \(SchemaLoader.settingKeys.joined(separator: ", "))).",
                    at: record.location("key"))
                continue
            }
            checkUnique(key, record, "key", seen: &seen, what: LocalizedMessage(vi: "Khóa cài đặt", en: "setting"))
            if rows[key] == nil { rows[key] = record }
        }

        func missing(_ key: String) -> Finding {
            Finding(.error, .schemaMissingSetting,
                vi: "Trang settings thiếu dòng \"\(key)\".",
                en: "The settings sheet lacks the \"\(key)\" row.",
                at: table.headerLocation("key"))
        }
        func requiredRow(_ key: String) -> TableRecord? {
            if let row = rows[key] { return row }
            findings.append(missing(key))
            return nil
        }

        let id = requiredRow("id").flatMap { requiredText($0, "value") }
        let version = rows["version"].flatMap { $0.text("value") } ?? "1"
        anchors["settings/version"] = rows["version"]?.location("value") ?? table.headerLocation("key")
        let title = requiredRow("title").flatMap { requiredText($0, "value") }
        let year = requiredRow("year").flatMap { requiredNumber($0, "value") }
        if let year, let row = rows["year"], year != year.rounded() || year < 1900 || year > 9999 {
            report(.error, .schemaBadValue, vi: "Năm \(format(year)) không hợp lệ.",
                   en: "Year \(format(year)) is not valid.", at: row.location("value"))
        }
        let deadline = requiredRow("deadline").flatMap { date($0, "value") }
        let scale = requiredRow("max_total_points").flatMap { requiredNumber($0, "value") }
        let bonus = rows["bonus_cap"].flatMap { number($0, "value") }
        let penalty = rows["penalty_cap"].flatMap { number($0, "value") }
        for (key, value) in [("max_total_points", scale), ("bonus_cap", bonus ?? nil), ("penalty_cap", penalty ?? nil)] {
            if let value, value < 0 || (key == "max_total_points" && value == 0), let row = rows[key] {
                report(.error, .schemaBadValue, vi: "\(key) phải là số dương.",
                       en: "\(key) must be a positive number.", at: row.location("value"))
            }
        }
        let superior = rows["superior_body"].flatMap { heading($0, longest: 80) }
        let place = rows["place_name"].flatMap { heading($0, longest: 40) }
        guard let id, let title, let year, let deadline, let scale else { return nil }
        let period = rows["reporting_period"].flatMap { $0.text("value") } ?? "Năm \(Int(year))"
        let settings = SchemaSettings(year: Int(year), title: title, reportingPeriod: period, deadline: deadline,
                                      grades: grades, bonusCap: (bonus ?? nil) ?? 0,
                                      penaltyCap: (penalty ?? nil) ?? 0, maxTotalPoints: scale,
                                      superiorBody: superior, placeName: place)
        return Header(id: id, version: version, settings: settings)
    }

    /// A line printed in a document's heading (the superior body, the place name): text of one
    /// line, at most `longest` characters, not a number; nil when empty or refused (reported).
    mutating func heading(_ record: TableRecord, longest: Int) -> String? {
        guard let text = record.text("value") else { return nil }
        let problem: LocalizedMessage? = if case .number = record.value("value") {
            LocalizedMessage(vi: "là một số", en: "is a number")
        } else if case .text(let raw) = record.value("value"), raw.contains(where: \.isNewline) {
            LocalizedMessage(vi: "có nhiều dòng", en: "has several lines")
        } else if text.count > longest {
            LocalizedMessage(vi: "dài \(text.count) ký tự, quá \(longest)", en: "is \(text.count) characters long, over \(longest)")
        } else { nil }
        guard let problem else { return text }
        let key = record.text("key") ?? ""
        report(.error, .schemaBadValue,
            vi: "Ô value của dòng \"\(key)\" phải là một dòng chữ in ở đầu văn bản (ví dụ \"UBND QUẬN CẦU GIẤY\", \"Cầu Giấy\"); giá trị \"\(text.prefix(60))\" \(problem.vi).",
            en: "The value of the \"\(key)\" row must be one line of text printed in the documents' heading (e.g. \"UBND QUẬN CẦU GIẤY\", \"Cầu Giấy\"); \"\(text.prefix(60))\" \(problem.en).",
            at: record.location("value"))
        return nil
    }

    /// A date cell. Text dates are accepted only in ISO form `YYYY-MM-DD`, the one spelling
    /// with no day/month ambiguity.
    mutating func date(_ record: TableRecord, _ key: String) -> CivilDate? {
        switch record.value(key) {
        case .date(let d) where d.isValid: return d
        case .dateTime(let d) where d.date.isValid: return d.date
        default: break
        }
        let text = record.text(key) ?? ""
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
           parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
           let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) {
            let date = CivilDate(year: y, month: m, day: d)
            if date.isValid { return date }
        }
        report(.error, text.isEmpty ? .schemaMissingValue : .schemaBadValue,
            vi: "Ô \(key) phải là một ngày (định dạng ngày của bảng tính, hoặc YYYY-MM-DD); đang là \"\(text)\".",
            en: "The \(key) cell must be a date (a spreadsheet date, or YYYY-MM-DD); it holds \"\(text)\".",
            at: record.location(key))
        return nil
    }
}
