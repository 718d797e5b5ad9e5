import Foundation
import Testing
import ThiduaKit

/// A value typed under a merge of a return is data: validation reports it at its cell.
@Suite("Returns with a value under a merge")
struct CoveredReturnTests {
    @Test func aValueHiddenUnderTheTitleIsReported() throws {
        let path = ReturnValidationTests.root.deletingLastPathComponent().appendingPathComponent("values/covered-return.ods").path
        let r = ReturnValidator(schema: ReturnValidationTests.schema).validate(path: path)
        // Before: 1234 in the covered B1 was never read, so nothing was said about it.
        #expect(r.findings.contains { $0.location.cell?.description == "B1" }, "\(r.findings.map { "\($0.code) \($0.location)" })")
    }
}
