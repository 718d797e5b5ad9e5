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
