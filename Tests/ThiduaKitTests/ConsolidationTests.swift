import Foundation
import Spreadsheet
import Testing
@testable import ThiduaKit

@Suite("Consolidation of the 2018 returns")
struct ConsolidationTests {
    let c = ConsolidationFixture.consolidate()
    let expected = ConsolidationFixture.expected

    @Test func everyFileIsAccountedFor() {
        #expect(c.submissions.count == expected.count)
        #expect(Set(c.submissions.map { ConsolidationFixture.name($0.file) }) == Set(expected.keys))
    }

    @Test func statusesAreTheDocumentedOnes() {
        for s in c.submissions {
            let e = expected[ConsolidationFixture.name(s.file)]!
            let want: SubmissionStatus = e.superseded ? .superseded : e.rejected ? .rejected : .accepted
            #expect(s.status == want, "\(s.file)")
            #expect(s.ward?.code == e.ward)
            if let late = e.late { #expect(s.onTime == !late, "\(s.file)") }
        }
        let superseded = c.submissions.first { $0.status == .superseded }!
        #expect(superseded.supersededBy.map(ConsolidationFixture.name) == "00175-bao-cao-2018.ods")
    }

    @Test func totalsAreTheIndependentlyComputedOnes() {
        for st in c.standings {
            guard let v = st.values else { continue }
            let e = expected[ConsolidationFixture.name(v.file)]!
            #expect(abs(v.total - e.total) < 1e-6, "\(st.ward.name): \(v.total) vs \(e.total)")
        }
    }

    @Test func completenessAndTimeliness() {
        #expect(c.wardsReceived == 8)
        #expect(c.wardsAccepted == 7)
        #expect(c.wardsMissing.isEmpty)
        #expect(c.wardsRejected.map(\.code) == ["00166"])
        #expect(c.wardsLate == 1)
        #expect(!c.isComplete)
    }

    @Test func gradesAndRanksFollowTheTotals() {
        let totals = c.standings.compactMap { st in st.values.map { (st.ward.code, $0.total) } }
        for st in c.standings {
            guard let v = st.values else {
                #expect(st.rank == nil && st.grade == nil)
                continue
            }
            let better = totals.filter { $0.1 > v.total + 1e-6 }.count
            #expect(st.rank == better + 1, "\(st.ward.name)")
            let grade = v.total >= 90 ? "Xuất sắc" : v.total >= 80 ? "Tốt" : v.total >= 65 ? "Khá" : v.total >= 50 ? "Trung bình" : nil
            #expect(st.grade?.name == grade)
        }
        // Mai Dịch's city flag (+10) puts it first.
        #expect(c.standings.first { $0.ward.code == "00163" }?.rank == 1)
    }

    @Test func equalTotalsShareARank() {
        let ranks = Dictionary(uniqueKeysWithValues: ConsolidationBuilder.ranks([90, nil, 95, 90.000_000_000_1, 80]))
        #expect(ranks[2] == 1 && ranks[0] == 2 && ranks[3] == 2 && ranks[4] == 4)
        #expect(ranks[1] == nil)
    }

    @Test func districtTotalsAreTheSumsOfTheAcceptedValues() {
        for (i, criterion) in c.schema.criteria.enumerated() {
            let values = c.standings.compactMap { $0.values?.values[i]?.numeric }
            if Consolidation.isSummed(criterion.valueType) {
                #expect(c.districtTotals[i] == values.reduce(0, +), "\(criterion.code)")
            } else {
                #expect(c.districtTotals[i] == nil)
            }
        }
    }

    @Test func inputOrderDoesNotMatter() {
        let reversed = ConsolidationFixture.consolidate(ConsolidationFixture.returns.reversed())
        // Submission indices follow input order; what each ward gets must not.
        #expect(reversed.standings.map { $0.values } == c.standings.map { $0.values })
        #expect(reversed.standings.map { "\($0.ward.code) \($0.rank ?? 0) \($0.grade?.name ?? "-")" }
                == c.standings.map { "\($0.ward.code) \($0.rank ?? 0) \($0.grade?.name ?? "-")" })
        #expect(Set(reversed.submissions.map { "\($0.file) \($0.status)" }) == Set(c.submissions.map { "\($0.file) \($0.status)" }))
    }

    @Test func warningsRejectOnlyWhenAskedTo() {
        let typed = ReturnValidator(schema: ConsolidationFixture.schema)
            .validate(path: ConsolidationFixture.repository.appendingPathComponent("Fixtures/returns/validation/typed-input.xlsx").path)
        #expect(typed.errorCount == 0 && typed.warningCount > 0)
        #expect(ConsolidationFixture.consolidate([typed]).submissions[0].status == .accepted)
        #expect(ConsolidationFixture.consolidate([typed], policy: ConsolidationPolicy(rejectsWarnings: true)).submissions[0].status == .rejected)
    }

