/// The kind of value a criterion's result is.
public enum ValueType: String, Sendable, Hashable, CaseIterable, Codable {
    /// Any decimal number.
    case number
    /// A whole number (counts: cases, households).
    case integer
    /// A percentage in points, `0...100` (95 means 95 %).
    case percent
    /// An amount in the criterion's unit, usually million VND.
    case money
    /// Yes or no, held as 1 or 0.
    case yesNo = "yes_no"
    /// One of the criterion's `allowedValues`.
    case choice
    /// Free text.
    case text
    /// A calendar date.
    case date

    /// Whether results are numbers that rules and arithmetic scoring can use.
    public var isNumeric: Bool {
        switch self {
        case .number, .integer, .percent, .money, .yesNo: true
        case .choice, .text, .date: false
        }
    }

    /// Vietnamese name for messages and the template's labels.
    public var vietnameseName: String {
        switch self {
        case .number: "số"
        case .integer: "số nguyên"
        case .percent: "phần trăm"
        case .money: "tiền"
        case .yesNo: "có/không"
        case .choice: "lựa chọn"
        case .text: "văn bản"
        case .date: "ngày"
        }
    }
}
