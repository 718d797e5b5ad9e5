import Foundation
import Testing

/// What the tool says when the command line or the system goes wrong: in Vietnamese by
/// default, in English with --lang en, always with what to do next.
@Suite("Messages wholly in the user's language")
struct MessageTests {
    static let schema = CLI.repository.appendingPathComponent("Templates/schema-2018.xlsx").path

    @Test func versionIsShown() throws {
        let r = try CLI.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("thidua 1.0.0"))
    }

    @Test func aMistypedCommandGetsDidYouMean() throws {
        let vi = try CLI.run(["valdate", "x.xlsx"])
        #expect(vi.status == 2)
        #expect(vi.stderr.contains("Lỗi: không có lệnh \"valdate\". Có phải ý bạn là \"validate\"?"))
        #expect(vi.stderr.contains("Các lệnh: inspect, convert, template, validate, consolidate"))
        let en = try CLI.run(["consolidat", "--lang", "en"])
        #expect(en.status == 2)
        #expect(en.stderr.contains("Error: there is no command \"consolidat\". Did you mean \"consolidate\"?"))
    }

    @Test func argumentErrorsInVietnameseByDefaultAndEnglishOnRequest() throws {
        let missing = try CLI.run(["validate"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Lỗi: thiếu đối số bắt buộc '<tệp> ...'."))
        #expect(missing.stderr.contains("Xem 'thidua validate --help' để biết thêm."))
        #expect(!missing.stderr.contains("Error:") && !missing.stderr.contains("Usage:"))
        let unknown = try CLI.run(["validate", "--bogus", "x.xlsx"])
        #expect(unknown.stderr.contains("Lỗi: không có tùy chọn '--bogus'."))
        let value = try CLI.run(["validate", "x.xlsx", "--format", "pdf"])
        #expect(value.stderr.contains("hãy dùng một trong các giá trị 'text', 'json', 'csv' hoặc 'xlsx'."))
        let english = try CLI.run(["validate", "--bogus", "x.xlsx", "--lang", "en"])
        #expect(english.stderr.contains("Error: Unknown option '--bogus'"))
        // The commands' own checks of their arguments too.
        let neither = try CLI.run(["template", "-o", "f.xlsx"])
        #expect(neither.status == 2 && neither.stderr.contains("Lỗi: hãy cho --ward TÊN-PHƯỜNG hoặc --all (một trong hai)."), "\(neither.stderr)")
        let neitherEn = try CLI.run(["template", "-o", "f.xlsx", "--lang", "en"])
        #expect(neitherEn.stderr.contains("Error: give either --ward NAME or --all"), "\(neitherEn.stderr)")
    }

    @Test func systemAndSchemaErrorsSpeakTheUsersLanguage() throws {
        let vi = try CLI.run(["validate", "--schema", "/nonexistent/schema.xlsx", "x.xlsx"])
        #expect(vi.status == 2)
        #expect(vi.stderr.contains("Lỗi: Không mở được tệp. (không có tệp hay thư mục này; hãy kiểm tra lại đường dẫn)"), "\(vi.stderr)")
        #expect(!vi.stderr.contains("No such file") && !vi.stderr.contains("error:"))
        let en = try CLI.run(["validate", "--schema", "/nonexistent/schema.xlsx", "x.xlsx", "--lang", "en"])
        #expect(en.stderr.contains("error: The file cannot be opened. (no such file or folder; check the path)"))
        let missing = try CLI.run(["validate", "--schema", Self.schema, "/nonexistent/ward.xlsx"])
        #expect(missing.stdout.contains("(không có tệp hay thư mục này; hãy kiểm tra lại đường dẫn)"), "\(missing.stdout)")
    }

    @Test func anUnknownWardListsTheValidOnes() throws {
        let dir = try CLI.temporaryDirectory()
        let r = try CLI.run(["template", "--schema", Self.schema, "--ward", "Xyz", "-o", dir.appendingPathComponent("f.xlsx").path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("Không nhận ra phường \"Xyz\". Các phường của bộ tiêu chí: Nghĩa Đô (00157),"))
        #expect(r.stderr.contains("Yên Hòa (00172)") && r.stderr.contains("hoặc dùng --all"))
    }

    @Test func validateToAFileSaysWhereAndHowMany() throws {
        let dir = try CLI.temporaryDirectory()
        let report = dir.appendingPathComponent("kiem-tra.csv").path
        let r = try CLI.run(["validate", "--schema", Self.schema, CLI.fixture("returns/validation/clean-openpyxl.xlsx"),
                             CLI.fixture("returns/validation/errors.xlsx"), "-o", report])
        #expect(r.status == 1)
        #expect(r.stderr.contains("Đã ghi báo cáo vào \(report): 2 tệp đã kiểm tra (1 tệp có lỗi, 1 tệp không có lỗi hay cảnh báo), 8 lỗi, 4 cảnh báo."), "\(r.stderr)")
        let csv = try String(contentsOfFile: report, encoding: .utf8)
        #expect(csv.contains("clean-openpyxl.xlsx") && csv.contains("Không có lỗi hay cảnh báo."))
    }

    /// One tone-mark placement in what the tool says: the customary "hòa", "xóa", "khóa", "hủy"
    /// (domain.md), not "hoà", "xoá" (the text normaliser and ward aliases name both on purpose).
    @Test func oneToneMarkStyleInMessages() throws {
        let sources = CLI.repository.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        var offenders: [String] = []
        for file in files where !file.hasSuffix("VietnameseText.swift") && !file.hasSuffix("WardMatcher.swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for word in ["xoá", "hoà ", "huỷ", "khoá", "mã hoá", "tuỳ", "thuỷ", "Hoà "] where text.contains(word) {
                offenders.append("\(file): \(word)")
            }
        }
        #expect(offenders.isEmpty, "\(offenders)")
    }
}
