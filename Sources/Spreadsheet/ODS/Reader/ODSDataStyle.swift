import SheetNative

/// One ODF data style (`number:number-style`, `number:date-style`, …) turned into a
/// spreadsheet format code (`#,##0.00`, `dd/mm/yyyy`, `[h]:mm:ss`, `0.00%`).
///
/// Best effort, for display and for telling dates and durations apart: the main pattern
/// is kept; colours, languages and fill characters are dropped; currency symbols become
/// quoted literals; `style:map` conditions become sections (`positive;negative`), in the
/// order written, which is how LibreOffice orders them.
struct ODSDataStyle {
    enum Kind { case number, currency, percentage, date, time, boolean, text }

    let kind: Kind
    /// The style's own pattern, without the sections its maps add.
    var code = ""
    /// `style:map` targets, in order: data style names applied under a condition.
    var mapped: [String] = []
    /// A time style whose leading unit runs past its usual range
    /// (`number:truncate-on-overflow="false"`): `[h]:mm`, `[mm]:ss` or `[ss]`.
    private var elapsedHours = false
    /// Text gathered inside `number:text` / `number:currency-symbol`.
    private var literal: [UInt8] = []
    private var collecting = false
    private var collectingCurrency = false

    init?(element: XMLBytes, attributes: XMLAttributes, cache: inout ODSNamespaceCache) {
        if element.equals("number-style") { kind = .number }
        else if element.equals("currency-style") { kind = .currency }
        else if element.equals("percentage-style") { kind = .percentage }
        else if element.equals("date-style") { kind = .date }
        else if element.equals("time-style") { kind = .time }
        else if element.equals("boolean-style") { kind = .boolean }
        else if element.equals("text-style") { kind = .text }
        else { return nil }
        if let t = attributes.value(.number, "truncate-on-overflow", &cache), t.equals("false") {
            elapsedHours = true
        }
    }

    /// A child element of the data style begins.
    mutating func start(_ ns: ODSNamespace, _ name: XMLBytes, _ a: XMLAttributes, _ cache: inout ODSNamespaceCache) {
        if ns == .style, name.equals("map") {
            if let target = a.value(.style, "apply-style-name", &cache) { mapped.append(target.attributeString) }
            return
        }
        guard ns == .number else { return }
        let long = a.value(.number, "style", &cache)?.equals("long") ?? false
        func int(_ attribute: StaticString) -> Int? { a.value(.number, attribute, &cache)?.unsignedInteger }
        if name.equals("number") {
            code += numberPattern(decimals: int("decimal-places"), minDecimals: int("min-decimal-places"),
                                  minInteger: int("min-integer-digits") ?? 1,
                                  grouping: a.value(.number, "grouping", &cache)?.equals("true") ?? false)
        } else if name.equals("scientific-number") {
            code += numberPattern(decimals: int("decimal-places"), minDecimals: nil,
                                  minInteger: int("min-integer-digits") ?? 1, grouping: false)
            code += "E+" + String(repeating: "0", count: max(int("min-exponent-digits") ?? 2, 1))
        } else if name.equals("fraction") {
            let integer = int("min-integer-digits") ?? 0
            let denominator = int("denominator-value")
            let digits = min(max(int("min-denominator-digits") ?? 1, 1), 9)
            code += (integer > 0 ? "# " : "") + String(repeating: "?", count: digits) + "/"
                + (denominator.map(String.init) ?? String(repeating: "?", count: digits))
        } else if name.equals("day") { code += long ? "dd" : "d" }
        else if name.equals("month") {
            let textual = a.value(.number, "textual", &cache)?.equals("true") ?? false
            code += textual ? (long ? "mmmm" : "mmm") : (long ? "mm" : "m")
        } else if name.equals("year") { code += long ? "yyyy" : "yy" }
        else if name.equals("day-of-week") { code += long ? "dddd" : "ddd" }
        else if name.equals("hours") {
            let h = long ? "hh" : "h"
            code += elapsedHours ? "[" + h + "]" : h
            elapsedHours = false
        } else if name.equals("minutes") {
            let m = long ? "mm" : "m"
            code += elapsedHours ? "[" + m + "]" : m
            elapsedHours = false
        } else if name.equals("seconds") {
            let sec = long ? "ss" : "s"
            code += elapsedHours ? "[" + sec + "]" : sec
            elapsedHours = false
            if let d = int("decimal-places"), d > 0 { code += "." + String(repeating: "0", count: min(d, 9)) }
        } else if name.equals("am-pm") { code += "AM/PM" }
        else if name.equals("boolean") { code += "BOOLEAN" }
        else if name.equals("text-content") { code += "@" }
        else if name.equals("text") { collecting = true; literal.removeAll(keepingCapacity: true) }
        else if name.equals("currency-symbol") {
            collecting = true
            collectingCurrency = true
            literal.removeAll(keepingCapacity: true)
        }
    }

    mutating func end(_ ns: ODSNamespace, _ name: XMLBytes) {
        guard ns == .number, collecting, name.equals("text") || name.equals("currency-symbol") else { return }
        code += quoted(String(decoding: literal, as: UTF8.self), currency: collectingCurrency)
        collecting = false
        collectingCurrency = false
    }

    mutating func characters(_ text: XMLBytes) {
        if collecting, literal.count < 256 { literal.append(contentsOf: text.buffer) }
    }

    private func numberPattern(decimals: Int?, minDecimals: Int?, minInteger: Int, grouping: Bool) -> String {
        let zeros = min(minInteger, 30)
        var integer: String
        if grouping {
            // Excel writes grouping once, in the last thousands position: `#,##0`, `#,#00`.
            let body = String(repeating: "#", count: max(4 - zeros, 0)) + String(repeating: "0", count: zeros)
            integer = String(body.dropLast(3)) + "," + String(body.suffix(3))
        } else {
            integer = zeros == 0 ? "#" : String(repeating: "0", count: zeros)
        }
        let d = min(decimals ?? 0, 30)
        guard d > 0 else { return integer }
        let required = min(minDecimals ?? d, d)
        return integer + "." + String(repeating: "0", count: required) + String(repeating: "#", count: d - required)
    }

    /// Literals: the separators every format language shows as they are stay bare,
    /// the rest is quoted so it can never be read as a pattern letter.
    private func quoted(_ text: String, currency: Bool) -> String {
        if text.isEmpty { return "" }
        if kind == .percentage, text == "%" { return "%" }
        let bare: Set<Character> = kind == .date || kind == .time
            ? [" ", "-", "/", ":", ".", ",", "(", ")"] : [" ", "-", "(", ")"]
        if !currency, text.allSatisfy({ bare.contains($0) }) { return text }
        return "\"" + text.filter { $0 != "\"" } + "\""
    }
}
