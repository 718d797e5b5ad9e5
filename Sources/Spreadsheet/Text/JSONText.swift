/// Minimal JSON writing for the CLI's and reports' outputs, without Foundation's encoder
/// (which would box every cell).
public enum JSONText {
    /// A JSON string literal, quoted and escaped.
    public static func quote(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A cell value as `inspect --format json` prints it: null, number, string, boolean,
    /// or `{"date":…}`, `{"datetime":…}`, `{"time":…}`, `{"duration":…}`, `{"error":…}`.
    public static func value(_ v: CellValue) -> String {
        switch v {
        case .empty: "null"
        case .number(let d): d == 0 ? "0" : CanonicalNumberText.string(d) ?? "null"
        case .text(let s): quote(s)
        case .boolean(let b): b ? "true" : "false"
        case .date: "{\"date\":\"\(v.isoText ?? "")\"}"
        case .dateTime: "{\"datetime\":\"\(v.isoText ?? "")\"}"
        case .time: "{\"time\":\"\(v.isoText ?? "")\"}"
        case .duration: "{\"duration\":\"\(v.isoText ?? "")\"}"
        case .error(let e): "{\"error\":\(quote(e))}"
        }
    }
}
