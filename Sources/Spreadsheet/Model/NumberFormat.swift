/// A number-format code (`dd/mm/yyyy`, `0.00%`, `[h]:mm`) and what kind of value it displays.
///
/// Spreadsheets store dates and times as plain numbers; only the format tells them apart.
/// This is the one classifier of format codes, shared by the readers and writers.
public struct NumberFormat: Hashable, Sendable {
    /// What a number shown with a format means.
    public enum Kind: String, Hashable, Sendable, Codable {
        case number, date, dateTime, time
        /// Elapsed time (`[h]:mm:ss`): the serial is a count of days, not a point in time.
        case duration
        /// `@`: the value is shown as text.
        case text
    }

    public let code: String
    public let kind: Kind

    /// Classifies a format code.
    public init(code: String) {
        self.code = code
        self.kind = NumberFormat.classify(code)
    }

    private init(code: String, kind: Kind) {
        self.code = code
        self.kind = kind
    }

    public static let general = NumberFormat(code: "General", kind: .number)

    /// A built-in format of SpreadsheetML (ECMA-376 Part 1, 18.8.30), nil for ids it leaves
    /// to the locale or does not define.
    public static func builtin(id: Int) -> NumberFormat? {
        guard id >= 0, id < builtins.count, let format = builtins[id] else { return nil }
        return format
    }

    /// The built-in id of a code, for writers: a built-in format needs no `numFmt` entry.
    public static func builtinID(code: String) -> Int? {
        builtins.firstIndex { $0?.code == code }
    }

    // Ids 14–22 and 45–47 are the date/time ones; 5–8 and 23–44 depend on the locale and
    // are not written out by the standard, so a file that uses them defines them itself.
    private static let builtins: [NumberFormat?] = {
        let known: [(Int, String, Kind)] = [
            (0, "General", .number), (1, "0", .number), (2, "0.00", .number),
            (3, "#,##0", .number), (4, "#,##0.00", .number),
            (9, "0%", .number), (10, "0.00%", .number), (11, "0.00E+00", .number),
            (12, "# ?/?", .number), (13, "# ??/??", .number),
            (14, "mm-dd-yy", .date), (15, "d-mmm-yy", .date), (16, "d-mmm", .date),
            (17, "mmm-yy", .date), (18, "h:mm AM/PM", .time), (19, "h:mm:ss AM/PM", .time),
            (20, "h:mm", .time), (21, "h:mm:ss", .time), (22, "m/d/yy h:mm", .dateTime),
            (37, "#,##0 ;(#,##0)", .number), (38, "#,##0 ;[Red](#,##0)", .number),
            (39, "#,##0.00;(#,##0.00)", .number), (40, "#,##0.00;[Red](#,##0.00)", .number),
            (45, "mm:ss", .time), (46, "[h]:mm:ss", .duration), (47, "mmss.0", .time),
            (48, "##0.0E+0", .number), (49, "@", .text),
        ]
        var table = [NumberFormat?](repeating: nil, count: 50)
        for (id, code, kind) in known { table[id] = NumberFormat(code: code, kind: kind) }
        return table
    }()

    /// The kind of value a format code displays; only its first section (before `;`) decides.
    public static func classify(_ code: String) -> Kind {
        var scanner = FormatCodeScanner()
        return scanner.classify(Array(code.utf8))
    }
}

extension NumberFormat.Kind {
    /// The value a stored number means when shown with a format of this kind: a date when
    /// the serial is whole and the format shows only a date, a time of day for a time format
    /// and a serial under 1, a date-time otherwise, seconds for an elapsed format. A serial
    /// outside the calendar stays a number.
    public func value(ofSerial x: Double, in dateSystem: DateSystem) -> CellValue {
        switch self {
        case .number, .text:
            return .number(x)
        case .duration:
            // Days to seconds, rounded to the millisecond as dates are: 1.1041666666666667 days
            // is 95400 s, not 95400.00000000003.
            return .duration((x * 86_400 * 1000).rounded() / 1000)
        case .date, .dateTime, .time:
            guard let dt = dateSystem.dateTime(fromSerial: x) else { return .number(x) }
            if self == .time && x < 1 { return .time(dt.time) }
            if self == .date && dt.time.seconds == 0 { return .date(dt.date) }
            return .dateTime(dt)
        }
    }
}

