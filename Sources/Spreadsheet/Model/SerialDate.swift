/// The spreadsheet date systems: a date is a count of days from an epoch.
///
/// This is the one place that converts between serial numbers and calendar values.
public enum DateSystem: String, Sendable, Hashable {
    /// Excel's default: serial 1 is 1900-01-01, and serial 60 is the fictitious 1900-02-29
    /// kept for Lotus 1-2-3 compatibility.
    case excel1900
    /// Serial 0 is 1904-01-01 (old Mac Excel, `workbookPr/@date1904`).
    case excel1904

    private static let epoch1899 = CivilDate(year: 1899, month: 12, day: 30).daysSinceEpoch
    private static let epoch1904 = CivilDate(year: 1904, month: 1, day: 1).daysSinceEpoch

    /// The calendar date and time for a serial number, or nil when out of range
    /// (negative, or past 9999-12-31).
    public func dateTime(fromSerial serial: Double) -> CivilDateTime? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        // Milliseconds: a serial's 15 significant digits carry no finer time (LibreOffice
        // writes 45366.6041666667 for 14:30:00, which is 3 µs off).
        var seconds = ((serial - Double(days)) * 86_400 * 1_000).rounded() / 1_000
        if seconds >= 86_400 { days += 1; seconds -= 86_400 }
        let date: CivilDate
        switch self {
        case .excel1900:
            if days == 60 {
                // There was no 1900-02-29; show what Excel shows and keep the fraction.
                date = CivilDate(year: 1900, month: 2, day: 29)
            } else if days == 0 {
                date = CivilDate(year: 1900, month: 1, day: 0)
            } else {
                date = CivilDate(daysSinceEpoch: DateSystem.epoch1899 + days + (days < 60 ? 1 : 0))
            }
        case .excel1904:
            date = CivilDate(daysSinceEpoch: DateSystem.epoch1904 + days)
        }
        return CivilDateTime(date: date, time: TimeOfDay(seconds: seconds))
    }

    /// The serial number of a date (and time).
    public func serial(of date: CivilDate, time: TimeOfDay = TimeOfDay(seconds: 0)) -> Double {
        let fraction = time.seconds / 86_400
        switch self {
        case .excel1900:
            if date.year == 1900 && date.month == 2 && date.day == 29 { return 60 + fraction }
            if date.year == 1900 && date.month == 1 && date.day == 0 { return fraction }
            var days = date.daysSinceEpoch - DateSystem.epoch1899
            if days <= 60 { days -= 1 }
            return Double(days) + fraction
        case .excel1904:
            return Double(date.daysSinceEpoch - DateSystem.epoch1904) + fraction
        }
    }
}
