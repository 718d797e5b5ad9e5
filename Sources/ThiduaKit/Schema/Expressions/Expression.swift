/// Arithmetic over criterion results, as written in the schema's `rules` sheet.
///
/// Grammar (whitespace is ignored, names are case-insensitive):
/// ```
/// expression := term (("+" | "-") term)*
/// term       := factor (("*" | "/") factor)*
/// factor     := "-" factor | primary
/// primary    := NUMBER | CODE | FUNCTION "(" CODE ")" | "(" expression ")"
/// NUMBER     := digits ["." digits]          (a dot, never a comma: `0.5`)
/// CODE       := letter (letter | digit | "_")*   (`KT01`)
/// FUNCTION   := value | points | maxPoints | target | min | max
/// ```
/// `KT01` and `value(KT01)` are the reported result, `points(KT01)` the points it earns,
/// `maxPoints(KT01)`, `target(KT01)`, `min(KT01)` and `max(KT01)` the schema's own figures.
public indirect enum Expression: Hashable, Sendable, CustomStringConvertible {
    case number(Double)
    /// A criterion figure: the result by default, or what `function` names.
    case criterion(ExpressionFunction, String)
    case negate(Expression)
    case binary(ArithmeticOperator, Expression, Expression)

    /// Every criterion code the expression mentions, in order of appearance, without repeats.
    public var criterionCodes: [String] {
        var seen: [String] = []
        func walk(_ e: Expression) {
            switch e {
            case .number: break
            case .criterion(_, let code): if !seen.contains(code) { seen.append(code) }
            case .negate(let inner): walk(inner)
            case .binary(_, let l, let r): walk(l); walk(r)
            }
        }
        walk(self)
        return seen
    }

    /// The value, or nil when a figure is missing or a division by zero occurs.
    ///
    /// - Parameter lookup: gives the figure of a function applied to a criterion code.
    public func evaluate(_ lookup: (ExpressionFunction, String) -> Double?) -> Double? {
        switch self {
        case .number(let v): return v
        case .criterion(let f, let code): return lookup(f, code)
        case .negate(let inner): return inner.evaluate(lookup).map { -$0 }
        case .binary(let op, let l, let r):
            guard let a = l.evaluate(lookup), let b = r.evaluate(lookup) else { return nil }
            return op.apply(a, b)
        }
    }

    /// Canonical text, fully parenthesised where precedence needs it.
    public var description: String { render(parentPrecedence: 0) }

    private func render(parentPrecedence: Int) -> String {
        switch self {
        case .number(let v):
            return format(v)
        case .criterion(let f, let code):
            return f == .value ? code : "\(f.rawValue)(\(code))"
        case .negate(let inner):
            return "-" + inner.render(parentPrecedence: 3)
        case .binary(let op, let l, let r):
            let p = op.precedence
            // The right operand binds one level tighter: `a - (b - c)` keeps its parentheses.
            let s = l.render(parentPrecedence: p) + " \(op.rawValue) " + r.render(parentPrecedence: p + 1)
            return p < parentPrecedence ? "(" + s + ")" : s
        }
    }
}

/// What an expression reads from a criterion.
public enum ExpressionFunction: String, Sendable, Hashable, CaseIterable {
    /// The reported result (also what a bare code means).
    case value
    /// The points the result earns (`ScoreCalculator`).
    case points
    case maxPoints
    case target
    /// The criterion's smallest acceptable result.
    case min
    /// The criterion's largest acceptable result.
    case max
}

/// `+ - * /`.
public enum ArithmeticOperator: String, Sendable, Hashable, CaseIterable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"

    var precedence: Int {
        switch self {
        case .add, .subtract: 1
        case .multiply, .divide: 2
        }
    }

    func apply(_ a: Double, _ b: Double) -> Double? {
        switch self {
        case .add: a + b
        case .subtract: a - b
        case .multiply: a * b
        case .divide: b == 0 ? nil : a / b
        }
    }
}
