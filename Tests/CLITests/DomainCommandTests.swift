import Foundation
import Testing

@Suite("validate, template, convert and inspect, run as a user would")
struct DomainCommandTests {
    static let schema = CLI.repository.appendingPathComponent("Templates/schema-2018.xlsx").path

    @Test func validateExitsZeroOnACleanReturn() throws {
        let r = try CLI.run(["validate", "--schema", Self.schema, CLI.fixture("returns/validation/clean-openpyxl.xlsx")])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("Nghĩa Đô (00157): 0 lỗi, 0 cảnh báo"))
    }

    @Test func validateExitsOneAndNamesTheCell() throws {
        let r = try CLI.run(["validate", "--schema", Self.schema, "--lang", "en", CLI.fixture("returns/validation/errors.xlsx")])
        #expect(r.status == 1)
        #expect(r.stdout.contains("'Biểu mẫu'!G20 [VH01] error: The result of criterion VH01"))
        #expect(r.stdout.contains("[value.required]"))
    }

    @Test func validateExitsTwoOnAnUnreadableFile() throws {
        let dir = try CLI.temporaryDirectory()
        let path = dir.appendingPathComponent("ward.xlsx").path
        FileManager.default.createFile(atPath: path, contents: Data("not a workbook\u{0}\u{1}\u{2}".utf8))
        let r = try CLI.run(["validate", "--schema", Self.schema, path, CLI.fixture("returns/validation/clean-openpyxl.xlsx")])
        #expect(r.status == 2)
        #expect(r.stdout.contains(path))
    }

    /// The report is written return by return as batches are checked on several threads:
    /// more returns than one batch still give one well-formed JSON document, and every
    /// format lists the files in the same order, the text going to a file or to the screen alike.
    @Test func validateStreamsTheReportInFileOrder() throws {
        let folder = CLI.fixture("returns")
        let dir = try CLI.temporaryDirectory()
        let json = try CLI.run(["validate", "--schema", Self.schema, "--format", "json", "--lang", "en", folder])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let files = (object?["returns"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }
        #expect(files.count > 16, "more than one batch of returns: \(files.count)")
        let text = try CLI.run(["validate", "--schema", Self.schema, "--lang", "en", folder])
        let blocks = text.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
            .compactMap { line in files.first { line.hasPrefix($0 + ":") } }
        #expect(blocks == files)
        let csv = try CLI.run(["validate", "--schema", Self.schema, "--format", "csv", "--lang", "en", folder])
        var csvFiles: [String] = []
        for line in csv.stdout.split(separator: "\r\n").dropFirst() {
            if let f = files.first(where: { line.hasPrefix($0 + ",") || line.hasPrefix("\"" + $0) }), csvFiles.last != f { csvFiles.append(f) }
        }
        #expect(csvFiles == files)
        let path = dir.appendingPathComponent("report.txt").path
        _ = try CLI.run(["validate", "--schema", Self.schema, "--lang", "en", "-o", path, folder])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text.stdout)
    }

    @Test func validateWritesJSONCSVAndXLSXReports() throws {
        let dir = try CLI.temporaryDirectory()
        let input = CLI.fixture("returns/validation/typed-input.xlsx")
        let json = try CLI.run(["validate", "--schema", Self.schema, "--format", "json", input])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let returns = try #require(object?["returns"] as? [[String: Any]])
        #expect(returns.first?["wardCode"] as? String == "00163")
        #expect((returns.first?["findings"] as? [[String: Any]])?.contains { $0["cell"] as? String == "G10" } == true)

        let csvPath = dir.appendingPathComponent("report.csv").path
        #expect(try CLI.run(["validate", "--schema", Self.schema, "--format", "csv", "-o", csvPath, input]).status == 0)
        let csv = try Data(contentsOf: URL(fileURLWithPath: csvPath))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]))

        let xlsxPath = dir.appendingPathComponent("report.xlsx").path
        #expect(try CLI.run(["validate", "--schema", Self.schema, "--format", "xlsx", "-o", xlsxPath, input]).status == 0)
        let back = try CLI.run(["inspect", xlsxPath, "--format", "csv"])
        #expect(back.stdout.contains("input.number-as-text"))
    }

    @Test func templateWritesAFormThatValidatesAsEmpty() throws {
        let dir = try CLI.temporaryDirectory()
        let form = dir.appendingPathComponent("yen-hoa.xlsx").path
        let t = try CLI.run(["template", "--schema", Self.schema, "--ward", "Yen Hoa", "-o", form])
        #expect(t.status == 0, "\(t.stderr)")
        let sheets = try CLI.run(["inspect", form])
        #expect(sheets.stdout.contains("_thidua\tveryHidden"))
        // An empty form is recognised (ward, marker) but has every required result missing.
        let v = try CLI.run(["validate", "--schema", Self.schema, "--format", "json", form])
        #expect(v.status == 1)
        #expect(v.stdout.contains("\"wardCode\":\"00172\""))
        #expect(v.stdout.contains("value.required"))
        #expect(!v.stdout.contains("return.unexpected-value"))
        #expect(!v.stdout.contains("value.type"))
    }

    @Test func templateAllWritesOneFormPerWard() throws {
        let dir = try CLI.temporaryDirectory()
        let t = try CLI.run(["template", "--schema", Self.schema, "--all", "-o", dir.path])
        #expect(t.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".xlsx") }
        #expect(files.count == 8)
        #expect(files.contains("bao-cao-2018-00175-trung-hoa.xlsx"))
    }

    /// The batch (workers, compression in the worker's thread, one sync at the end) writes
    /// byte for byte the forms that `--ward` writes one at a time, in both formats, and
    /// lists them in ward order.
    @Test(arguments: ["xlsx", "ods"])
    func templateAllWritesWhatSingleFormsWrite(format: String) throws {
        let dir = try CLI.temporaryDirectory()
        let t = try CLI.run(["template", "--schema", Self.schema, "--all", "--format", format, "-o", dir.path])
        #expect(t.status == 0, "\(t.stderr)")
        let listed = t.stderr.split(separator: "\n").map { ($0 as NSString).lastPathComponent }
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix("." + format) }.sorted()
        #expect(listed == files)
        #expect(files.count == 8)
        for name in files {
            let code = name.split(separator: "-")[3]
            let single = try CLI.temporaryDirectory().appendingPathComponent(name).path
            let s = try CLI.run(["template", "--schema", Self.schema, "--ward", String(code), "--format", format, "-o", single])
            #expect(s.status == 0, "\(s.stderr)")
            let batch = try Data(contentsOf: dir.appendingPathComponent(name))
            #expect(batch == (try Data(contentsOf: URL(fileURLWithPath: single))), "\(name)")
        }
    }

    @Test func inspectJSONIsTheDocumentedShape() throws {
        let fixture = CLI.fixture("read/openpyxl-basic.xlsx")
        let r = try CLI.run(["inspect", fixture, "--format", "json"])
        let ours = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? NSDictionary
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath:
            CLI.fixture("read/openpyxl-basic.expected.json")))) as? NSDictionary
        #expect(ours == expected)
    }

    @Test func convertRoundTripsThroughXLSXAndCSV() throws {
        let dir = try CLI.temporaryDirectory()
        let xlsx = dir.appendingPathComponent("a.xlsx").path
        let csv = dir.appendingPathComponent("a.csv").path
        let source = CLI.fixture("read/csv/utf8-bom-comma.csv")
        #expect(try CLI.run(["convert", source, xlsx]).status == 0)
        #expect(try CLI.run(["convert", xlsx, csv, "--no-bom", "--delimiter", ";"]).status == 0)
        let a = try CLI.run(["inspect", source, "--format", "json"]).stdout
        let b = try CLI.run(["inspect", xlsx, "--format", "json"]).stdout
        #expect(a == b)  // the sheet keeps its name, every value its type
        let text = try String(contentsOfFile: csv, encoding: .utf8)
        #expect(!text.hasPrefix("\u{FEFF}"))
        #expect(text.contains(";"))
        // Converting twice gives the same bytes.
        let again = dir.appendingPathComponent("b.xlsx").path
        #expect(try CLI.run(["convert", source, again]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: xlsx)) == Data(contentsOf: URL(fileURLWithPath: again)))
    }

    @Test func convertRefusesAnUnknownOutputFormat() throws {
        let r = try CLI.run(["convert", CLI.fixture("read/csv/quoted.csv"), "/tmp/x.pdf", "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("[write.invalid]"))
    }
}
