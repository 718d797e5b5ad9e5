/// The one parser of ISO 8601 date and time text in the project.
enum ISODateText {
    /// How much of ISO 8601 a reader accepts.
    enum Profile {
        /// What our writers emit and CSV typing accepts, so ordinary text is never mistaken
        /// for a date: `YYYY-MM-DD` and `YYYY-MM-DDTHH:MM:SS` with an optional fraction of one
        /// to nine digits; no zone, no time alone.
        case strict
        /// What XLSX `t="d"` cells hold from other producers: also a space for `T`, no
        /// seconds, `,` fractions, a zone designator (dropped: cell values carry none), and a
        /// time of day alone.
        case lenient
        /// `xs:date` and `xs:dateTime`, as ODF's `office:date-value` holds them: years of four
        /// to nine digits, possibly negative; `T` and seconds required, a leap second allowed;
        /// a zone `Z` or `±HH:MM`, checked and dropped.
        case xsd
    }

    static func date(_ b: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        if case .date(let d)? = parse(b, .strict) { return d }
        return nil
    }

    static func dateTime(_ b: UnsafeBufferPointer<UInt8>) -> CivilDateTime? {
        if case .dateTime(let dt)? = parse(b, .strict) { return dt }
        return nil
    }

    /// A `.date`, `.dateTime` or `.time`, or nil when malformed or impossible.
    static func parse(_ text: UnsafeBufferPointer<UInt8>, _ profile: Profile) -> CellValue? {
        var i = 0
        let n = text.count
        let strict = profile == .strict, xsd = profile == .xsd

        func number(_ width: Int, upTo maxWidth: Int? = nil) -> Int? {
            var v = 0
            let start = i
            while i < n, i - start < (maxWidth ?? width), case let d = Int(text[i]) &- 48, d >= 0 && d <= 9 {
                v = v * 10 + d
                i += 1
            }
            return i - start >= width ? v : nil
        }
        func skip(_ c: UInt8) -> Bool {
            guard i < n, text[i] == c else { return false }
            i += 1
            return true
        }
        func zone() -> Bool {
            guard i < n else { return true }
            if xsd {
                if skip(UInt8(ascii: "Z")) { return i == n }
                guard skip(UInt8(ascii: "+")) || skip(UInt8(ascii: "-")) else { return false }
                return number(2) != nil && skip(UInt8(ascii: ":")) && number(2) != nil && i == n
            }
            guard !strict, text[i] == UInt8(ascii: "Z") || text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-")
            else { return false }
            i = n
            return true
        }
        func clock() -> TimeOfDay? {
            guard let h = number(2), skip(UInt8(ascii: ":")), let m = number(2), h < 24, m < 60 else { return nil }
            var second = 0, fraction = 0.0
            if skip(UInt8(ascii: ":")) {
                guard let s = number(2), s < (xsd ? 61 : 60) else { return nil }
                second = s
                if i < n && (text[i] == UInt8(ascii: ".") || (profile == .lenient && text[i] == UInt8(ascii: ","))) {
                    let start = i
                    i += 1
                    while i < n, text[i] &- 48 < 10 { i += 1 }
                    guard i > start + 1, !strict || i - start <= 10 else { return nil }
                    guard let f = decimal(UnsafeBufferPointer(rebasing: text[start..<i])) else { return nil }
                    fraction = f
                }
            } else if profile != .lenient {
                return nil
            }
            guard zone() else { return nil }
            // Whole seconds are exact: the fraction is added with a single rounding.
            return TimeOfDay(seconds: Double(h * 3600 + m * 60 + second) + fraction)
        }

        if n >= 3, text[2] == UInt8(ascii: ":") {
            return profile == .lenient ? clock().map { .time($0) } : nil
        }
        let negativeYear = xsd && skip(UInt8(ascii: "-"))
        guard var y = number(4, upTo: xsd ? 9 : 4), skip(UInt8(ascii: "-")), let mo = number(2), skip(UInt8(ascii: "-")),
              let d = number(2)
        else { return nil }
        if negativeYear { y = -y }
        let date = CivilDate(year: y, month: mo, day: d)
        guard date.isValid, xsd || y >= 1 else { return nil }
        if i == n { return .date(date) }
        guard skip(UInt8(ascii: "T")) || (profile == .lenient && skip(UInt8(ascii: " "))), let time = clock() else { return nil }
        return .dateTime(CivilDateTime(date: date, time: time))
    }

    /// An ISO 8601 decimal (`0.25`, `0,25`, `.5`), whose mark may be a comma, through the
    /// one number parser.
    static func decimal(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let comma = b.firstIndex(of: UInt8(ascii: ",")) else { return NumberParser.xmlValue(b) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: b.count) { copy in
            for k in 0..<b.count { copy[k] = k == comma ? UInt8(ascii: ".") : b[k] }
            return NumberParser.xmlValue(UnsafeBufferPointer(copy))
        }
    }
}

extension CivilDate {
    /// A `YYYY-MM-DD` date typed outside a spreadsheet (a form field, an option), through the
    /// one ISO 8601 parser; nil when malformed or not a real day.
    package init?(isoText text: String) {
        var text = text
        guard let date = text.withUTF8({ ISODateText.date($0) }) else { return nil }
        self = date
    }
}
