/// How a CSV field becomes a typed value. CSV carries no types, so only text that our own
/// writers (and careful exports) emit unambiguously is typed; anything else stays text,
/// verbatim, so `00157`, `1.234,5`, `15/01/2024` and `true` reach validation untouched.
enum CSVCellTyping {
    /// The typed value of a non-empty field, or nil when it is text.
    ///
    /// Canonical number (`NumberStyle.canonical`) → `.number`; exactly `YYYY-MM-DD` naming a
    /// real day → `.date`; `YYYY-MM-DDTHH:MM:SS` with an optional fraction → `.dateTime`;
    /// exactly `TRUE` / `FALSE` → `.boolean`. Quotes only escape, so `"42"` is a number too,
    /// as in Excel.
    static func value(of b: UnsafeBufferPointer<UInt8>) -> CellValue? {
        guard let first = b.first else { return nil }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
            if let v = NumberParser.canonicalValue(b) { return .number(v) }
            if b.count == 10, let d = ISODateText.date(b) { return .date(d) }
            if b.count >= 19, let dt = ISODateText.dateTime(b) { return .dateTime(dt) }
            return nil
        case UInt8(ascii: "T"):
            return b.elementsEqual("TRUE".utf8) ? .boolean(true) : nil
        case UInt8(ascii: "F"):
            return b.elementsEqual("FALSE".utf8) ? .boolean(false) : nil
        default:
            return nil
        }
    }

    /// Canonical text that a locale grouping thousands with `.` writes for an integer too:
    /// 1 to 3 digits (not a lone leading 0), a point, exactly 3 digits (`72.800`, `-5.272`).
    static func isAmbiguousNumber(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = b.first == UInt8(ascii: "-") ? 1 : 0
        let start = i
        while i < b.count, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") { i += 1 }
        let integerDigits = i - start
        guard integerDigits >= 1, integerDigits <= 3, b[start] != UInt8(ascii: "0"),
              b.count == i + 4, b[i] == UInt8(ascii: ".") else { return false }
        return b[(i + 1)...].allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
