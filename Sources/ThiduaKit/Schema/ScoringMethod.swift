/// How a criterion's result becomes points. `ScoreCalculator` applies it.
public enum ScoringMethod: Hashable, Sendable {
    /// All of `maxPoints` when the target is met (reached, or not exceeded when lower is better), else 0.
    case fullIfTargetMet
    /// `maxPoints × min(result / target, 1)`; inverted when lower is better.
    case proportional
    /// `pointsEach` per unit of the result, capped at `maxPoints`.
    case perUnit(pointsEach: Double)
    /// `maxPoints` minus `pointsEach` per unit of the result, floored at 0.
    case penalty(pointsEach: Double)
    /// Points as self-assessed by the ward and verified by the district.
    case manual

    /// The name used in the schema spreadsheet's `scoring` column.
    public var name: String {
        switch self {
        case .fullIfTargetMet: "full_if_target_met"
        case .proportional: "proportional"
        case .perUnit: "per_unit"
        case .penalty: "penalty"
        case .manual: "manual"
        }
    }

    /// `pointsEach` of `perUnit` and `penalty`.
    public var pointsEach: Double? {
        switch self {
        case .perUnit(let p), .penalty(let p): p
        case .fullIfTargetMet, .proportional, .manual: nil
        }
    }
}
