/// The words accepted in the `type` and `scoring` columns: machine names plus Vietnamese.
enum SchemaVocabulary {
    static let valueTypes: [(ValueType, [String])] = [
        (.number, ["number", "số", "số thực"]),
        (.integer, ["integer", "số nguyên"]),
        (.percent, ["percent", "phần trăm", "tỷ lệ", "tỉ lệ", "%"]),
        (.money, ["money", "tiền", "số tiền"]),
        (.yesNo, ["yes_no", "yesno", "có/không", "có không"]),
        (.choice, ["choice", "lựa chọn"]),
        (.text, ["text", "văn bản", "chữ"]),
        (.date, ["date", "ngày", "ngày tháng"]),
    ]

    /// Scoring names, without their `points_per_unit` parameter.
    enum ScoringName: String, CaseIterable {
        case fullIfTargetMet = "full_if_target_met"
        case proportional, perUnit = "per_unit", penalty, manual
    }

    static let scoringNames: [(ScoringName, [String])] = [
        (.fullIfTargetMet, ["full_if_target_met", "đạt chỉ tiêu", "đạt chỉ tiêu đủ điểm"]),
        (.proportional, ["proportional", "tỷ lệ", "tỉ lệ", "theo tỷ lệ", "theo tỉ lệ"]),
        (.perUnit, ["per_unit", "theo đơn vị", "mỗi đơn vị"]),
        (.penalty, ["penalty", "trừ điểm", "điểm trừ"]),
        (.manual, ["manual", "tự chấm", "chấm tay", "thẩm định"]),
    ]

    static func valueType(_ text: String) -> ValueType? {
        let key = fold(text)
        return valueTypes.first { $0.1.map(fold).contains(key) }?.0
    }

    static func scoring(_ text: String) -> ScoringName? {
        let key = fold(text)
        return scoringNames.first { $0.1.map(fold).contains(key) }?.0
    }

    /// Like header folding, but `%` and `/` matter here.
    private static func fold(_ text: String) -> String {
        text == "%" ? "%" : SchemaSheetSpec.fold(text)
    }
}
