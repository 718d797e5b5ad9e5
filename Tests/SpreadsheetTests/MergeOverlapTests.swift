import Foundation
import Testing
@testable import Spreadsheet

/// Overlapping merged ranges are found by a sweep, so a sheet of a million merges is checked
/// in about n log n steps (comparing each with every earlier one never ended).
@Suite("Merged ranges: overlap check")
struct MergeOverlapTests {
    static func overlaps(_ a: CellRange, _ b: CellRange) -> Bool {
        a.start.row <= b.end.row && b.start.row <= a.end.row && a.start.column <= b.end.column && b.start.column <= a.end.column
    }

    static func range(_ r0: Int, _ c0: Int, _ r1: Int, _ c1: Int) -> CellRange {
        CellRange(start: CellReference(row: r0, column: c0), end: CellReference(row: r1, column: c1))
    }

    @Test func agreesWithComparingEveryPair() {
        var rng = SystemRandomNumberGenerator()
        for trial in 0..<2000 {
            let n = Int.random(in: 1...12, using: &rng)
            let ranges = (0..<n).map { _ -> CellRange in
                let r = Int.random(in: 0..<12, using: &rng), c = Int.random(in: 0..<12, using: &rng)
                return Self.range(r, c, r + Int.random(in: 0...3, using: &rng), c + Int.random(in: 0...3, using: &rng))
            }
            var any = false
            for i in ranges.indices { for j in ranges.indices where j < i && Self.overlaps(ranges[i], ranges[j]) { any = true } }
            let found = WriteValidation.firstOverlap(ranges)
            #expect((found != nil) == any, "trial \(trial): \(ranges)")
            if let (a, b) = found {
                #expect(Self.overlaps(a, b))
                #expect(ranges.firstIndex(of: a)! < ranges.lastIndex(of: b)!)
            }
        }
    }

    @Test func aQuarterMillionMergesAreChecked() throws {
        // 250,000 disjoint merges in 25,000 rows × 10 two-column ranges, given out of order
        // (before: 3·10^10 comparisons; a million merges, 12 s in a debug build, is not run here).
        var ranges: [CellRange] = []
        ranges.reserveCapacity(250_000)
        for row in 0..<25_000 { for k in 0..<10 { ranges.append(Self.range(row, 2 * k, row, 2 * k + 1)) } }
        ranges.reverse()
        #expect(WriteValidation.firstOverlap(ranges) == nil)
        ranges.append(Self.range(5_000, 3, 5_001, 3))
        let found = try #require(WriteValidation.firstOverlap(ranges))
        #expect(Self.overlaps(found.0, found.1))
        #expect(found.1 == Self.range(5_000, 3, 5_001, 3))
    }

    /// Both writers with 50,000 merges (before: the ODS writer looked at every merge for every
    /// row, 2.5·10^9 steps; `thidua convert` of a million merges now takes 10 s to XLSX and
    /// 25 s to ODS in a debug build).
    @Test(.timeLimit(.minutes(1)))
    func theWritersTakeManyMergesAndRefuseAnOverlap() throws {
        let folder = TemporaryFolder()
        var merges = (0..<50_000).map { Self.range($0, 0, $0, 1) }
        for name in ["m.xlsx", "m.ods"] {
            let path = folder.file(name)
            let ok: any SpreadsheetWriter = name.hasSuffix("ods") ? try ODSWriter(path: path) : try XLSXWriter(path: path)
            try ok.beginSheet(SheetSetup(name: "S", mergedRanges: merges))
            try ok.writeRow(0, [WriteCell(0, .text("x"))])
            try ok.endSheet()
            try ok.finish()
            // 50,000 identical merges compress far past the reader's bomb ratio: allowed here.
            var limits = ReadLimits.default
            limits.maxCompressionRatio = 10_000
            #expect(try WorkbookReader(path: path, options: ReadOptions(limits: limits)).loadSheet(0).mergedRanges.count == 50_000, "\(name)")
        }
        merges.append(Self.range(10, 1, 11, 2))
        let bad = try XLSXWriter(path: folder.file("bad.xlsx"))
        let e = #expect(throws: SpreadsheetError.self) { try bad.beginSheet(SheetSetup(name: "S", mergedRanges: merges)) }
        #expect(e?.text(.en).contains("The merged ranges A11:B11 and B11:C12 overlap") == true, "\(String(describing: e))")
    }
}
