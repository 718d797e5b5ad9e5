import Foundation
import Testing
import ThiduaKit

/// A return filled in the old form (form version 1: the officer types the self-assessed points)
/// with the points rounded to the schema's two decimals, made by LibreOffice
/// (Fixtures/returns/rounding/make_rounding.py): rounding is no mismatch, a real difference is.
@Suite("Self-assessed points typed rounded in an old form")
struct RoundedPointsTests {
    static let path = ReturnValidationTests.root.appendingPathComponent("rounding/old-form-rounded-points.xlsx").path

    @Test func roundingToThePointsPrecisionIsNoWarning() throws {
        let r = ReturnValidator(schema: ReturnValidationTests.schema).validate(path: Self.path)
        #expect(r.ward?.code == "00160")
        // 3 × 28.15 / 30 = 2.815, computed as 2.8149999999999995; typed 2.82 (half up).
        let cc05 = try #require(r.entry("CC05"))
        #expect(cc05.selfPoints == 2.82)
        #expect(abs((cc05.points ?? 0) - 2.815) < 1e-9)
        // The only mismatch is the one beyond rounding (AN03, 0.3 under the computed points).
        let mismatches = r.findings.filter { $0.code.rawValue == "points.mismatch" }
        #expect(mismatches.map(\.criterion) == ["AN03"], "\(r.findings.map { $0.text(.en) })")
        #expect(mismatches.first?.location.cell?.description == "H34")
        #expect(r.findings.count == 1 && !r.hasErrors, "\(r.findings.map { $0.text(.en) })")
    }
}
