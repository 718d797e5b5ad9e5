/// Why an expression could not be parsed, and where in its text.
public struct ExpressionError: Error, Hashable, Sendable {
    /// 1-based character position in the expression text.
    public var position: Int
    public var message: LocalizedMessage

    public init(position: Int, message: LocalizedMessage) {
        self.position = position
        self.message = message
    }
}

/// A recursive-descent parser for the `Expression` grammar.
public struct ExpressionParser {
    private enum Token: Equatable {
        case number(Double)
        case name(String)
        case symbol(Character)
        case end
    }

    private var tokens: [(token: Token, position: Int)] = []
    private var index = 0

    private init() {}

    /// Parses a whole expression; trailing text is an error.
    public static func parse(_ text: String) throws(ExpressionError) -> Expression {
        var parser = ExpressionParser()
        parser.tokens = try tokenize(text)
        let e = try parser.expression()
        guard case .end = parser.current.token else {
            throw parser.unexpected(expecting: LocalizedMessage(vi: "phép toán hoặc hết biểu thức",
                                                                en: "an operator or the end"))
        }
        return e
    }

    private var current: (token: Token, position: Int) { tokens[index] }

    private mutating func expression() throws(ExpressionError) -> Expression {
        var e = try term()
        while case .symbol(let c) = current.token, c == "+" || c == "-" {
            index += 1
            e = .binary(c == "+" ? .add : .subtract, e, try term())
        }
        return e
    }

    private mutating func term() throws(ExpressionError) -> Expression {
        var e = try factor()
        while case .symbol(let c) = current.token, c == "*" || c == "/" {
            index += 1
            e = .binary(c == "*" ? .multiply : .divide, e, try factor())
        }
        return e
    }

    private mutating func factor() throws(ExpressionError) -> Expression {
        if case .symbol("-") = current.token {
            index += 1
            return .negate(try factor())
        }
        return try primary()
    }

    private mutating func primary() throws(ExpressionError) -> Expression {
        let (token, position) = current
        switch token {
        case .number(let v):
            index += 1
            return .number(v)
        case .symbol("("):
            index += 1
            let e = try expression()
            try expect(")")
            return e
        case .name(let name):
            index += 1
            guard case .symbol("(") = current.token else { return .criterion(.value, name.uppercased()) }
            guard let function = ExpressionFunction.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) else {
                let known = ExpressionFunction.allCases.map(\.rawValue).joined(separator: ", ")
                throw ExpressionError(position: position, message: LocalizedMessage(
                    vi: "Hàm không xác định \"\(name)\" (các hàm hợp lệ: \(known)).",
                    en: "Unknown function \"\(name)\" (known functions: \(known))."))
            }
            index += 1
            guard case .name(let code) = current.token else {
                throw unexpected(expecting: LocalizedMessage(vi: "mã tiêu chí", en: "a criterion code"))
            }
            index += 1
            try expect(")")
            return .criterion(function, code.uppercased())
        default:
            throw unexpected(expecting: LocalizedMessage(vi: "số, mã tiêu chí hoặc \"(\"",
                                                         en: "a number, a criterion code or \"(\""))
        }
    }

    private mutating func expect(_ symbol: Character) throws(ExpressionError) {
        guard case .symbol(symbol) = current.token else {
            throw unexpected(expecting: LocalizedMessage(vi: "\"\(symbol)\"", en: "\"\(symbol)\""))
        }
        index += 1
    }

    private func unexpected(expecting: LocalizedMessage) -> ExpressionError {
        let (token, position) = current
        let found: LocalizedMessage = switch token {
        case .end: LocalizedMessage(vi: "hết biểu thức", en: "the end of the expression")
        case .number(let v): LocalizedMessage(vi: "số \(v)", en: "the number \(v)")
        case .name(let n): LocalizedMessage(vi: "\"\(n)\"", en: "\"\(n)\"")
        case .symbol(let c): LocalizedMessage(vi: "\"\(c)\"", en: "\"\(c)\"")
        }
        return ExpressionError(position: position, message: LocalizedMessage(
            vi: "Cần \(expecting.vi) ở vị trí \(position) nhưng gặp \(found.vi).",
            en: "Expected \(expecting.en) at position \(position) but found \(found.en)."))
    }

    private static func tokenize(_ text: String) throws(ExpressionError) -> [(token: Token, position: Int)] {
        var result: [(token: Token, position: Int)] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let position = i + 1
            if c.isWhitespace {
                i += 1
            } else if c.isASCII && c.isNumber {
                var j = i
                while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
                if j + 1 < chars.count, chars[j] == ".", chars[j + 1].isASCII, chars[j + 1].isNumber {
                    j += 1
                    while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
                }
                if j < chars.count, chars[j] == "," {
                    throw ExpressionError(position: j + 1, message: LocalizedMessage(
                        vi: "Số trong biểu thức dùng dấu chấm thập phân (0.5), không dùng dấu phẩy.",
                        en: "Numbers in expressions use a decimal point (0.5), not a comma."))
                }
                // Only ASCII digits and one dot reach here, which Double always accepts.
                result.append((.number(Double(String(chars[i..<j])) ?? 0), position))
                i = j
            } else if c.isASCII && c.isLetter {
                var j = i
                while j < chars.count, chars[j].isASCII, chars[j].isLetter || chars[j].isNumber || chars[j] == "_" { j += 1 }
                result.append((.name(String(chars[i..<j])), position))
                i = j
            } else if "+-*/()".contains(c) {
                result.append((.symbol(c), position))
                i += 1
            } else {
                throw ExpressionError(position: position, message: LocalizedMessage(
                    vi: "Ký tự không hợp lệ \"\(c)\" ở vị trí \(position).",
                    en: "Invalid character \"\(c)\" at position \(position)."))
            }
        }
        result.append((.end, chars.count + 1))
        return result
    }
}
