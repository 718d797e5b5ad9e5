/// How number text is written.
public enum NumberStyle: Hashable, Sendable {
    /// What CSV files and this toolkit's writers hold: `-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?`
    /// and nothing else, so `00157`, `+5`, ` 5` and `5%` are not numbers.
    case canonical
    /// What people type: `decimal` is the decimal mark (`,` or `.`), `grouping` the optional
    /// thousands separator. Also tolerated: a leading `+`, surrounding spaces, a trailing `%`,
    /// leading zeros, a missing integer part (`,5`) and an exponent. A space `grouping` also
    /// accepts NBSP (U+00A0), narrow NBSP (U+202F) and thin space (U+2009).
    case human(decimal: UInt8, grouping: UInt8?)
    /// What spreadsheet XML stores (XLSX `<v>`, ODF `office:value`): an `xs:double` without
    /// `INF` and `NaN`. Canonical text plus what producers write beyond it: surrounding XML
    /// white space, a leading `+`, leading zeros and a bare point (`.5`, `5.`).
    case xml

    /// `1.234,5`: the convention of Vietnamese (and most European) locales.
    public static let vietnamese = NumberStyle.human(decimal: UInt8(ascii: ","), grouping: UInt8(ascii: "."))
    /// `1,234.5`.
    public static let english = NumberStyle.human(decimal: UInt8(ascii: "."), grouping: UInt8(ascii: ","))
}

/// A parsed number and what the parser had to tolerate, so validation can warn about it.
public struct ParsedNumber: Hashable, Sendable {
    /// The number as written; a percent is not divided by 100 (see `isPercent`).
    public var value: Double
    /// The text ended with `%`: the caller decides whether to divide by 100.
    public var isPercent: Bool = false
    /// The decimal mark that introduced a fraction, if any.
    public var decimalMark: UInt8? = nil
    /// The thousands separator used, if any (a space for any of the space characters).
    public var groupingMark: UInt8? = nil
    public var hadSurroundingSpace: Bool = false
    public var hadPlusSign: Bool = false
    /// Leading zeros (`007`) or no integer digit (`,5`): digits a canonical writer would not emit.
    public var hadNonCanonicalDigits: Bool = false

    public var hadGrouping: Bool { groupingMark != nil }

    public init(value: Double) { self.value = value }
}

/// The one number parser of the project: canonical text from CSV, stored values from XML,
/// human text from forms.
///
/// Parsing works on UTF-8 bytes without allocating; the text is validated first and only
/// then converted, so `nan`, `inf` and overflowing exponents (`1e400`) are never numbers.
public struct NumberParser: Hashable, Sendable {
    public var style: NumberStyle

    public init(style: NumberStyle = .canonical) { self.style = style }

    public static let canonical = NumberParser(style: .canonical)

    /// The number in `text`, or nil when it is not a number in this style.
    public func parse(_ text: some StringProtocol) -> ParsedNumber? {
        if let result = text.utf8.withContiguousStorageIfAvailable({ parse(bytes: $0) }) { return result }
        var copy = String(text)
        return copy.withUTF8 { parse(bytes: $0) }
    }

    /// The number in raw UTF-8 bytes, the hot path of the readers.
    public func parse(bytes: UnsafeBufferPointer<UInt8>) -> ParsedNumber? {
        switch style {
        case .canonical:
            return NumberParser.canonicalValue(bytes).map { ParsedNumber(value: $0) }
        case .xml:
            return NumberParser.xmlValue(bytes).map { ParsedNumber(value: $0) }
        case .human(let decimal, let grouping):
            return HumanNumberText.parse(bytes, decimal: decimal, grouping: grouping)
        }
    }

    /// The value of text a person typed when its convention can be told from the text itself.
    ///
    /// Rule: the text is parsed with decimal mark `,` and with `.`, each with the other mark or
    /// a space as grouping; when every convention that accepts it gives the same value, that
    /// result is returned, else nil. So `1.234,5`, `1,234.5`, `12,5%`, `1,5`, `0,123`,
    /// `1.234.567` and `1 234,5` are decided, while `1.234` and `12,345` (a decimal in one
    /// convention, a grouped integer in the other) are ambiguous: nil, and the caller must choose
    /// a style. A grouped number never starts with `0`, which is why `0,123` is decided.
    public static func detectHuman(_ text: some StringProtocol) -> ParsedNumber? {
        var found: ParsedNumber?
        for parser in humanConventions {
            guard let parsed = parser.parse(text) else { continue }
            if let found, found.value != parsed.value || found.isPercent != parsed.isPercent { return nil }
            if found == nil { found = parsed }
        }
        return found
    }

    private static let humanConventions: [NumberParser] = {
        let comma = UInt8(ascii: ","), dot = UInt8(ascii: "."), space = UInt8(ascii: " ")
        return [
            NumberParser(style: .human(decimal: comma, grouping: dot)),
            NumberParser(style: .human(decimal: comma, grouping: space)),
            NumberParser(style: .human(decimal: dot, grouping: comma)),
            NumberParser(style: .human(decimal: dot, grouping: space)),
        ]
    }()
}
