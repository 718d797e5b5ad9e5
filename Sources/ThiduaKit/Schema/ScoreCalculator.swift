/// Turns a criterion's numeric result into points. Pure: no state, no I/O.
public enum ScoreCalculator {
    /// The points earned, between 0 and `criterion.maxPoints`.
    ///
    /// - Parameters:
    ///   - result: the reported value (`yesNo`: 1 or 0; `percent`: 0...100).
    ///   - selfAssessed: the ward's (or the district's verified) points, used by `manual`.
    /// - Returns: nil when the points cannot be computed: `manual` without `selfAssessed`,
    ///   or a target-based method without a usable target.
    public static func points(for criterion: Criterion, result: Double, selfAssessed: Double? = nil) -> Double? {
        points(Fields(maxPoints: criterion.maxPoints, scoring: criterion.scoring, target: criterion.target,
                      valueType: criterion.valueType, higherIsBetter: criterion.higherIsBetter),
               result: result, selfAssessed: selfAssessed)
    }

    /// `points(for:result:selfAssessed:)` of `criteria[position]`, read in place (a return's
    /// check scores every criterion; copying each retained a dozen fields).
    static func points(for criteria: [Criterion], at position: Int, result: Double, selfAssessed: Double? = nil) -> Double? {
        points(Fields(maxPoints: criteria[position].maxPoints, scoring: criteria[position].scoring,
                      target: criteria[position].target, valueType: criteria[position].valueType,
                      higherIsBetter: criteria[position].higherIsBetter),
               result: result, selfAssessed: selfAssessed)
    }

    private static func points(_ criterion: Fields, result: Double, selfAssessed: Double?) -> Double? {
        let cap = max(criterion.maxPoints, 0)
        guard result.isFinite else { return nil }
        switch criterion.scoring {
        case .manual:
            return selfAssessed.map { clamp($0, cap) }
        case .fullIfTargetMet:
            guard let target = effectiveTarget(criterion) else { return nil }
            let met = criterion.higherIsBetter ? result >= target : result <= target
            return met ? cap : 0
        case .proportional:
            guard let target = effectiveTarget(criterion), target > 0 else { return nil }
            let ratio: Double
            if criterion.higherIsBetter {
                ratio = result / target
            } else {
                // A result at or under the target earns everything; beyond it, less in proportion.
                ratio = result <= target ? 1 : target / result
            }
            return clamp(cap * min(ratio, 1), cap)
        case .perUnit(let each):
            return clamp(result * each, cap)
        case .penalty(let each):
            return clamp(cap - max(result, 0) * each, cap)
        }
    }

    /// What scoring reads of a criterion: no reference-counted field among them.
    private struct Fields {
        var maxPoints: Double
        var scoring: ScoringMethod
        var target: Double?
        var valueType: ValueType
        var higherIsBetter: Bool
    }

    /// `yesNo` criteria without a target mean "yes is the target".
    static func effectiveTarget(_ criterion: Criterion) -> Double? {
        effectiveTarget(target: criterion.target, valueType: criterion.valueType)
    }

    private static func effectiveTarget(_ criterion: Fields) -> Double? {
        effectiveTarget(target: criterion.target, valueType: criterion.valueType)
    }

    private static func effectiveTarget(target: Double?, valueType: ValueType) -> Double? {
        target ?? (valueType == .yesNo ? 1 : nil)
    }

    private static func clamp(_ value: Double, _ cap: Double) -> Double {
        min(max(value, 0), cap)
    }
}
