/// Number-format codes the writers use by default, written as an office in Vietnam reads them.
public enum FormatCode {
    public static let general = "General"
    public static let date = "dd/mm/yyyy"
    public static let dateTime = "dd/mm/yyyy hh:mm:ss"
    public static let time = "hh:mm:ss"
    /// Elapsed time; hours go past 24.
    public static let duration = "[h]:mm:ss"
    public static let integer = "0"
    public static let groupedInteger = "#,##0"
    public static let groupedDecimal = "#,##0.00"
    public static let percent = "0%"
    public static let percentDecimal = "0.00%"
    public static let text = "@"

    /// The code a date-like value gets when its style names none; nil for other kinds.
    public static func defaultCode(for kind: CellKind) -> String? {
        switch kind {
        case .date: date
        case .dateTime: dateTime
        case .time: time
        case .duration: duration
        default: nil
        }
    }
}
