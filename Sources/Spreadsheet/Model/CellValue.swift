/// The value of one cell, the same for every format.
public enum CellValue: Hashable, Sendable {
    case empty
    case number(Double)
    case text(String)
    case boolean(Bool)
    case date(CivilDate)
    case dateTime(CivilDateTime)
    case time(TimeOfDay)
    /// Elapsed time in seconds (`[h]:mm` formats, ODS `time-value`).
    case duration(Double)
    /// An error value such as `#DIV/0!`.
    case error(String)

    public var kind: CellKind {
        switch self {
        case .empty: .empty
        case .number: .number
        case .text: .text
        case .boolean: .boolean
        case .date: .date
        case .dateTime: .dateTime
        case .time: .time
        case .duration: .duration
        case .error: .error
        }
    }

    public var isEmpty: Bool { if case .empty = self { true } else { false } }
}

/// The type of a cell value, for counting and reporting.
public enum CellKind: String, CaseIterable, Sendable, Codable {
    case empty, number, text, boolean, date, dateTime, time, duration, error
}
