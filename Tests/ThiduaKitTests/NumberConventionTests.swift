import Foundation
import Testing
@testable import ThiduaKit

/// Numbers are never invented: a file's decimal and grouping convention is learned from its
/// unambiguous numbers, and an ambiguous one is read by it with a warning at its cell.
@Suite("Number conventions of a return")
struct NumberConventionTests {
    static let dir = ReturnValidationTests.root.appendingPathComponent("csv-locale")
    static let original = ReturnValidator(schema: ReturnValidationTests.schema)
        .validate(path: ReturnValidationTests.root.appendingPathComponent("2018/00160-bao-cao-2018.xlsx").path)

    /// LibreOffice under vi-VN writes `55.000` and `3,7`; under en-US `55,000` and `3.7`:
    /// both read as the XLSX they were saved from, every ambiguous number with its warning.
    @Test(arguments: [("00160-libreoffice-vi.csv", "3,7"), ("00160-libreoffice-en.csv", "3.7")])
    func libreOfficeCSVReadsAsTheWorkbookItCameFrom(file: String, sample: String) {
        let r = ReturnValidator(schema: ReturnValidationTests.schema).validate(path: Self.dir.appendingPathComponent(file).path)
        #expect(r.errorCount == 0, "\(r.findings.filter(\.isError))")
        for e in Self.original.entries {
            #expect(r.entry(e.criterion)?.value == e.value, "\(e.criterion)")
            // "As shown" keeps the points' two shown decimals (4.942 is saved as 4,94).
            if let a = r.entry(e.criterion)?.selfPoints, let b = e.selfPoints {
                #expect(abs(a - b) <= 0.005, "\(e.criterion) points")
            } else {
                #expect(r.entry(e.criterion)?.selfPoints == e.selfPoints, "\(e.criterion) points")
            }
        }
        #expect(r.entry("KT01")?.value == .number(55_000))
        #expect(r.entry("CC02")?.value == .number(4_300))
        let ambiguous = r.findings.filter { $0.code == .inputNumberAmbiguous }
        #expect(ambiguous.map { $0.location.cell?.description ?? "" } == ["G10", "G11", "G43", "G44"])
        #expect(ambiguous.allSatisfy { $0.message.en.contains("(such as \"\(sample)\")") && $0.severity == .warning })
        // CSV has no number cells, and the form's subtotals are the form's, not the ward's data.
        #expect(!r.findings.contains { $0.code == .inputNumberAsText || $0.code == .inputDateAsText })
        #expect(!r.findings.contains { $0.code == .returnUnexpectedValue }, "\(r.findings.filter { $0.code == .returnUnexpectedValue })")
    }

    @Test func conventionsLearnedFromUnambiguousNumbers() {
        #expect(NumberConvention.learn(texts: ["76.664,6", "72.800"], csvFractions: []) == .vietnamese(sample: "76.664,6"))
        #expect(NumberConvention.learn(texts: ["1,234.5", "12"], csvFractions: []) == .english(sample: "1,234.5"))
        #expect(NumberConvention.learn(texts: ["72.800", "5.272"], csvFractions: []) == .unknown)
        #expect(NumberConvention.learn(texts: ["3,7"], csvFractions: [2.5]) == .mixed(vietnamese: "3,7", english: "2.5"))
    }

    /// Text typed in a number cell of an XLSX or ODS return follows the same rule.
    @Test func ambiguousTextIsReadByTheConventionWithAWarning() {
        let vi = InputInterpreter.numberFromText("5.272", percent: false, unit: "",
                                                 reading: NumberReading(convention: .vietnamese(sample: "76.664,6")))
        #expect(vi.value == .number(5_272))
        #expect(vi.notes.map(\.code) == [.inputNumberAmbiguous, .inputNumberAsText])
        let en = InputInterpreter.numberFromText("5.272", percent: false, unit: "",
                                                 reading: NumberReading(convention: .english(sample: "3.7")))
        #expect(en.value == .number(5.272))
        let unknown = InputInterpreter.numberFromText("72.800", percent: false, unit: "", reading: NumberReading())
        #expect(unknown.value == .number(72_800))
        #expect(unknown.notes.first?.message.en.contains("no other number in the file shows its convention") == true)
        let mixed = InputInterpreter.numberFromText("72.800", percent: false, unit: "",
                                                    reading: NumberReading(convention: .mixed(vietnamese: "3,7", english: "2.5")))
        #expect(mixed.value == nil)
        #expect(mixed.notes.map(\.code) == [.valueAmbiguousNumber])
        // Unambiguous text needs no convention: no ambiguity warning.
        let plain = InputInterpreter.numberFromText("76.664,6", percent: false, unit: "", reading: NumberReading(convention: .english(sample: "3.7")))
        #expect(plain.value == .number(76_664.6))
        #expect(!plain.notes.contains { $0.code == .inputNumberAmbiguous })
    }
}
