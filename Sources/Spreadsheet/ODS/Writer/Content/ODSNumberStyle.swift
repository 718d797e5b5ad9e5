/// A number-format code turned into an ODF data style (`number:number-style`,
/// `number:date-style`, ...), which cell styles name with `style:data-style-name`.
///
/// Understood: the first section of a code (before `;`); digits `0 # ?` with `,` grouping
/// and `.` decimals; `%`; scientific `E+00`; `@`; dates and times `d dd ddd dddd m mm mmm
/// mmmm yy yyyy h hh [h] m mm [mm] s ss ss.0 AM/PM` (`m` is minutes after an hour or before
/// seconds); literals in quotes, after `\`, and the separators `/ : - , . ( )` and spaces;
/// `[$₫-42A]` gives its symbol. Ignored: colours and conditions in brackets, `_x` padding
/// (a space), `*x` fills, other sections. Anything that leaves no number, date, time or text
/// part (or `General`) gets no data style: the program's standard number format.
struct ODSNumberStyle: Hashable {
    enum Kind: Hashable { case number, percentage, scientific, date, time, text, boolean }

    enum Token: Hashable {
        case literal(String)
        case day(Int), month(Int), year(Int), weekday(Int)
        case hours(long: Bool), minutes(long: Bool), seconds(long: Bool, decimals: Int)
        case elapsed
        case amPm
        /// Integer digits shown at least, decimals at most and at least, thousands separator.
        case digits(minInteger: Int, decimals: Int, minDecimals: Int, grouping: Bool)
        case exponent(digits: Int)
        case percent
        case textContent
    }

    var kind: Kind
    var tokens: [Token]

    /// The boolean style that shows `TRUE`/`FALSE` (LibreOffice shows 1/0 without one).
    static let boolean = ODSNumberStyle(kind: .boolean, tokens: [])

    /// nil for `General` and codes with nothing to show but literals.
    init?(code: String) {
        if code.lowercased() == "general" { return nil }
        let tokens = ODSNumberStyle.tokenize(ODSNumberStyle.firstSection(code))
        var kind: Kind?
        for t in tokens {
            switch t {
            case .day, .month, .year, .weekday: kind = .date
            case .hours, .minutes, .seconds, .amPm, .elapsed: if kind != .date { kind = .time }
            case .textContent: if kind == nil { kind = .text }
            case .percent: if kind == nil || kind == .number { kind = .percentage }
            case .exponent: if kind == nil || kind == .number { kind = .scientific }
            case .digits: if kind == nil { kind = .number }
            case .literal: break
            }
        }
        guard let kind else { return nil }
        self.kind = kind
        self.tokens = tokens
    }

    init(kind: Kind, tokens: [Token]) {
        self.kind = kind
        self.tokens = tokens
    }

