import Foundation
import Testing
import ThiduaKit

/// The wards' filled returns (Fixtures/returns, made by openpyxl and LibreOffice from our
/// forms): every documented mistake is found at its cell, and clean returns raise nothing.
@Suite("Validation of the wards' returns")
struct ReturnValidationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/returns")

    struct Expected: Sendable, CustomTestStringConvertible {
        var set: String
        var file: String
        var ward: String
        var findings: [[String: String]]
        var total: Double?
        var testDescription: String { "\(set)/\(file)" }
    }

    static let cases: [Expected] = {
        guard let data = try? Data(contentsOf: root.appendingPathComponent("expected.json")),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: [String: [String: Any]]] else { return [] }
        return json.flatMap { set, files in
            files.map { file, e in
                Expected(set: set, file: file, ward: e["ward"] as? String ?? "",
                         findings: ((e["findings"] as? [[String: Any]]) ?? []).map { f in
                             f.compactMapValues { $0 as? String ?? (($0 as? Bool).map { $0 ? "true" : "false" }) }
                         },
                         total: e["total"] as? Double)
            }
        }.sorted { $0.testDescription < $1.testDescription }
    }()

    static let schema: CriteriaSchema = try! CriteriaSchema.load(
        path: root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates/schema-2018.xlsx").path)

    @Test func fixturesAreThere() { #expect(Self.cases.count >= 15) }

    @Test(arguments: cases)
    func findingsAreTheDocumentedOnes(_ e: Expected) throws {
        let path = Self.root.appendingPathComponent(e.set).appendingPathComponent(e.file).path
        let r = ReturnValidator(schema: Self.schema).validate(path: path)
        #expect(r.ward?.code == e.ward)
        for want in e.findings where want["optional"] != "true" {
            let hit = r.findings.contains { f in
                f.code.rawValue == want["code"] && f.severity.rawValue == want["severity"]
                    && f.location.cell?.description == want["cell"] && f.criterion == want["criterion"]
                    && f.location.file == path && f.location.sheet != nil
            }
            #expect(hit, "\(e.file): missing \(want); got \(r.findings.map { "\($0.code)@\($0.location.cell?.description ?? "-")" })")
        }
        // Nothing beyond what is documented: no stray errors, and clean files have no finding at all.
        let documented = Set(e.findings.map { "\($0["code"] ?? "")@\($0["cell"] ?? "-")" })
        let extra = r.findings.filter { !documented.contains("\($0.code.rawValue)@\($0.location.cell?.description ?? "-")") }
        if e.findings.isEmpty {
            #expect(r.findings.isEmpty, "\(e.file): \(r.findings.map { $0.text(.en) })")
        } else {
            #expect(extra.filter { $0.severity == .error }.isEmpty, "\(e.file): \(extra.map { $0.text(.en) })")
        }
        #expect(r.hasErrors == e.findings.contains { $0["severity"] == "error" })
        if let total = e.total, !r.hasErrors {
            let ours = r.criteriaPoints + (r.bonus ?? 0) - (r.penalty ?? 0)
            #expect(abs(ours - total) < 1e-6, "\(e.file): total \(ours), expected \(total)")
        }
    }

    @Test func messagesAreInBothLanguagesAndNameTheCell() throws {
        let path = Self.root.appendingPathComponent("validation/errors.xlsx").path
        let r = ReturnValidator(schema: Self.schema).validate(path: path)
        let required = try #require(r.findings.first { $0.code.rawValue == "value.required" })
        #expect(required.message.vi.contains("Chưa nhập kết quả"))
        #expect(required.message.en.contains("missing"))
        #expect(required.location.qualifiedCell == "'Biểu mẫu'!G20")
        #expect(required.text(.vi).contains("'Biểu mẫu'!G20"))
    }

    @Test func typedInputIsReadWithWarnings() throws {
        let r = ReturnValidator(schema: Self.schema).validate(path: Self.root.appendingPathComponent("validation/typed-input.xlsx").path)
        #expect(r.entry("KT01")?.value == .number(58000))
        #expect(r.entry("KT05")?.value == .number(37))
        #expect(r.entry("VH05")?.value == .number(87.5))
        #expect(r.entry("VH02")?.value == .number(44))
        #expect(r.entry("VH10")?.value == .date(CivilDate(year: 2018, month: 11, day: 12)))
        #expect(r.entry("CC08")?.notes == "Phường Mai Dịch đã hoàn thành")
        #expect(r.entry("CC09")?.notes == "Đã triển khai tại bộ phận một cửa")
        #expect(!r.hasErrors)
    }

    @Test func rearrangedReturnIsReadByCodesAndLabels() throws {
        let r = ReturnValidator(schema: Self.schema).validate(path: Self.root.appendingPathComponent("validation/rearranged.ods").path)
        #expect(r.sheet == "Bao cao phuong")
        #expect(r.entries.count == Self.schema.criteria.count)
        #expect(r.ward?.name == "Yên Hòa")
        // KT01 and KT05 rows were swapped: values still land on their criteria.
        #expect(r.entry("KT01")?.value == .number(70000))
        #expect(r.entry("KT05")?.value == .number(41))
        // And the entries come in the schema's order, not the sheet's: the rows out of order
        // are sorted (only a return already in order is left as read).
        #expect(r.entries.map(\.criterion) == Self.schema.criteria.map(\.code))
    }

    @Test func unreadableFileIsOneLocatedError() {
        let r = ReturnValidator(schema: Self.schema).validate(path: "/nonexistent/ward.xlsx")
        #expect(r.isUnreadable)
        #expect(r.findings.count == 1)
        #expect(r.findings[0].location.file == "/nonexistent/ward.xlsx")
    }
}
