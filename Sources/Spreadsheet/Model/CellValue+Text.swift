extension CellValue {
    /// ISO 8601 text for temporal values: `2018-01-26`, `2018-01-26T08:30:00`, `08:30:00`,
    /// `PT95400S` (durations in seconds); nil for other kinds.
    public var isoText: String? {
        switch self {
        case .date(let d): d.description
        case .dateTime(let dt): dt.description
        case .time(let t): t.description
        case .duration(let s): CanonicalNumberText.string(s.magnitude).map { (s < 0 ? "-PT" : "PT") + $0 + "S" }
        default: nil
        }
    }
}

extension CellValue {
    /// The value as one line of plain text, as a table or a message shows it: numbers in
    /// canonical form, booleans `TRUE`/`FALSE`, errors as their code, temporal values in
    /// ISO 8601, empty as "".
    public var plainText: String {
        switch self {
        case .empty: ""
        case .text(let s): s
        case .number(let d): CanonicalNumberText.string(d) ?? "#NUM!"
        case .boolean(let b): b ? "TRUE" : "FALSE"
        case .error(let e): e
        case .date, .dateTime, .time, .duration: isoText ?? ""
        }
    }
}
