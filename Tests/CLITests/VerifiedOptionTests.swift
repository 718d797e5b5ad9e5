import Foundation
import Spreadsheet
import Testing

@Suite("consolidate --verified: the district's verified points")
struct VerifiedOptionTests {
    static func write(_ text: String) throws -> String {
        let path = try CLI.temporaryDirectory().appendingPathComponent("tham-dinh.csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func verifiedPointsAreScoredAndShownBesideTheReturns() throws {
        let file = try Self.write("Mã phường,Mã tiêu chí,Điểm thẩm định\n00172,KT08,\"1,5\"\n")
        let plain = try CLI.temporaryDirectory(), verified = try CLI.temporaryDirectory()
        for (out, extra) in [(plain, [String]()), (verified, ["--verified", file])] {
            let r = try CLI.run(["consolidate", "Fixtures/returns/2018", "-o", out.path, "-q", "--lang", "en"] + extra,
                                currentDirectory: CLI.repository)
            #expect(r.status == 1, "\(r.stderr)")
            #expect(r.stdout.contains("Verified points: 1 criterion of Yên Hòa (00172)") == !extra.isEmpty, "\(r.stdout)")
        }
        let before = try WorkbookReader(path: plain.appendingPathComponent("consolidated-2018.xlsx").path)
        let after = try WorkbookReader(path: verified.appendingPathComponent("consolidated-2018.xlsx").path)
        #expect(!before.sheets.contains { $0.name == "Verified points" })
        let index = try #require(after.sheets.firstIndex { $0.name == "Verified points" })
        let row = try #require(try after.loadSheet(index).rows.first { $0[column: 2]?.value == .text("00172") })
        #expect(row[column: 3]?.value == .text("KT08"))
        #expect(row[column: 7]?.value == .number(1.5))
        // The finance export, which shows no points, is the same; the workbook is not. (Read the
        // bytes: the names in the folder are links into `.thidua`, alike in both.)
        func bytes(_ dir: URL, _ name: String) throws -> Data { try Data(contentsOf: dir.appendingPathComponent(name)) }
        #expect(try bytes(plain, "finance.csv") == bytes(verified, "finance.csv"))
        #expect(try bytes(plain, "consolidated-2018.xlsx") != bytes(verified, "consolidated-2018.xlsx"))
    }

    @Test func aBadFileIsRefusedWithItsCells() throws {
        let file = try Self.write("ward,criterion,points\n00172,XX99,1\n99999,KT08,1\n00172,KT08,9\n00172,KT07,abc\n")
        let out = try CLI.temporaryDirectory()
        let r = try CLI.run(["consolidate", "Fixtures/returns/2018", "-o", out.path, "-q", "--lang", "en", "--verified", file],
                            currentDirectory: CLI.repository)
        #expect(r.status == 2)
        for expected in ["B2", "XX99", "A3", "99999", "C4", "KT08", "C5", "verified.bad-points", "verified.unknown-criterion", "verified.unknown-ward"] {
            #expect(r.stderr.contains(expected), "missing \(expected) in \(r.stderr)")
        }
        #expect(ConsolidateCommandTests.files(out).isEmpty)
        let missing = try CLI.run(["consolidate", "Fixtures/returns/2018", "-o", out.path, "-q", "--verified", try Self.write("a,b\n1,2\n")],
                                  currentDirectory: CLI.repository)
        #expect(missing.status == 2 && missing.stderr.contains("verified.missing-column"))
    }
}
