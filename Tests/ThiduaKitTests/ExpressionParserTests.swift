import Testing
@testable import ThiduaKit

@Suite("Rule expressions")
struct ExpressionParserTests {
    let figures: [String: Double] = ["KT01": 200, "KT02": 150, "VH01": 40, "VH02": 55]

    func eval(_ text: String) throws -> Double? {
        try ExpressionParser.parse(text).evaluate { function, code in
            switch function {
            case .value: figures[code]
            case .maxPoints: 8
            case .points: 3
            default: nil
            }
        }
    }

    @Test func precedenceAndAssociativity() throws {
        #expect(try eval("1 + 2 * 3") == 7)
        #expect(try eval("(1 + 2) * 3") == 9)
        #expect(try eval("10 - 4 - 3") == 3)
        #expect(try eval("12 / 3 / 2") == 2)
        #expect(try eval("-2 * -3") == 6)
        #expect(try eval("2.5 * 2") == 5)
    }

    @Test func criterionCodesAndFunctions() throws {
        #expect(try eval("KT02 / KT01 * 100") == 75)
        #expect(try eval("vh01 + VH02") == 95)
        #expect(try eval("points(KT01) - maxPoints(kt01)") == -5)
        #expect(try eval("value(KT01)") == 200)
        #expect(try ExpressionParser.parse("KT03").criterionCodes == ["KT03"])
        #expect(try ExpressionParser.parse("KT01 + points(KT02) - KT01").criterionCodes == ["KT01", "KT02"])
    }

    @Test func missingFigureOrDivisionByZeroGiveNil() throws {
        #expect(try eval("KT09 + 1") == nil)
        #expect(try eval("KT01 / (VH02 - 55)") == nil)
        #expect(try eval("target(KT01)") == nil)
    }

    @Test func printsCanonically() throws {
        #expect(try ExpressionParser.parse(" kt02/KT01*100 -KT03 ").description == "KT02 / KT01 * 100 - KT03")
        #expect(try ExpressionParser.parse("a - (b - c)").description == "A - (B - C)")
        #expect(try ExpressionParser.parse("(a + b) * c").description == "(A + B) * C")
        #expect(try ExpressionParser.parse("maxpoints(kt01)").description == "maxPoints(KT01)")
    }

    @Test(arguments: [
        ("KT01 +", 7),
        ("(KT01 + 2", 10),
        ("KT01 + 2)", 9),
        ("sum(KT01)", 1),
        ("points(3)", 8),
        ("KT01 % 2", 6),
        ("1,5 * KT01", 2),
        ("", 1),
        ("KT01 KT02", 6),
    ])
    func locatedErrors(text: String, position: Int) {
        #expect(throws: ExpressionError.self) { try ExpressionParser.parse(text) }
        do {
            _ = try ExpressionParser.parse(text)
        } catch {
            #expect(error.position == position, "\(text): \(error.message.en)")
            #expect(!error.message.vi.isEmpty)
        }
    }

    @Test func comparisons() {
        #expect(ComparisonOperator(symbol: "≤") == .lessOrEqual)
        #expect(ComparisonOperator(symbol: "=") == .equal)
        #expect(ComparisonOperator(symbol: "<>") == .notEqual)
        #expect(ComparisonOperator(symbol: "=<=") == nil)
        #expect(ComparisonOperator.equal.compare(0.1 + 0.2, 0.3))
        #expect(!ComparisonOperator.less.compare(0.1 + 0.2, 0.3))
        #expect(ComparisonOperator.greater.compare(2, 1))
    }

    @Test func rulesHoldOrAreSkipped() throws {
        let rule = ValidationRule(id: "R1", left: try ExpressionParser.parse("VH01"), comparison: .lessOrEqual,
                                  right: try ExpressionParser.parse("VH02"),
                                  message: LocalizedMessage(vi: "v", en: "e"))
        #expect(rule.holds { _, code in figures[code] } == true)
        #expect(rule.holds { _, code in code == "VH01" ? 60 : figures[code] } == false)
        #expect(rule.holds { _, _ in nil } == nil)
        #expect(rule.criterionCodes == ["VH01", "VH02"])
    }
}
