import Foundation
import Spreadsheet
import Testing
@testable import ThiduaKit

/// The district's verified points ("điểm thẩm định") are scored instead of the return's, and the
/// consolidated workbook shows them beside the return's own.
@Suite("Verified points in consolidation")
struct VerifiedPointsTests {
    static let schema = ConsolidationFixture.schema
    static let plain = ConsolidationFixture.consolidate()
    static let kt08 = schema.criteria.firstIndex { $0.code == "KT08" }!

    static func standing(_ c: Consolidation, _ ward: String) throws -> WardStanding {
        try #require(c.standings.first { $0.ward.code == ward })
    }

    @Test func verifiedPointsReplaceTheReturnsInTotalsGradesAndRanks() throws {
        let before = try #require(try Self.standing(Self.plain, "00172").values)
        let own = try #require(before.points[Self.kt08])
        #expect(own > 1)
        let c = Consolidation(schema: Self.schema, returns: ConsolidationFixture.returns,
                              verified: ["00172": ["KT08": own - 1, "NOPE": 3], "00166": ["KT08": 0]])
        let after = try #require(try Self.standing(c, "00172").values)
        #expect(after.points[Self.kt08] == own - 1)
        #expect(after.verifications == [Verification(criterion: Self.kt08, returnPoints: own, verifiedPoints: own - 1)])
        #expect(abs(after.total - (before.total - 1)) < 1e-9)
        #expect(abs(after.criteriaPoints - (before.criteriaPoints - 1)) < 1e-9)
        // Other wards, and a rejected return's verification, change nothing.
        for (a, b) in zip(Self.plain.standings, c.standings) where a.ward.code != "00172" {
            #expect(a.values == b.values && a.grade == b.grade)
        }

        // Everything verified to nothing: Yên Hòa drops to last of the accepted wards.
        #expect(try #require(try Self.standing(Self.plain, "00172").rank) < Self.plain.wardsAccepted)
        let zero = Dictionary(uniqueKeysWithValues: Self.schema.criteria.map { ($0.code, 0.0) })
        let last = Consolidation(schema: Self.schema, returns: ConsolidationFixture.returns, verified: ["00172": zero])
        #expect(try Self.standing(last, "00172").rank == last.wardsAccepted)
        #expect(try Self.standing(last, "00172").grade != Self.standing(Self.plain, "00172").grade)
    }

    @Test func theWorkbookShowsVerifiedBesideSelfAssessedOnlyWhenThereAreSome() throws {
        let own = try #require(try Self.standing(Self.plain, "00172").values?.points[Self.kt08])
        let c = Consolidation(schema: Self.schema, returns: ConsolidationFixture.returns, verified: ["00172": ["KT08": 1.5]])
        let dir = try ConsolidationOutputTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for (name, consolidation) in [("plain", Self.plain), ("verified", c)] {
            try FileManager.default.createDirectory(atPath: dir + "/" + name, withIntermediateDirectories: true)
            try ConsolidationOutputs(directory: dir + "/" + name, formats: [.xlsx, .ods]).write(consolidation)
        }
        for format in ["xlsx", "ods"] {
            let plain = try WorkbookReader(path: "\(dir)/plain/consolidated-2018.\(format)")
            #expect(!plain.sheets.contains { $0.name == "Điểm thẩm định" })
            let book = try WorkbookReader(path: "\(dir)/verified/consolidated-2018.\(format)")
            let index = try #require(book.sheets.firstIndex { $0.name == "Điểm thẩm định" })
            let sheet = try book.loadSheet(index)
            let row = try #require(sheet.rows.first { $0[column: 2]?.value == .text("00172") })
            #expect(row[column: 3]?.value == .text("KT08"))
            #expect(row[column: 6]?.value == .number(own))
            #expect(row[column: 7]?.value == .number(1.5))
            #expect(row[column: 8]?.value == .number(1.5 - own))
            #expect(sheet.rows.filter { $0[column: 2]?.value != nil }.count == 2)  // header and the one row
            // The area sheet scores the verified points.
            let area = try book.loadSheet(2)
            let kt08 = try #require(area.rows.first { $0[column: 1]?.value == .text("KT08") })
            let column = 4 + Self.schema.wards.firstIndex { $0.code == "00172" }!
            #expect(kt08[column: column]?.value == .number(1.5))
        }
    }

    @Test func theFileIsReadFromAWorkbookWithVietnameseHeadings() throws {
        let dir = try ConsolidationOutputTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/tham-dinh.xlsx"
        let writer = try XLSXWriter(path: path)
        try writer.beginSheet(SheetSetup(name: "Thẩm định"))
        try writer.writeRow(0, [WriteCell(0, .text("Mã phường")), WriteCell(1, .text("Mã tiêu chí")), WriteCell(2, .text("Điểm thẩm định"))])
        try writer.writeRow(1, [WriteCell(0, .text("00172")), WriteCell(1, .text("kt08")), WriteCell(2, .number(2.5))])
        try writer.writeRow(3, [WriteCell(0, .text("00157")), WriteCell(1, .text("CC09")), WriteCell(2, .text("1,5"))])
        try writer.endSheet()
        try writer.finish()
        #expect(try VerifiedPointsFile.load(path: path, schema: Self.schema) == ["00172": ["KT08": 2.5], "00157": ["CC09": 1.5]])
    }
}
