/// Decodes ODF's duration attribute values from the parser's bytes (dates: `ISODateText`).
enum ODSTemporalText {
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
                  let amount = ISODateText.decimal(UnsafeBufferPointer(rebasing: b[start..<i]))
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

    private static func expect(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ c: Unicode.Scalar) -> Bool {
        guard i < b.count, b[i] == UInt8(ascii: c) else { return false }
        i += 1
        return true
    }
}
