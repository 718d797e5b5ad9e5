/// Decodes ODF's temporal attribute values from the parser's bytes.
enum ODSTemporalText {
    /// `office:date-value`: `2024-01-15` → `.date`; `2024-01-15T08:30:00.5` → `.dateTime`.
    /// A trailing zone (`Z`, `+07:00`) is accepted and dropped: cells hold civil times.
    static func dateValue(_ b: UnsafeBufferPointer<UInt8>) -> CellValue? {
        var i = 0
        let negativeYear = b.count > 0 && b[0] == UInt8(ascii: "-")
        if negativeYear { i = 1 }
        guard var year = digits(b, &i, min: 4, max: 9), expect(b, &i, "-"),
              let month = digits(b, &i, min: 2, max: 2), expect(b, &i, "-"),
              let day = digits(b, &i, min: 2, max: 2)
        else { return nil }
        if negativeYear { year = -year }
        let date = CivilDate(year: year, month: month, day: day)
        guard date.isValid else { return nil }
        if i == b.count { return .date(date) }
        guard expect(b, &i, "T"), let h = digits(b, &i, min: 2, max: 2), expect(b, &i, ":"),
              let m = digits(b, &i, min: 2, max: 2), expect(b, &i, ":"),
              let s = digits(b, &i, min: 2, max: 2), h < 24, m < 60, s < 61
        else { return nil }
        var seconds = Double(h * 3600 + m * 60 + s)
        if i < b.count, b[i] == UInt8(ascii: ".") {
            let start = i
            i += 1
            while i < b.count, b[i] &- 48 < 10 { i += 1 }
            guard i > start + 1, let fraction = NumberParser.xmlValue(UnsafeBufferPointer(rebasing: b[start..<i]))
            else { return nil }
            seconds += fraction
        }
        guard zone(b, &i), i == b.count else { return nil }
        return .dateTime(CivilDateTime(date: date, time: TimeOfDay(seconds: seconds)))
    }

    /// `office:time-value`, an ISO 8601 duration: `PT12H30M00S`, `PT36H`, `P1DT2H`,
    /// `-PT0.5S`. Years and months have no fixed length, so they are refused.
    static func durationSeconds(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        var sign = 1.0
        if i < b.count, b[i] == UInt8(ascii: "-") { sign = -1; i += 1 }
        guard expect(b, &i, "P"), i < b.count else { return nil }
        var total = 0.0
        var inTime = false
        var sawComponent = false
        while i < b.count {
            if b[i] == UInt8(ascii: "T") {
                guard !inTime else { return nil }
                inTime = true
                i += 1
                continue
            }
            let start = i
            while i < b.count, b[i] &- 48 < 10 || b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ",") { i += 1 }
            guard i > start, i < b.count,
                  let amount = decimal(UnsafeBufferPointer(rebasing: b[start..<i]))
            else { return nil }
            switch (b[i], inTime) {
            case (UInt8(ascii: "D"), false): total += amount * 86_400
            case (UInt8(ascii: "W"), false): total += amount * 604_800
            case (UInt8(ascii: "H"), true): total += amount * 3600
            case (UInt8(ascii: "M"), true): total += amount * 60
            case (UInt8(ascii: "S"), true): total += amount
            default: return nil
            }
            sawComponent = true
            i += 1
        }
        guard sawComponent, total.isFinite else { return nil }
        return sign * total
    }

    /// A duration component; ISO 8601 allows a decimal comma.
    private static func decimal(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        if let comma = b.firstIndex(of: UInt8(ascii: ",")) {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: b.count) { copy in
                for k in 0..<b.count { copy[k] = k == comma ? UInt8(ascii: ".") : b[k] }
                return NumberParser.xmlValue(UnsafeBufferPointer(copy))
            }
        }
        return NumberParser.xmlValue(b)
    }

    private static func digits(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, min: Int, max: Int) -> Int? {
        var v = 0
        var n = 0
        while i < b.count, n < max, b[i] &- 48 < 10 {
            v = v * 10 + Int(b[i] &- 48)
            n += 1
            i += 1
        }
        return n >= min ? v : nil
    }

    private static func expect(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ c: Unicode.Scalar) -> Bool {
        guard i < b.count, b[i] == UInt8(ascii: c) else { return false }
        i += 1
        return true
    }

    private static func zone(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Bool {
        guard i < b.count else { return true }
        if b[i] == UInt8(ascii: "Z") { i += 1; return true }
        guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") else { return false }
        i += 1
        return digits(b, &i, min: 2, max: 2) != nil && expect(b, &i, ":") && digits(b, &i, min: 2, max: 2) != nil
    }
}
