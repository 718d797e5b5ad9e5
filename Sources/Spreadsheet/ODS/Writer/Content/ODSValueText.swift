/// Dates and times in the lexical forms of ODF's value attributes, written digit by digit:
/// no `String` per cell on the hot path.
extension XMLBuffer {
    /// `2026-01-05` (`office:date-value`).
    mutating func odfDate(_ d: CivilDate) {
        paddedDigits(d.year, 4)
        byte(UInt8(ascii: "-"))
        paddedDigits(d.month, 2)
        byte(UInt8(ascii: "-"))
        paddedDigits(d.day, 2)
    }

    /// `08:30:00` for a time of day (after a date's `T`), `PT25H00M00S` (an ISO 8601
    /// duration, hours past 24, `office:time-value`) for times and durations; fractions of a
    /// second to the microsecond. Callers check `ClockParts` first: nil is not written.
    mutating func odfClock(_ c: ClockParts, duration: Bool) {
        if duration && c.negative { byte(UInt8(ascii: "-")) }
        if duration { raw("PT") }
        paddedDigits(c.hours, 2)
        byte(duration ? UInt8(ascii: "H") : UInt8(ascii: ":"))
        paddedDigits(c.minutes, 2)
        byte(duration ? UInt8(ascii: "M") : UInt8(ascii: ":"))
        paddedDigits(c.seconds, 2)
        if c.microseconds != 0 {
            var f = c.microseconds
            var width = 6
            while f % 10 == 0 { f /= 10; width -= 1 }
            byte(UInt8(ascii: "."))
            paddedDigits(f, width)
        }
        if duration { byte(UInt8(ascii: "S")) }
    }

    /// A non-negative `value` with leading zeros to `width` digits (more digits if it has them).
    mutating func paddedDigits(_ value: Int, _ width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var v = value
        if v >= divisor * 10 { int(v); return }
        while divisor > 0 {
            byte(48 + UInt8(v / divisor))
            v %= divisor
            divisor /= 10
        }
    }
}
