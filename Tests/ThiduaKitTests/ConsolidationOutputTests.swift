import Foundation
import Spreadsheet
import Testing
@testable import ThiduaKit

@Suite("Consolidation outputs: nothing lost, nothing invented, all or nothing")
struct ConsolidationOutputTests {
    static let c = ConsolidationFixture.consolidate()
    static let profiles = try! ExportProfile.loadDirectory(ConsolidationFixture.repository.appendingPathComponent("Templates/exports").path)

    static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-consolidation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    @discardableResult
    static func write(to dir: String, formats: [SpreadsheetFormat] = [.xlsx],
                      makeWriter: ConsolidationOutputs.WriterMaker? = nil) throws -> [String] {
        try ConsolidationOutputs(directory: dir, formats: formats, profiles: profiles)
            .write(c, makeWriter: makeWriter ?? { format, path in
                format == .ods ? try ODSWriter(path: path) as any SpreadsheetWriter : try XLSXWriter(path: path)
            })
    }

    /// The names a user sees in the output folder (the staged sets live in the hidden `.thidua`).
    static func visible(_ dir: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0 != ".thidua" }.sorted()
    }

    static func sheet(_ path: String, _ index: Int) throws -> SheetData {
        try WorkbookReader(path: path).loadSheet(index)
    }

    /// Each accepted value as a comparable text (numbers canonical, dates ISO).
    static func key(_ v: CellValue) -> String {
        switch v {
        case .number(let x): CanonicalNumberText.string(x) ?? "?"
        case .text(let t): t
        default: v.isoText ?? "\(v)"
        }
    }

    @Test func writesTheWorkbookAndTheProfilesExports() throws {
        let dir = try Self.temporaryDirectory()
        let written = try Self.write(to: dir).map { ($0 as NSString).lastPathComponent }
        #expect(written == ["consolidated-2018.xlsx", "finance.csv", "statistics.csv", "statistics.xlsx"])
        #expect(try Self.visible(dir) == written.sorted())
    }

    @Test(arguments: ["xlsx", "ods"])
    func everyAcceptedValueIsInTheMatrixWithItsDistrictTotal(_ format: String) throws {
        let dir = try Self.temporaryDirectory()
        try Self.write(to: dir, formats: [.xlsx, .ods])
        let matrix = try Self.sheet(dir + "/consolidated-2018." + format, 1)
        let codes = matrix.rows.first { $0.index == 4 }!
        var columnOfWard: [String: Int] = [:]
        for cell in codes.cells { if case .text(let t) = cell.value { columnOfWard[t] = cell.column } }
        var seen = 0
        for (i, criterion) in Self.c.schema.criteria.enumerated() {
            let row = matrix.rows.first { $0.index == 5 + i }!
            #expect(row[column: 1]?.value == .text(criterion.code))
            for st in Self.c.standings {
                let cell = row[column: columnOfWard[st.ward.code]!]?.value ?? .empty
                if let v = st.values?.values[i] {
                    #expect(Self.key(cell) == Self.key(v.cellValue), "\(st.ward.code) \(criterion.code)")
                    seen += 1
                } else {
                    #expect(cell.isEmpty, "\(st.ward.code) \(criterion.code): invented \(cell)")
                }
            }
            let sum = Self.c.standings.compactMap { st -> Double? in
                if case .number(let x)? = st.values?.values[i] { return x } else { return nil }
            }.reduce(0, +)
            if Consolidation.isSummed(criterion.valueType) {
                #expect(row[column: 4]?.value == .number(sum), "\(criterion.code) total")
                #expect(row[column: 4]?.formula != nil)
            }
        }
        let accepted = Self.c.standings.compactMap(\.values).reduce(0) { $0 + $1.values.compactMap { $0 }.count }
        #expect(seen == accepted)
        // The provenance sheet has one row per consolidated value too.
        let provenance = try Self.sheet(dir + "/consolidated-2018." + format, 8)
        #expect(provenance.rows.filter { $0.index >= 3 }.count == accepted)
    }

    @Test func everyAcceptedValueIsInTheStatisticsExports() throws {
        let dir = try Self.temporaryDirectory()
        try Self.write(to: dir, formats: [.xlsx, .ods])
        var want: [String] = []
        for st in Self.c.standings {
            guard let v = st.values else { continue }
            for (i, criterion) in Self.c.schema.criteria.enumerated() {
                guard let value = v.values[i] else { continue }
                want.append("\(st.ward.name)|\(criterion.code)|\(Self.key(value.cellValue))|\(criterion.unit)")
            }
        }
        for file in ["statistics.csv", "statistics.xlsx", "statistics.ods"] {
            let sheet = try Self.sheet(dir + "/" + file, 0)
            let got = sheet.rows.dropFirst().map { r in
                [2, 3, 4, 5].map { Self.key(r[column: $0]?.value ?? .text("")) }.joined(separator: "|")
            }
            #expect(got == want, "\(file)")
            // The statistics code keeps its leading zeros.
            let codes = Set(sheet.rows.dropFirst().compactMap { $0[column: 1]?.value })
            #expect(codes.allSatisfy { if case .text(let t) = $0 { t.count == 5 } else { false } }, "\(file): \(codes)")
        }
        let csv = try Data(contentsOf: URL(fileURLWithPath: dir + "/statistics.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func financeHoldsTheMoneyCriteriaPerWard() throws {
        let dir = try Self.temporaryDirectory()
        try Self.write(to: dir)
        let text = try String(contentsOfFile: dir + "/finance.csv", encoding: .utf8)
        let lines = text.split(separator: "\r\n").map(String.init)
        let money = Self.c.schema.criteria.filter { $0.valueType == .money }
        #expect(lines.count == 1 + Self.c.wardsAccepted)
        #expect(lines[0].contains("KT01 - ") && lines[0].contains("(triệu đồng)"))
        #expect(lines[0].split(separator: ",").count == 2 + money.count)
        #expect(lines[1] == "00157,Nghĩa Đô,52000,53040")
    }

    @Test func twoRunsGiveByteIdenticalFiles() throws {
        let a = try Self.temporaryDirectory(), b = try Self.temporaryDirectory()
        let first = try Self.write(to: a, formats: [.xlsx, .ods]), second = try Self.write(to: b, formats: [.xlsx, .ods])
        #expect(first.count == 6)
        for (x, y) in zip(first, second) {
            #expect(FileManager.default.contentsEqual(atPath: x, andPath: y), "\(x)")
        }
    }

    @Test func aFailureLeavesPreviousOutputsIntactAndNoTemporaryFiles() throws {
        let dir = try Self.temporaryDirectory()
        let first = try Self.write(to: dir)
        let before = try first.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        // The statistics workbook, written last, fails midway through its rows.
        var made = 0
        #expect(throws: SpreadsheetError.self) {
            try Self.write(to: dir) { _, path in
                made += 1
                return FailingWriter(try XLSXWriter(path: path), failAtRow: made == 2 ? 40 : nil)
            }
        }
        #expect(made == 2)
        #expect(try Self.visible(dir) == first.map { ($0 as NSString).lastPathComponent }.sorted())
        // Only the set in use is kept: the failed run's staged files are gone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/.thidua/sets").count == 1)
        for (path, bytes) in zip(first, before) {
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes, "\(path)")
        }
    }

    @Test func anOutputPathThatIsAFileIsRefused() throws {
        let dir = try Self.temporaryDirectory()
        _ = FileManager.default.createFile(atPath: dir + "/file", contents: Data())
        #expect(throws: SpreadsheetError.self) { try Self.write(to: dir + "/file") }
    }

    @Test func profileMistakesAreLocated() {
        do {
            _ = try ExportProfile.parse("output: x.csv\ncolumn: ward_code\ncolumn: nonsense\n", name: "x", file: "x.profile")
            Issue.record("accepted a bad column")
        } catch {
            #expect(error.code == .exportUnknownField)
            #expect(error.location.line == 3)
        }
        #expect(throws: ExportProfileError.self) { try ExportProfile.parse("column: value\n", name: "x", file: "x.profile") }
        #expect(throws: ExportProfileError.self) { try ExportProfile.parse("output: ../x.csv\ncolumn: value\n", name: "x", file: "x.profile") }
        #expect(throws: ExportProfileError.self) {
            try ExportProfile.parse("output: x.csv\nlayout: wide\ncolumn: value\n", name: "x", file: "x.profile")
        }
        let p = try? ExportProfile.parse("output: x.csv\ncriteria: area kt\ncolumn: criteria\n", name: "x", file: "x.profile")
        #expect(p?.layout == .wide && p?.criteria == .areas(["KT"]))
    }
}

/// Forwards to a real writer and fails at one row, as a full disk would.
final class FailingWriter: SpreadsheetWriter {
    let inner: any SpreadsheetWriter
    let failAtRow: Int?
    var rows = 0

    init(_ inner: any SpreadsheetWriter, failAtRow: Int?) {
        self.inner = inner
        self.failAtRow = failAtRow
    }

    func register(_ style: CellStyle) -> StyleHandle { inner.register(style) }
    func beginSheet(_ setup: SheetSetup) throws { try inner.beginSheet(setup) }
    func writeRow(_ index: Int, _ cells: [WriteCell], height: Double?) throws {
        rows += 1
        if rows == failAtRow {
            inner.cancel()
            throw SpreadsheetError(.writeFailed, vi: "Đĩa đầy (thử).", en: "Disk full (test).")
        }
        try inner.writeRow(index, cells, height: height)
    }
    func endSheet(_ finish: SheetFinish) throws { try inner.endSheet(finish) }
    func addDefinedName(_ name: DefinedName) throws { try inner.addDefinedName(name) }
    func finish() throws { try inner.finish() }
    func cancel() { inner.cancel() }
}