    /// Writes the style element named `name`.
    func write(name: String, into x: inout XMLBuffer) {
        let element: StaticString
        switch kind {
        case .number: element = "number:number-style"
        case .percentage: element = "number:percentage-style"
        case .scientific: element = "number:number-style"
        case .date: element = "number:date-style"
        case .time: element = "number:time-style"
        case .text: element = "number:text-style"
        case .boolean: element = "number:boolean-style"
        }
        x.raw("<")
        x.raw(element)
        x.raw(" style:name=\"")
        x.raw(name)
        x.raw("\"")
        // Elapsed hours go past 24 instead of wrapping to the next day.
        if tokens.contains(.elapsed) { x.raw(" number:truncate-on-overflow=\"false\"") }
        x.raw(">")
        if kind == .boolean { x.raw("<number:boolean/>") }
        var pendingText = ""
        func flushText() {
            guard !pendingText.isEmpty else { return }
            x.raw("<number:text>")
            x.text(pendingText)
            x.raw("</number:text>")
            pendingText = ""
        }
        for (i, t) in tokens.enumerated() {
            if case .literal(let s) = t { pendingText += s; continue }
            if case .percent = t { pendingText += "%"; continue }
            if case .exponent = t { continue }
            flushText()
            switch t {
            case .day(let n): x.raw(n >= 2 ? "<number:day number:style=\"long\"/>" : "<number:day/>")
            case .weekday(let n): x.raw(n >= 4 ? "<number:day-of-week number:style=\"long\"/>" : "<number:day-of-week/>")
            case .month(let n):
                switch n {
                case 1: x.raw("<number:month/>")
                case 2: x.raw("<number:month number:style=\"long\"/>")
                case 3: x.raw("<number:month number:textual=\"true\"/>")
                default: x.raw("<number:month number:style=\"long\" number:textual=\"true\"/>")
                }
            case .year(let n): x.raw(n > 2 ? "<number:year number:style=\"long\"/>" : "<number:year/>")
            case .hours(let long): x.raw(long ? "<number:hours number:style=\"long\"/>" : "<number:hours/>")
            case .minutes(let long): x.raw(long ? "<number:minutes number:style=\"long\"/>" : "<number:minutes/>")
            case .seconds(let long, let decimals):
                x.raw(long ? "<number:seconds number:style=\"long\"" : "<number:seconds")
                if decimals > 0 {
                    x.raw(" number:decimal-places=\"")
                    x.int(decimals)
                    x.raw("\"")
                }
                x.raw("/>")
            case .amPm: x.raw("<number:am-pm/>")
            case .textContent: x.raw("<number:text-content/>")
            case .digits(let minInteger, let decimals, let minDecimals, let grouping):
                let exponent = tokens[(i + 1)...].lazy.compactMap { t -> Int? in
                    if case .exponent(let d) = t { return d } else { return nil }
                }.first
                x.raw(exponent == nil ? "<number:number number:decimal-places=\"" : "<number:scientific-number number:decimal-places=\"")
                x.int(decimals)
                if exponent == nil {
                    x.raw("\" number:min-decimal-places=\"")
                    x.int(minDecimals)
                }
                x.raw("\" number:min-integer-digits=\"")
                x.int(minInteger)
                x.raw("\"")
                if grouping { x.raw(" number:grouping=\"true\"") }
                if let exponent {
                    x.raw(" number:min-exponent-digits=\"")
                    x.int(exponent)
                    x.raw("\"")
                }
                x.raw("/>")
            case .elapsed, .literal, .percent, .exponent: break
            }
        }
        flushText()
        x.raw("</")
        x.raw(element)
        x.raw(">")
    }

    /// The code up to the first `;` outside quotes and brackets.
    static func firstSection(_ code: String) -> [Character] {
        var out: [Character] = []
        var quoted = false, bracket = false, escaped = false
        for c in code {
            if escaped { escaped = false; out.append(c); continue }
            if c == "\\" && !quoted { escaped = true }
            if c == "\"" { quoted.toggle() }
            if !quoted { if c == "[" { bracket = true } else if c == "]" { bracket = false } }
            if c == ";" && !quoted && !bracket { break }
            out.append(c)
        }
        return out
    }

