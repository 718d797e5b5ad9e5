import Foundation
import Spreadsheet
import Testing

@Suite("consolidate: the 2018 returns saved as .xls")
struct ConsolidateXLSTests {
    /// The same returns re-saved as .xls by LibreOffice give the same exports: the CSVs byte for
    /// byte, the workbooks cell for cell except where they name the file or its SHA-256.
    @Test func sameExportsAsTheOriginals() throws {
        let a = try CLI.temporaryDirectory(), b = try CLI.temporaryDirectory()
        let ra = try CLI.run(["consolidate", "Fixtures/returns/2018", "-o", a.path, "-q"], currentDirectory: CLI.repository)
        let rb = try CLI.run(["consolidate", "Fixtures/returns/2018-xls", "-o", b.path, "-q"], currentDirectory: CLI.repository)
        #expect(ra.status == rb.status && rb.stderr.isEmpty, "\(rb.stderr)")
        #expect(ConsolidateCommandTests.files(a) == ConsolidateCommandTests.files(b))
        for name in ["finance.csv", "statistics.csv"] {
            #expect(FileManager.default.contentsEqual(atPath: a.appendingPathComponent(name).path,
                                                      andPath: b.appendingPathComponent(name).path), "\(name)")
        }
        func naming(_ v: CellValue) -> Bool {
            guard case .text(let t) = v else { return false }
            return t.hasSuffix(".xls") || t.hasSuffix(".xlsx") || t.hasSuffix(".ods")
                || (t.count == 64 && t.allSatisfy(\.isHexDigit))
        }
        for name in ["consolidated-2018.xlsx", "statistics.xlsx"] {
            let x = try WorkbookReader(path: a.appendingPathComponent(name).path)
            let y = try WorkbookReader(path: b.appendingPathComponent(name).path)
            #expect(x.sheets.map(\.name) == y.sheets.map(\.name))
            var compared = 0
            for i in x.sheets.indices where i < y.sheets.count {
                let p = try x.loadSheet(i), q = try y.loadSheet(i)
                #expect(p.rows.map(\.index) == q.rows.map(\.index), "\(name) \(x.sheets[i].name)")
                for (r, s) in zip(p.rows, q.rows) {
                    #expect(r.cells.map(\.column) == s.cells.map(\.column))
                    for (c, d) in zip(r.cells, s.cells) where !(naming(c.value) && naming(d.value)) {
                        #expect(c.value == d.value, "\(name) \(x.sheets[i].name) row \(r.index + 1)")
                        compared += 1
                    }
                }
            }
            #expect(compared > 100)
        }
    }
}

@Suite("the OLE2 limits on the command line")
struct OLELimitTests {
    /// `--max-ole-stream-mib` and `--max-ole-entries` reach the .xls reader of validate and inspect.
    @Test func limitsApply() throws {
        let file = CLI.fixture("returns/2018-xls/00160-bao-cao-2018.xls")
        let schema = CLI.repository.appendingPathComponent("Templates/schema-2018.xlsx").path
        let ok = try CLI.run(["validate", file, "--schema", schema, "--lang", "en"])
        #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
        let v = try CLI.run(["validate", file, "--schema", schema, "--lang", "en", "--max-ole-entries", "1"])
        #expect(v.status == 2)
        #expect(v.stdout.contains("[cfb.too-large]"), "\(v.stdout)")
        let i = try CLI.run(["inspect", CLI.fixture("read/lo-resaved-xls.xls"), "--lang", "en", "--max-ole-stream-mib", "1"])
        #expect(i.status == 0, "\(i.stderr)")
        let bad = try CLI.run(["inspect", file, "--max-ole-stream-mib", "0"])
        #expect(bad.status == 2 && bad.stderr.contains("--max-ole-stream-mib phải từ 1 trở lên."), "\(bad.stderr)")
    }
}
