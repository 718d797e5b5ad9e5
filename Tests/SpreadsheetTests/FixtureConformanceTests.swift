import Foundation
import Testing
@testable import Spreadsheet

/// Every reader fixture, saved by a real program, read cell by cell against the values the
/// fixture script asked that program to store (`Fixtures/read/*.expected.json`).
@Suite("Reader fixtures from real programs")
struct FixtureConformanceTests {
    static let fixtures: [String] = {
        let fm = FileManager.default
        var out: [String] = []
        for dir in ["read", "read/csv"] {
            let url = dir.split(separator: "/").reduce(Fixtures.root) { $0.appendingPathComponent(String($1)) }
            for name in (try? fm.contentsOfDirectory(atPath: url.path)) ?? [] where name.hasSuffix(".expected.json") {
                let base = String(name.dropLast(".expected.json".count))
                if let data = (try? fm.contentsOfDirectory(atPath: url.path))?.first(where: {
                    $0.hasPrefix(base + ".") && !$0.hasSuffix(".json")
                }) {
                    out.append(dir + "/" + data)
                }
            }
        }
        return out.sorted()
    }()

    @Test func thereAreFixtures() {
        #expect(Self.fixtures.count >= 28, "\(Self.fixtures)")
    }

    @Test(arguments: fixtures)
    func everyCellMatches(_ fixture: String) throws {
        let path = Fixtures.path(fixture)
        let expectedPath = String(path[..<path.lastIndex(of: ".")!]) + ".expected.json"
        let expected = try ExpectedWorkbook(jsonPath: expectedPath)
        let book = try WorkbookReader(path: path)
        #expect(book.sheets.map(\.name) == expected.sheets.map(\.name))
        #expect(book.sheets.map(\.state.rawValue) == expected.sheets.map(\.state))
        for (index, sheet) in expected.sheets.enumerated() where index < book.sheets.count {
            let data = try book.loadSheet(index)
            var actual: [CellReference: CellValue] = [:]
            for row in data.rows {
                for cell in row.cells { actual[CellReference(row: row.index, column: cell.column)] = cell.value }
            }
            for ref in Set(actual.keys).union(sheet.cells.keys).sorted() {
                let want = sheet.cells[ref] ?? .empty
                let got = actual[ref] ?? .empty
                #expect(sameValue(want, got), "\(fixture) \(sheet.name)!\(ref): expected \(want), got \(got)")
            }
        }
    }

    @Test(arguments: fixtures.filter { FileManager.default.fileExists(atPath: Fixtures.path(String($0[..<$0.lastIndex(of: ".")!]) + ".extra.json")) })
    func formulasMergesAndNamesMatch(_ fixture: String) throws {
        let path = Fixtures.path(fixture)
        let extraPath = String(path[..<path.lastIndex(of: ".")!]) + ".extra.json"
        let extra = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: extraPath))) as? [String: Any])
        let book = try WorkbookReader(path: path)
        if let formulas = extra["formulas"] as? [String: String] {
            for (key, text) in formulas {
                let bang = try #require(key.lastIndex(of: "!"))
                var sheetName = String(key[..<bang])
                if sheetName.hasPrefix("'") { sheetName = String(sheetName.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'") }
                let ref = try #require(CellReference(key[key.index(after: bang)...]))
                let sheet = try #require(book.sheetIndex(named: sheetName))
                let cell = try book.loadSheet(sheet)[ref]
                #expect(cell?.formula == text, "\(fixture) \(key)")
            }
        }
        if let merged = extra["merged"] as? [String: [String]] {
            for (sheetName, ranges) in merged {
                let sheet = try #require(book.sheetIndex(named: sheetName))
                let data = try book.loadSheet(sheet)
                #expect(Set(data.mergedRanges.map(\.description)) == Set(ranges), "\(fixture) \(sheetName)")
            }
        }
        if let names = extra["definedNames"] as? [[String: Any]] {
            let want = Set(names.map { "\($0["name"]!)=\($0["formula"]!)" })
            let got = Set(book.definedNames.filter { !$0.name.hasPrefix("_xlnm.") }.map { "\($0.name)=\($0.formula)" })
            #expect(got.isSuperset(of: want), "\(fixture): \(got) vs \(want)")
        }
    }
}

/// Every hostile fixture ends in the documented error, located, never a crash or a hang.
@Suite("Hostile files")
struct HostileFixtureTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var codes: [String]
        var part: String?
        var sheet: String?
        var cell: String?
        var testDescription: String { file }
    }

    static let cases: [Case] = {
        guard let data = try? Data(contentsOf: Fixtures.root.appendingPathComponent("hostile/cases.json")),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let list = root["cases"] as? [[String: Any]] else { return [] }
        return list.map {
            let code = $0["code"] as! String
            return Case(file: $0["file"] as! String, codes: [code] + (($0["accept"] as? [String]) ?? []),
                        part: $0["part"] as? String, sheet: $0["sheet"] as? String, cell: $0["cell"] as? String)
        }
    }()

    @Test func casesAreListed() { #expect(Self.cases.count >= 25) }

    @Test(arguments: cases)
    func endsInItsError(_ c: Case) throws {
        let path = Fixtures.path("hostile/" + c.file)
        var error: SpreadsheetError?
        do {
            let book = try WorkbookReader(path: path)
            for i in book.sheets.indices {
                let rows = try book.rows(sheet: i)
                while try rows.nextRow() != nil {}
            }
        } catch let e as SpreadsheetError {
            error = e
        }
        let e = try #require(error, "\(c.file) was read without an error")
        #expect(c.codes.contains(e.code.rawValue), "\(c.file): got \(e.code) \(e.text(.en))")
        #expect(e.location.file == path)
        if let part = c.part { #expect(e.location.part?.lowercased() == part.lowercased(), "\(c.file): \(e.location)") }
        if let sheet = c.sheet { #expect(e.location.sheet == sheet, "\(c.file): \(e.location)") }
        if let cell = c.cell {
            // A reference beyond the grid has no CellReference: the message quotes it (or its row).
            let digits = String(cell.drop(while: { $0.isLetter }))
            #expect(e.location.cell?.description == cell || e.text(.en).contains(cell) || e.text(.en).contains("\"\(digits)\""),
                    "\(c.file): \(e.location)")
        }
    }
}