    static func tokenize(_ c: [Character]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        func run(of ch: Character) -> Int {
            var n = 0
            while i + n < c.count && c[i + n].lowercased() == String(ch) { n += 1 }
            return n
        }
        func hasPrefix(_ s: String) -> Bool {
            let p = Array(s)
            return i + p.count <= c.count && zip(c[i..<(i + p.count)], p).allSatisfy { $0.lowercased() == $1.lowercased() }
        }
        while i < c.count {
            let ch = c[i]
            let lower = Character(ch.lowercased())
            switch lower {
            case "\"":
                var j = i + 1
                var s = ""
                while j < c.count && c[j] != "\"" { s.append(c[j]); j += 1 }
                tokens.append(.literal(s))
                i = j + 1
            case "\\":
                if i + 1 < c.count { tokens.append(.literal(String(c[i + 1]))) }
                i += 2
            case "[":
                var j = i + 1
                var s = ""
                while j < c.count && c[j] != "]" { s.append(c[j]); j += 1 }
                i = j + 1
                let body = s.lowercased()
                if !body.isEmpty && body.allSatisfy({ $0 == "h" }) {
                    tokens.append(.elapsed)
                    tokens.append(.hours(long: body.count > 1))
                } else if !body.isEmpty && body.allSatisfy({ $0 == "m" }) {
                    tokens.append(.elapsed)
                    tokens.append(.minutes(long: body.count > 1))
                } else if !body.isEmpty && body.allSatisfy({ $0 == "s" }) {
                    tokens.append(.elapsed)
                    tokens.append(.seconds(long: body.count > 1, decimals: 0))
                } else if s.hasPrefix("$") {
                    let symbol = s.dropFirst().split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                    if !symbol.isEmpty { tokens.append(.literal(String(symbol))) }
                }
            case "_":
                tokens.append(.literal(" "))
                i += 2
            case "*":
                i += 2
            case "d":
                let n = run(of: "d")
                tokens.append(n >= 3 ? .weekday(n) : .day(n))
                i += n
            case "y":
                let n = run(of: "y")
                tokens.append(.year(n))
                i += n
            case "m":
                let n = run(of: "m")
                tokens.append(.month(n))
                i += n
            case "h":
                let n = run(of: "h")
                tokens.append(.hours(long: n > 1))
                i += n
            case "s":
                let n = run(of: "s")
                i += n
                var decimals = 0
                if i < c.count && c[i] == "." {
                    var j = i + 1
                    while j < c.count && c[j] == "0" { decimals += 1; j += 1 }
                    if decimals > 0 { i = j }
                }
                tokens.append(.seconds(long: n > 1, decimals: decimals))
            case "a" where hasPrefix("AM/PM"):
                tokens.append(.amPm)
                i += 5
            case "a" where hasPrefix("A/P"):
                tokens.append(.amPm)
                i += 3
            case "g" where hasPrefix("General"):
                tokens.append(.digits(minInteger: 1, decimals: 10, minDecimals: 0, grouping: false))
                i += 7
            case "@":
                tokens.append(.textContent)
                i += 1
            case "%":
                tokens.append(.percent)
                i += 1
            case "e" where !tokens.isEmpty && i + 1 < c.count && (c[i + 1] == "+" || c[i + 1] == "-"):
                var j = i + 2
                var n = 0
                while j < c.count && (c[j] == "0" || c[j] == "#") { n += 1; j += 1 }
                tokens.append(.exponent(digits: max(1, n)))
                i = j
            case "0", "#", "?", ".":
                if ch == "." && !(i + 1 < c.count && "0#?".contains(c[i + 1])) {
                    tokens.append(.literal("."))
                    i += 1
                    continue
                }
                var minInteger = 0, decimals = 0, minDecimals = 0
                var grouping = false, afterPoint = false
                while i < c.count, "0#?,.".contains(c[i]) {
                    switch c[i] {
                    case ".": if afterPoint { break } else { afterPoint = true }
                    case ",": if !afterPoint { grouping = true }
                    default:
                        if afterPoint {
                            decimals += 1
                            if c[i] == "0" { minDecimals = decimals }
                        } else if c[i] == "0" {
                            minInteger += 1
                        }
                    }
                    i += 1
                }
                tokens.append(.digits(minInteger: minInteger, decimals: decimals, minDecimals: minDecimals, grouping: grouping))
            default:
                tokens.append(.literal(String(ch)))
                i += 1
            }
        }
        // `m` is minutes when it follows hours or precedes seconds (literals between don't count).
        let fields = tokens.indices.filter { if case .literal = tokens[$0] { false } else { true } }
        for (k, index) in fields.enumerated() {
            guard case .month(let n) = tokens[index], n <= 2 else { continue }
            let previous = k > 0 ? tokens[fields[k - 1]] : nil
            let next = k + 1 < fields.count ? tokens[fields[k + 1]] : nil
            var afterHours = false, beforeSeconds = false
            if case .hours = previous { afterHours = true }
            if case .elapsed = previous { afterHours = true }
            if case .seconds = next { beforeSeconds = true }
            if afterHours || beforeSeconds { tokens[index] = .minutes(long: n == 2) }
        }
        return tokens
    }
}
