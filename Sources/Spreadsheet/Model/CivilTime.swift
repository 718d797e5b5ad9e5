/// A calendar date without time zone (proleptic Gregorian).
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether the fields name a real day.
    public var isValid: Bool {
        month >= 1 && month <= 12 && day >= 1 && day <= CivilDate.daysInMonth(year: year, month: month)
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (negative before).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(daysSinceEpoch z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// ISO 8601, `YYYY-MM-DD`.
    public var description: String {
        pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }
}

/// A time of day, seconds since midnight (may carry fractions).
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var seconds: Double

    public init(seconds: Double) { self.seconds = seconds }

    public init(hour: Int, minute: Int, second: Double = 0) {
        self.seconds = Double(hour * 3600 + minute * 60) + second
    }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.seconds < b.seconds }

    /// ISO 8601, `HH:MM:SS` with fractional seconds only when present.
    public var description: String { formatClock(seconds) }
}

/// A date and a time of day, without time zone.
public struct CivilDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var date: CivilDate
    public var time: TimeOfDay

    public init(date: CivilDate, time: TimeOfDay) {
        self.date = date
        self.time = time
    }

    public static func < (a: CivilDateTime, b: CivilDateTime) -> Bool {
        (a.date, a.time) < (b.date, b.time)
    }

    /// ISO 8601, `YYYY-MM-DDTHH:MM:SS`.
    public var description: String { date.description + "T" + time.description }
}

@inline(__always)
func pad(_ v: Int, _ width: Int) -> String {
    let s = String(abs(v))
    let body = s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    return v < 0 ? "-" + body : body
}

/// A count of seconds split for printing as `H:MM:SS.ffffff`, rounded to the microsecond.
/// The one conversion of a clock value to integers: values whose microseconds do not fit an
/// `Int` exactly have none (the caller writes an error value rather than trap).
struct ClockParts {
    /// Past this (about 31,700 years) a clock value is not printed: `#NUM!`.
    static let maxSeconds = 1e12
    var negative: Bool
    var hours: Int
    var minutes: Int
    var seconds: Int
    var microseconds: Int

    init?(_ totalSeconds: Double) {
        guard totalSeconds.isFinite, totalSeconds.magnitude < Self.maxSeconds else { return nil }
        let micros = Int((totalSeconds.magnitude * 1_000_000).rounded())
        negative = totalSeconds < 0 && micros > 0
        let whole = micros / 1_000_000
        hours = whole / 3600
        minutes = whole / 60 % 60
        seconds = whole % 60
        microseconds = micros % 1_000_000
    }
}

/// `HH:MM:SS[.fff]`; hours may exceed 23 (used for durations too); `#NUM!` past `ClockParts.maxSeconds`.
func formatClock(_ totalSeconds: Double) -> String {
    guard let c = ClockParts(totalSeconds) else { return "#NUM!" }
    var s = (c.negative ? "-" : "") + pad(c.hours, 2) + ":" + pad(c.minutes, 2) + ":" + pad(c.seconds, 2)
    if c.microseconds != 0 {
        var f = pad(c.microseconds, 6)
        while f.last == "0" { f.removeLast() }
        s += "." + f
    }
    return s
}
