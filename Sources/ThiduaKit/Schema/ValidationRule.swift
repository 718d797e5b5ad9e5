import Foundation

/// A cross-criterion check, DHIS2-style: left side, operator, right side (`KT07 <= KT06`).
public struct ValidationRule: Hashable, Sendable, Identifiable {
    public var id: String
    public var left: Expression
    public var comparison: ComparisonOperator
    public var right: Expression
    /// `error` blocks the return; `warning` asks for an explanation.
    public var severity: Severity
    /// Shown to the ward when the rule fails.
    public var message: LocalizedMessage

    public init(id: String, left: Expression, comparison: ComparisonOperator, right: Expression,
                severity: Severity = .error, message: LocalizedMessage) {
        self.id = id
        self.left = left
        self.comparison = comparison
        self.right = right
        self.severity = severity
        self.message = message
    }

    /// Every criterion code the rule mentions.
    public var criterionCodes: [String] {
        var codes = left.criterionCodes
        for c in right.criterionCodes where !codes.contains(c) { codes.append(c) }
        return codes
    }

    /// Whether the rule holds; nil when either side cannot be evaluated (missing figure,
    /// division by zero), in which case the rule is skipped rather than failed.
    public func holds(_ lookup: (ExpressionFunction, String) -> Double?) -> Bool? {
        guard let a = left.evaluate(lookup), let b = right.evaluate(lookup) else { return nil }
        return comparison.compare(a, b)
    }

    /// `KT07 <= KT06`.
    public var text: String { "\(left) \(comparison.rawValue) \(right)" }
}

/// The comparison of a validation rule.
public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    case lessOrEqual = "<="
    case less = "<"
    case greaterOrEqual = ">="
    case greater = ">"
    case equal = "=="
    case notEqual = "!="

    /// Accepts the canonical spellings plus `=`, `<>`, `≤`, `≥`, `≠` that staff type.
    public init?(symbol: String) {
        let s = symbol.trimmingCharacters(in: .whitespaces)
        switch s {
        case "=": self = .equal
        case "<>", "≠": self = .notEqual
        case "≤", "=<": self = .lessOrEqual
        case "≥", "=>": self = .greaterOrEqual
        default:
            guard let op = ComparisonOperator(rawValue: s) else { return nil }
            self = op
        }
    }

    /// `a op b`, with a relative tolerance of 1e-9 for equality.
    public func compare(_ a: Double, _ b: Double) -> Bool {
        // Results are decimal figures typed by people; a tolerance keeps 0.1 + 0.2 == 0.3.
        let tolerance = 1e-9 * max(1, abs(a), abs(b))
        switch self {
        case .lessOrEqual: return a <= b + tolerance
        case .less: return a < b - tolerance
        case .greaterOrEqual: return a + tolerance >= b
        case .greater: return a - tolerance > b
        case .equal: return abs(a - b) <= tolerance
        case .notEqual: return abs(a - b) > tolerance
        }
    }
}
