/// Decodes the ISO 8601 text of a `t="d"` cell: `2024-03-15` → a date,
/// `2024-03-15T10:30:00[.123][Z|±hh:mm]` → a date-time, `10:30:00` → a time of day.
/// The zone, if any, is dropped: cell values carry none. Nil when malformed or impossible.
func decodeISODateTime(_ text: UnsafeBufferPointer<UInt8>) -> CellValue? {
    var i = 0
    let n = text.count

    func number(_ width: Int) -> Int? {
        guard i + width <= n else { return nil }
        var v = 0
        for k in i..<(i + width) {
            let d = Int(text[k]) &- 48
            guard d >= 0 && d <= 9 else { return nil }
            v = v * 10 + d
        }
        i += width
        return v
    }
    func skip(_ c: Character) -> Bool {
        guard i < n, text[i] == c.asciiValue! else { return false }
        i += 1
        return true
    }
    func clock() -> TimeOfDay? {
        guard let h = number(2), skip(":"), let m = number(2), h < 24, m < 60 else { return nil }
        var seconds = 0.0
        if skip(":") {
            guard let s = number(2), s < 60 else { return nil }
            seconds = Double(s)
            if skip(".") || skip(",") {
                var scale = 0.1
                let start = i
                while i < n, text[i] >= 48, text[i] <= 57 {
                    seconds += Double(text[i] - 48) * scale
                    scale /= 10
                    i += 1
                }
                guard i > start else { return nil }
            }
        }
        // A zone designator may follow; the value is read as local time.
        if i < n {
            guard text[i] == UInt8(ascii: "Z") || text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-") else { return nil }
            i = n
        }
        return TimeOfDay(hour: h, minute: m, second: seconds)
    }

    if n >= 3, text[2] == UInt8(ascii: ":") { return clock().map { .time($0) } }
    guard let y = number(4), skip("-"), let mo = number(2), skip("-"), let d = number(2) else { return nil }
    let date = CivilDate(year: y, month: mo, day: d)
    guard date.isValid else { return nil }
    if i == n { return .date(date) }
    guard skip("T") || skip(" "), let time = clock() else { return nil }
    return .dateTime(CivilDateTime(date: date, time: time))
}
