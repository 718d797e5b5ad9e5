import Testing
@testable import ThiduaKit

@Suite("Score calculator")
struct ScoreCalculatorTests {
    func criterion(_ scoring: ScoringMethod, type: ValueType = .integer, target: Double? = nil,
                   maxPoints: Double = 10, higherIsBetter: Bool = true) -> Criterion {
        Criterion(code: "X01", area: "KT", name: "x", valueType: type, target: target, maxPoints: maxPoints,
                  scoring: scoring, higherIsBetter: higherIsBetter)
    }

    @Test func fullIfTargetMet() {
        let c = criterion(.fullIfTargetMet, target: 100)
        #expect(ScoreCalculator.points(for: c, result: 100) == 10)
        #expect(ScoreCalculator.points(for: c, result: 120) == 10)
        #expect(ScoreCalculator.points(for: c, result: 99.9) == 0)
        let lower = criterion(.fullIfTargetMet, target: 5, higherIsBetter: false)
        #expect(ScoreCalculator.points(for: lower, result: 5) == 10)
        #expect(ScoreCalculator.points(for: lower, result: 6) == 0)
    }

    @Test func yesNoMeansYesIsTheTarget() {
        let c = criterion(.fullIfTargetMet, type: .yesNo, maxPoints: 5)
        #expect(ScoreCalculator.points(for: c, result: 1) == 5)
        #expect(ScoreCalculator.points(for: c, result: 0) == 0)
        #expect(ScoreCalculator.points(for: criterion(.fullIfTargetMet), result: 1) == nil)
    }

    @Test func proportional() {
        let c = criterion(.proportional, type: .percent, target: 80, maxPoints: 4)
        #expect(ScoreCalculator.points(for: c, result: 40) == 2)
        #expect(ScoreCalculator.points(for: c, result: 80) == 4)
        #expect(ScoreCalculator.points(for: c, result: 95) == 4)
        #expect(ScoreCalculator.points(for: c, result: -5) == 0)
        let lower = criterion(.proportional, target: 5, maxPoints: 4, higherIsBetter: false)
        #expect(ScoreCalculator.points(for: lower, result: 0) == 4)
        #expect(ScoreCalculator.points(for: lower, result: 10) == 2)
        #expect(ScoreCalculator.points(for: criterion(.proportional), result: 3) == nil)
        #expect(ScoreCalculator.points(for: criterion(.proportional, target: 0), result: 3) == nil)
    }

    @Test func perUnitIsCapped() {
        let c = criterion(.perUnit(pointsEach: 0.5), maxPoints: 5)
        #expect(ScoreCalculator.points(for: c, result: 0) == 0)
        #expect(ScoreCalculator.points(for: c, result: 7) == 3.5)
        #expect(ScoreCalculator.points(for: c, result: 10) == 5)
        #expect(ScoreCalculator.points(for: c, result: 40) == 5)
    }

    @Test func penaltyIsFlooredAtZero() {
        let c = criterion(.penalty(pointsEach: 2.5), maxPoints: 5, higherIsBetter: false)
        #expect(ScoreCalculator.points(for: c, result: 0) == 5)
        #expect(ScoreCalculator.points(for: c, result: 1) == 2.5)
        #expect(ScoreCalculator.points(for: c, result: 2) == 0)
        #expect(ScoreCalculator.points(for: c, result: 9) == 0)
    }

    @Test func manualUsesTheAssessedPointsWithinRange() {
        let c = criterion(.manual, type: .choice, maxPoints: 4)
        #expect(ScoreCalculator.points(for: c, result: 0) == nil)
        #expect(ScoreCalculator.points(for: c, result: 0, selfAssessed: 3.5) == 3.5)
        #expect(ScoreCalculator.points(for: c, result: 0, selfAssessed: 6) == 4)
        #expect(ScoreCalculator.points(for: c, result: 0, selfAssessed: -1) == 0)
    }

    @Test func nonFiniteResultsScoreNothing() {
        #expect(ScoreCalculator.points(for: criterion(.perUnit(pointsEach: 1)), result: .nan) == nil)
    }
}
