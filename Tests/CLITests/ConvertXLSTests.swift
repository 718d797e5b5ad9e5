import Foundation
import Spreadsheet
import Testing

@Suite("convert: .xls to XLSX, ODS and CSV")
struct ConvertXLSTests {
    /// Every value of a real .xls survives conversion to each writable format.
    @Test(arguments: ["xlsx", "ods"])
    func valuesSurvive(_ ext: String) throws {
        let source = CLI.fixture("read/lo-resaved-xls.xls")
        let out = try CLI.temporaryDirectory().appendingPathComponent("out." + ext).path
        let r = try CLI.run(["convert", source, out])
        #expect(r.status == 0, "\(r.stderr)")
        let a = try WorkbookReader(path: source), b = try WorkbookReader(path: out)
        #expect(a.format == .xls)
        #expect(a.sheets.map(\.name) == b.sheets.map(\.name))
        for i in a.sheets.indices {
            let p = try a.loadSheet(i), q = try b.loadSheet(i)
            #expect(p.rows.map { $0.cells.map(\.value) } == q.rows.map { $0.cells.map(\.value) }, "\(a.sheets[i].name)")
        }
    }

    @Test func toCSV() throws {
        let out = try CLI.temporaryDirectory().appendingPathComponent("out.csv").path
        let r = try CLI.run(["convert", CLI.fixture("read/xlwt-basic.xls"), out, "--no-bom"])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix("00157,Phường Yên Hoà,  Mai Dịch  ,"))
        #expect(text.contains("2018-01-26"))
    }

    @Test func xlsIsNotAnOutputFormat() throws {
        let out = try CLI.temporaryDirectory().appendingPathComponent("out.xls").path
        let r = try CLI.run(["convert", CLI.fixture("read/xlwt-basic.xls"), out, "--lang", "en"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("[write.invalid]"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
