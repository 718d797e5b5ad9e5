import Foundation
import Testing
@testable import Spreadsheet

/// What real files hold in odd places is read, never dropped or invented.
@Suite("Reading fidelity: covered cells, stray values, edge spaces")
struct ReadingFidelityTests {
    @Test func aValueUnderAMergeIsRead() throws {
        // Before: the covered cell's "a3" was dropped (calamine reads it).
        let s = try WorkbookReader(path: Fixtures.path("values/covered.ods")).loadSheet(0)
        #expect(s.mergedRanges == [CellRange("A1:B1")!])
        #expect(s[CellReference("A1")!]?.value == .text("a1"))
        #expect(s[CellReference("B1")!]?.value == .text("a3"))
        #expect(s[CellReference("C1")!]?.value == .number(7))
    }

    @Test func anInlineStringIgnoresAStrayValue() throws {
        // Before: "1.1.0" (the <v> text joined to the inline string); calamine reads "1.".
        let s = try WorkbookReader(path: Fixtures.path("values/inline-stray-v.xlsx")).loadSheet(0)
        #expect(s[CellReference("A1")!]?.value == .text("1."))
        #expect(s[CellReference("A2")!]?.value == .text("hai"))
        // Edge spaces without xml:space="preserve" are kept (the documented choice).
        #expect(s[CellReference("A3")!]?.value == .text("  ba  "))
    }
}
