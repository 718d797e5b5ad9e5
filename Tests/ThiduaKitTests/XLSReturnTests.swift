import Foundation
import Spreadsheet
import Testing
@testable import ThiduaKit

/// The 2018 returns re-saved as .xls by LibreOffice (Fixtures/returns/2018-xls) validate as the
/// files they came from: same ward, dates, values, points and findings at the same cells.
@Suite("2018 returns saved as .xls")
struct XLSReturnTests {
    static let folder = ConsolidationFixture.repository.appendingPathComponent("Fixtures/returns/2018-xls").path

    static func counterpart(_ original: String) -> String {
        folder + "/" + ((ConsolidationFixture.name(original) as NSString).deletingPathExtension) + ".xls"
    }

    @Test func everyReturnHasItsXLS() {
        for path in ConsolidationFixture.paths {
            #expect(FileManager.default.fileExists(atPath: Self.counterpart(path)), "\(path)")
        }
    }

    @Test(arguments: ConsolidationFixture.paths)
    func validatesLikeTheOriginal(_ path: String) throws {
        let original = try #require(ConsolidationFixture.returns.first { $0.file == path })
        let xls = ReturnValidator(schema: ConsolidationFixture.schema).validate(path: Self.counterpart(path))
        #expect(xls.format == .xls)
        #expect(xls.ward == original.ward)
        #expect(xls.reportDate == original.reportDate)
        #expect(xls.year == original.year && xls.period == original.period)
        #expect(xls.bonus == original.bonus && xls.penalty == original.penalty)
        #expect(xls.entries.map(\.criterion) == original.entries.map(\.criterion))
        for (a, b) in zip(xls.entries, original.entries) {
            #expect(a.rawValue == b.rawValue, "\(path) \(a.criterion)")
            #expect(a.points == b.points && a.selfPoints == b.selfPoints, "\(path) \(a.criterion)")
        }
        func summary(_ r: WardReturn) -> [String] {
            r.findings.map { "\($0.severity) \($0.code) \($0.criterion ?? "") \($0.location.sheet ?? "")!\($0.location.cell?.description ?? "")" }.sorted()
        }
        #expect(summary(xls) == summary(original), "\(path)")
        #expect(!original.findings.isEmpty || xls.findings.isEmpty)
    }
}
