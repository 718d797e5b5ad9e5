/// The decimal and grouping convention of the numbers typed as text in one return, learned
/// from those only one convention reads (`76.664,6`, `3,7` are Vietnamese; `1,234.5`, `3.7`
/// English), so that an ambiguous one (`72.800`: 72.8 or 72,800) is read by the file's own
/// convention, with a warning that says so, and never by a silent guess.
enum NumberConvention: Hashable, Sendable {
    /// `,` for decimals, `.` for thousands; `sample` is a number that showed it.
    case vietnamese(sample: String)
    /// `.` for decimals, `,` for thousands.
    case english(sample: String)
    /// Both conventions appear in the file: an ambiguous number cannot be decided.
    case mixed(vietnamese: String, english: String)
    /// No number of the file decides it.
    case unknown

    static let vietnameseParser = NumberParser(style: .vietnamese)
    static let englishParser = NumberParser(style: .english)

    /// The convention the text alone shows, if only one of the two reads it.
    static func shown(by text: String) -> NumberConvention? {
        let vi = vietnameseParser.parse(text), en = englishParser.parse(text)
        switch (vi, en) {
        case (_?, nil): return .vietnamese(sample: text)
        case (nil, _?): return .english(sample: text)
        default: return nil
        }
    }

    /// Both readings of `text` when the two conventions read it as different numbers.
    static func readings(of text: String) -> (vietnamese: ParsedNumber, english: ParsedNumber)? {
        guard let vi = vietnameseParser.parse(text), let en = englishParser.parse(text),
              vi.value != en.value || vi.isPercent != en.isPercent else { return nil }
        return (vi, en)
    }

    /// The convention of a set of number texts (and, for CSV, of fractional number fields,
    /// which the reader typed only because they were written `3.7`).
    static func learn(texts: [String], csvFractions: [Double]) -> NumberConvention {
        var vi: String?, en: String?
        for t in texts {
            switch shown(by: t) {
            case .vietnamese(let s)?: if vi == nil { vi = s }
            case .english(let s)?: if en == nil { en = s }
            default: break
            }
        }
        if en == nil, let f = csvFractions.first { en = InputInterpreter.show(f) }
        switch (vi, en) {
        case let (v?, e?): return .mixed(vietnamese: v, english: e)
        case let (v?, nil): return .vietnamese(sample: v)
        case let (nil, e?): return .english(sample: e)
        default: return .unknown
        }
    }
}

/// How a return's number text is to be read: its learned convention, and whether the file is
/// CSV (where every number is text, so "enter a number cell" is no advice).
struct NumberReading: Hashable, Sendable {
    var convention: NumberConvention = .unknown
    var fromCSV = false
}
