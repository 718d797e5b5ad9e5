/// The one parser of ISO 8601 date and time text in the project.
///
/// `strict` is what our writers emit and what CSV typing accepts, so ordinary text is never
/// mistaken for a date: `YYYY-MM-DD` and `YYYY-MM-DDTHH:MM:SS` with an optional fraction of
/// one to nine digits; no zone, no time alone. Lenient is what XLSX `t="d"` cells hold from
/// other producers: a space for `T`, `,` fractions, a zone designator (dropped: cell values
/// carry none), and a time of day alone.
enum ISODateText {
    static func date(_ b: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        if case .date(let d)? = parse(b, strict: true) { return d }
        return nil
    }

    static func dateTime(_ b: UnsafeBufferPointer<UInt8>) -> CivilDateTime? {
        if case .dateTime(let dt)? = parse(b, strict: true) { return dt }
        return nil
    }

    /// A `.date`, `.dateTime` or `.time`, or nil when malformed or impossible.
    static func parse(_ text: UnsafeBufferPointer<UInt8>, strict: Bool) -> CellValue? {
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
        func skip(_ c: UInt8) -> Bool {
            guard i < n, text[i] == c else { return false }
            i += 1
            return true
        }
        func clock() -> TimeOfDay? {
            guard let h = number(2), skip(UInt8(ascii: ":")), let m = number(2), h < 24, m < 60 else { return nil }
            var seconds = 0.0
            if skip(UInt8(ascii: ":")) {
                guard let s = number(2), s < 60 else { return nil }
                seconds = Double(s)
                if skip(UInt8(ascii: ".")) || (!strict && skip(UInt8(ascii: ","))) {
                    var scale = 0.1
                    let start = i
                    while i < n, text[i] >= 48, text[i] <= 57 {
                        seconds += Double(text[i] - 48) * scale
                        scale /= 10
                        i += 1
                    }
                    guard i > start, !strict || i - start <= 9 else { return nil }
                }
            } else if strict {
                return nil
            }
            if i < n {
                guard !strict, text[i] == UInt8(ascii: "Z") || text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-")
                else { return nil }
                i = n
            }
            return TimeOfDay(hour: h, minute: m, second: seconds)
        }

        if n >= 3, text[2] == UInt8(ascii: ":") {
            return strict ? nil : clock().map { .time($0) }
        }
        guard let y = number(4), skip(UInt8(ascii: "-")), let mo = number(2), skip(UInt8(ascii: "-")), let d = number(2)
        else { return nil }
        let date = CivilDate(year: y, month: mo, day: d)
        guard date.isValid, y >= 1 else { return nil }
        if i == n { return .date(date) }
        guard skip(UInt8(ascii: "T")) || (!strict && skip(UInt8(ascii: " "))), let time = clock() else { return nil }
        return .dateTime(CivilDateTime(date: date, time: time))
    }
}
