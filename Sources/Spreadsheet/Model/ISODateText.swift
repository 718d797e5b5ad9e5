/// Strict ISO 8601 calendar text, as our writers emit it: `YYYY-MM-DD` and
/// `YYYY-MM-DDTHH:MM:SS` with an optional fraction of one to nine digits. Nothing else
/// (no zone, no week dates, no `24:00`), so ordinary text is never mistaken for a date.
enum ISODateText {
    static func date(_ b: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        guard b.count == 10 else { return nil }
        return datePrefix(b)
    }

    static func dateTime(_ b: UnsafeBufferPointer<UInt8>) -> CivilDateTime? {
        guard b.count >= 19, b[10] == UInt8(ascii: "T"), let date = datePrefix(b),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
              let hour = number(b, 11, 2), let minute = number(b, 14, 2), let second = number(b, 17, 2),
              hour < 24, minute < 60, second < 60
        else { return nil }
        var seconds = Double(hour * 3600 + minute * 60 + second)
        if b.count > 19 {
            let digits = b.count - 20
            guard b[19] == UInt8(ascii: "."), digits >= 1, digits <= 9,
                  let fraction = number(b, 20, digits) else { return nil }
            var scale = 1.0
            for _ in 0..<digits { scale *= 10 }
            seconds += Double(fraction) / scale
        }
        return CivilDateTime(date: date, time: TimeOfDay(seconds: seconds))
    }

    private static func datePrefix(_ b: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        guard b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              let year = number(b, 0, 4), let month = number(b, 5, 2), let day = number(b, 8, 2),
              year >= 1
        else { return nil }
        let date = CivilDate(year: year, month: month, day: day)
        return date.isValid ? date : nil
    }

    /// The unsigned decimal in exactly `count` digits at `start`.
    @inline(__always)
    private static func number(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var v = 0
        for i in start..<(start + count) {
            let d = b[i] &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            v = v * 10 + Int(d)
        }
        return v
    }
}