/// Walks the first section of a format code, collecting its date and time tokens.
private struct FormatCodeScanner {
    private enum Token { case year, month, day, hour, minute, second, ampm, ambiguousM }

    private var tokens: [Token] = []
    private var elapsed = false
    private var textPlaceholder = false

    mutating func classify(_ b: [UInt8]) -> NumberFormat.Kind {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            switch c {
            case UInt8(ascii: ";"):
                i = n
                continue
            case UInt8(ascii: "\""):
                // A quoted literal: skip to its closing quote.
                i += 1
                while i < n && b[i] != UInt8(ascii: "\"") { i += 1 }
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                // An escaped character, a padding width or a fill character: the next byte is literal.
                i += 1
            case UInt8(ascii: "["):
                let start = i + 1
                while i < n && b[i] != UInt8(ascii: "]") { i += 1 }
                bracket(b[start..<min(i, n)])
            case UInt8(ascii: "@"):
                textPlaceholder = true
            default:
                i = letters(b, at: i)
                continue
            }
            i += 1
        }
        return kind
    }

    /// `[h]`, `[mm]`, `[ss]` are elapsed units; colours, locales and conditions are ignored.
    private mutating func bracket(_ content: ArraySlice<UInt8>) {
        guard let first = content.first.map(lower), first == UInt8(ascii: "h") || first == UInt8(ascii: "m")
                || first == UInt8(ascii: "s"),
              content.allSatisfy({ lower($0) == first })
        else { return }
        elapsed = true
        tokens.append(first == UInt8(ascii: "h") ? .hour : first == UInt8(ascii: "m") ? .minute : .second)
    }

    /// Reads a run of one date/time letter (`yyyy`, `mm`), `AM/PM`, `A/P` or `General`.
    private mutating func letters(_ b: [UInt8], at start: Int) -> Int {
        let n = b.count
        let c = lower(b[start])
        if matches(b, at: start, "am/pm") { tokens.append(.ampm); return start + 5 }
        if matches(b, at: start, "a/p") { tokens.append(.ampm); return start + 3 }
        if matches(b, at: start, "general") { return start + 7 }
        if c == UInt8(ascii: "e"), start + 1 < n, b[start + 1] == UInt8(ascii: "+") || b[start + 1] == UInt8(ascii: "-") {
            return start + 2 // scientific notation
        }
        var i = start
        while i < n && lower(b[i]) == c { i += 1 }
        switch c {
        case UInt8(ascii: "y"), UInt8(ascii: "e"): tokens.append(.year)
        case UInt8(ascii: "d"): tokens.append(.day)
        case UInt8(ascii: "h"): tokens.append(.hour)
        case UInt8(ascii: "s"): tokens.append(.second)
        case UInt8(ascii: "m"): tokens.append(.ambiguousM)
        default: if i == start { i += 1 }
        }
        return i
    }

    private var kind: NumberFormat.Kind {
        var date = false, time = false
        for (k, token) in tokens.enumerated() {
            switch token {
            case .year, .month, .day: date = true
            case .hour, .minute, .second, .ampm: time = true
            case .ambiguousM:
                // Minutes when right after hours or right before seconds; otherwise months.
                let afterHour = k > 0 && tokens[k - 1] == .hour
                let beforeSecond = k + 1 < tokens.count && tokens[k + 1] == .second
                if afterHour || beforeSecond { time = true } else { date = true }
            }
        }
        if elapsed { return .duration }
        if date && time { return .dateTime }
        if date { return .date }
        if time { return .time }
        return textPlaceholder ? .text : .number
    }

    private func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c + 32 : c }

    private func matches(_ b: [UInt8], at i: Int, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        let w = word.utf8Start
        for k in 0..<n where lower(b[i + k]) != w[k] { return false }
        return true
    }
}