    @Test func unknownAndUnreadableReturnsAreReported() {
        let entry = ReturnEntry(criterion: "KT01", value: .number(1), valueLocation: DocumentLocation(file: "x.xlsx"), rawValue: .number(1),
                                selfPoints: nil, selfPointsLocation: DocumentLocation(file: "x.xlsx"), notes: nil, points: nil)
        let unknown = WardReturn(file: "x.xlsx", entries: [entry],
                                 findings: [Finding(.error, .identityWard, vi: "?", en: "?", at: DocumentLocation(file: "x.xlsx"))])
        let unreadable = WardReturn(file: "y.xlsx", findings: [Finding(.error, .fileEmpty, vi: "?", en: "?", at: DocumentLocation(file: "y.xlsx"))])
        let k = ConsolidationFixture.consolidate([unknown, unreadable])
        #expect(k.submissions.map(\.status) == [.unknownWard, .unreadable])
        #expect(k.wardsMissing.count == 8)
        #expect(k.summaryText(.en).contains("Unknown ward: x.xlsx"))
    }

    @Test func laterReportDateWinsElseModificationTime() {
        let r = ConsolidationFixture.returns.first { $0.file.hasSuffix("00157-bao-cao-2018.ods") }!
        var a = r, b = r
        a.file = "a.ods"
        b.file = "b.ods"
        b.reportDate = nil
        a.reportDate = nil
        let k = Consolidation(schema: ConsolidationFixture.schema, returns: [b, a], modified: ["a.ods": 200, "b.ods": 100])
        #expect(k.submissions.first { $0.file == "b.ods" }?.status == .superseded)
        #expect(k.standings[0].values?.file == "a.ods")
    }

    /// A ward that sent three returns: both earlier ones point to the one used, not along
    /// the chain (first → second → third).
    @Test func supersededReturnsPointToTheReturnUsed() {
        let r = ConsolidationFixture.returns.first { $0.file.hasSuffix("00157-bao-cao-2018.ods") }!
        var first = r, second = r, third = r
        (first.file, second.file, third.file) = ("1.ods", "2.ods", "3.ods")
        (first.reportDate, second.reportDate, third.reportDate) = (nil, nil, nil)
        let k = Consolidation(schema: ConsolidationFixture.schema, returns: [first, second, third],
                              modified: ["1.ods": 100, "2.ods": 200, "3.ods": 300])
        #expect(k.submissions.filter { $0.status == .superseded }.map { "\($0.file)→\($0.supersededBy ?? "")" } == ["1.ods→3.ods", "2.ods→3.ods"])
        #expect(k.summaryText(.en).contains("    1.ods (Nghĩa Đô) → 3.ods\n    2.ods (Nghĩa Đô) → 3.ods\n"))
    }

    /// Hundreds of superseded returns do not bury the one rejected: it comes first, the long
    /// list is cut with a count and where the rest are; warnings are counted by the files' fate.
    @Test func longListsAreCompressedAndTheRejectedReturnComesFirst() {
        let base = ConsolidationFixture.returns.first { $0.file.hasSuffix("00157-bao-cao-2018.ods") }!
        let rejected = ConsolidationFixture.returns.first { $0.file.hasSuffix("00166-bao-cao-2018.xlsx") }!
        var returns: [WardReturn] = []
        var modified: [String: Double] = [:]
        for i in 0..<300 {
            var r = base
            r.file = "copies/\(i).ods"
            r.reportDate = nil
            modified[r.file] = Double(i)
            returns.append(r)
        }
        returns.append(rejected)
        let k = Consolidation(schema: ConsolidationFixture.schema, returns: returns, modified: modified)
        let text = k.summaryText(.en)
        let lines = text.split(separator: "\n")
        #expect(lines.count < 40, "\(lines.count) lines")
        let rejectedLine = lines.firstIndex { $0.hasPrefix("  Rejected: ") }!
        let supersededLine = lines.firstIndex { $0.hasPrefix("  Superseded by a later return") }!
        #expect(rejectedLine < supersededLine)
        #expect(text.contains("  Superseded by a later return of the same ward (299):"))
        #expect(text.contains("… and 289 more (all on the \"Returns received\" sheet of the workbook)."))
        #expect(text.contains("  Warnings: 0 in accepted files · \(rejected.warningCount) in rejected files · 0 in superseded files"))
    }
}
