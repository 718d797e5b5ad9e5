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

/// The one number parser of the project: canonical text from files, human text from forms.
///
/// Parsing works on UTF-8 bytes and does not allocate for numbers of up to 15 bytes; the text
/// is validated first and only then converted, so `nan`, `inf` and overflowing exponents
/// (`1e400`) are never numbers.
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

    /// Validates canonical text and converts it; nil when not canonical or not finite.
    static func canonicalValue(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        let n = b.count
        var i = 0
        let negative = n > 0 && b[0] == UInt8(ascii: "-")
        if negative { i = 1 }
        guard i < n else { return nil }
        // The mantissa is kept exactly while it fits 19 digits, for the fast path below.
        var mantissa: UInt64 = 0
        var significant = 0
        var scale = 0
        if b[i] == UInt8(ascii: "0") {
            i += 1
        } else {
            let start = i
            while i < n, let d = digit(b[i]) {
                accumulate(d, &mantissa, &significant)
                i += 1
            }
            guard i > start else { return nil }
        }
        if i < n && b[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            while i < n, let d = digit(b[i]) {
                accumulate(d, &mantissa, &significant)
                scale += 1
                i += 1
            }
            guard i > start else { return nil }
        }
        var exponent = 0
        if i < n && (b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E")) {
            i += 1
            var expNegative = false
            if i < n && (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+")) {
                expNegative = b[i] == UInt8(ascii: "-")
                i += 1
            }
            let start = i
            while i < n, let d = digit(b[i]) {
                // Clamped: beyond this every double has overflowed or underflowed anyway.
                if exponent < 100_000 { exponent = exponent * 10 + Int(d) }
                i += 1
            }
            guard i > start else { return nil }
            if expNegative { exponent = -exponent }
        }
        guard i == n else { return nil }
        if mantissa == 0 && significant == 0 { return negative ? -0.0 : 0 }
        // Clinger's fast path: an exact mantissa and an exact power of ten round once, correctly.
        let power = exponent - scale
        if significant <= 15 && power >= -22 && power <= 22 {
            let m = Double(mantissa)
            let v = power < 0 ? m / powersOfTen[-power] : m * powersOfTen[power]
            return negative ? -v : v
        }
        guard let v = Double(String(decoding: b, as: UTF8.self)), v.isFinite else { return nil }
        return v
    }

    @inline(__always)
    private static func digit(_ byte: UInt8) -> UInt8? {
        let d = byte &- UInt8(ascii: "0")
        return d < 10 ? d : nil
    }

    @inline(__always)
    private static func accumulate(_ d: UInt8, _ mantissa: inout UInt64, _ significant: inout Int) {
        // Leading zeros of a fraction (`0.005`) are not significant.
        if mantissa == 0 && d == 0 { return }
        significant += 1
        if significant <= 19 { mantissa = mantissa &* 10 &+ UInt64(d) }
    }

    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]
}
