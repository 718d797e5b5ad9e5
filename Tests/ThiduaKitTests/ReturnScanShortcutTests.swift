import Foundation
import Spreadsheet
import Testing
@testable import ThiduaKit

/// The shortcuts taken for every cell of every return (criterion codes, subtotal rows, legacy
/// encodings) must decide exactly what the general paths decide.
@Suite("Return scan shortcuts")
struct ReturnScanShortcutTests {
    static let texts: [String] = VietnameseTextShortcutTests.samples + [
        "1.1", " 1.2 ", "kt1", "\tKt-2\n", "a\u{0B}b\u{0C}", "ĐT1", "\u{00A0}1.1", "Tổng cộng", "TỔNG CỘNG", "Cộng",
        "cộng II", " \u{200B}Cộng I", "\u{FEFF}tổng cộng", "\u{00A0}Cộng", "Cô\u{0323}ng", "c\u{0327}ộng", "\u{0301}cộng",
        "Ctrl", "tt", "C", "T", "ċộng", "Ｃộng", "\u{2000}Tổng cộng", "x", "Ghi chú", "Người lập", "12,5", "Có", "Không",
    ] + (0x20..<0x250).compactMap(Unicode.Scalar.init).map { String(Character($0)) + "ộng" }

    @Test func asciiCodeCleaningAgreesWithFoundation() {
        for t in Self.texts {
            let general = t.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
            if let fast = FormScan.asciiTrimmedUppercased(t) {
                #expect(fast == general, "\(t.unicodeScalars.map { $0.value })")
            } else {
                #expect(t.utf8.contains { $0 >= 0x80 })
            }
        }
        #expect(FormScan.asciiTrimmedUppercased(" kt-1\t") == "KT-1")
    }

    /// A text beyond ASCII is passed over only where the general path finds no ASCII code either.
    @Test func nonASCIITextSkipsOnlyWhatCannotBeACode() {
        let extra = ["\u{00A0}KT01\u{2003}", "\u{3000}kt-1", "kt0\u{0131}", "\u{017F}t1", "KT01\u{00A0}", "KT01\u{0301}",
                     "KT01\u{200B}", "\u{200B}kt-1", "KT01\u{2028}", "\u{0085}KT01", "KT01\u{FEFF}"]
            + (0x80..<0x3100).compactMap(Unicode.Scalar.init).map { "KT01" + String(Character($0)) }
        let texts = Self.texts + extra
        // Codes as the general path reads them, for every text that reads as ASCII: the cases to keep.
        var codes: Set<String> = ["KT01", "KT-1", "THUONG"]
        for t in texts {
            let general = t.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
            if general.utf8.allSatisfy({ $0 < 0x80 }) { codes.insert(general) }
        }
        #expect(FormScan.isASCII(codes) && codes.contains("KT0I") && codes.contains("ST1"))
        for t in texts where t.utf8.count <= 32 {
            let cell = Cell(column: 0, value: .text(t))
            #expect(FormScan.code(cell, in: codes, asciiCodes: true) == FormScan.code(cell, in: codes, asciiCodes: false),
                    "\(t.unicodeScalars.map { $0.value })")
        }
        #expect(FormScan.code(Cell(column: 0, value: .text("\u{00A0}KT01\u{2003}")), in: codes, asciiCodes: true) == "KT01")
    }

    /// The remembered column and field names of a text are its key's, asked once and again.
    @Test func rememberedColumnAndFieldNamesAreTheKeys() {
        let labels = ["Mã", "Tiêu chí", "Kết quả thực hiện", "KẾT QUẢ THỰC HIỆN ", "Phường:", "Mã phường:", "Năm:",
                      "Kỳ báo cáo:", "Ngày lập báo cáo:", "Điểm tự chấm", "Minh chứng / ghi chú", "Đơn vị tính", "STT"]
        for text in Self.texts + labels {
            let cell = Cell(column: 3, value: .text(text))
            let key = FormScan.key(cell)
            for _ in 0..<2 {
                #expect(FormScan.columns(named: cell) == key.flatMap { FormScan.columnsByKey[$0] }, "\(text)")
                #expect(FormScan.fields(named: cell) == key.flatMap { FormScan.fieldsByKey[$0] }, "\(text)")
            }
        }
        #expect(FormScan.columns(named: Cell(column: 0, value: .text("Kết quả thực hiện"))) == [.result])
        #expect(FormScan.fields(named: Cell(column: 0, value: .number(1))) == nil)
    }

    /// The scalars a text can hold and still equal an ASCII code by canonical equivalence:
    /// every scalar of the Basic Multilingual Plane whose decomposition is ASCII is listed
    /// (beyond it, decompositions lead to CJK and other scripts, never to ASCII).
    @Test func asciiDecomposingScalarsAreAllKnown() {
        var found: Set<UInt32> = []
        for v in UInt32(0x80)..<0x10000 {
            guard let s = Unicode.Scalar(v) else { continue }
            let d = String(Character(s)).decomposedStringWithCanonicalMapping
            if d.unicodeScalars.allSatisfy({ $0.value < 0x80 }) { found.insert(v) }
        }
        #expect(found == FormScan.asciiDecomposing)
        let codes: Set<String> = ["KT1", "A;"]
        #expect(FormScan.code(Cell(column: 0, value: .text("\u{212A}T1")), in: codes, asciiCodes: true) == "\u{212A}T1")
        #expect(FormScan.code(Cell(column: 0, value: .text("A\u{037E}")), in: codes, asciiCodes: true) != nil)
        #expect(FormScan.code(Cell(column: 0, value: .text("Phường:")), in: codes, asciiCodes: true) == nil)
    }

    /// Every text whose match key could begin "cộng" or "tổng" passes the first-letter filter.
    @Test func subtotalFilterKeepsEveryCandidate() {
        for t in Self.texts {
            let key = VietnameseText.matchKey(t)
            if key.hasPrefix("c") || key.hasPrefix("t") {
                #expect(ReturnContext.startsWithCOrT(t), "\(t.unicodeScalars.map { $0.value })")
            }
            if key.hasPrefix("cộng") || key.hasPrefix("tổng") {
                #expect(ReturnContext.hasNAndG(t), "\(t.unicodeScalars.map { $0.value })")
            }
        }
        let subtotal = Row(index: 3, cells: [Cell(column: 2, value: .text(" \u{00A0}CỘNG I"))])
        let total = Row(index: 4, cells: [Cell(column: 2, value: .text("Tổng cộng"))])
        let other = Row(index: 5, cells: [Cell(column: 2, value: .text("Kết quả")), Cell(column: 3, value: .number(1))])
        #expect(ReturnContext.isSubtotalRow(subtotal))
        #expect(ReturnContext.isSubtotalRow(total))
        #expect(!ReturnContext.isSubtotalRow(other))
    }

    /// The remembered subtotal test and period key give what computing them afresh gives,
    /// asked once and again (the second answer from the memo).
    @Test func rememberedLabelsAndPeriodsAgreeWithTheirDefinitions() {
        let periods = ["01/01/2018 - 30/11/2018", "01/01/2018-30/11/2018", " 01/01/2018  -  30/11/2018 ",
                       "Năm 2018", "năm  2018", "Na\u{0306}m 2018", "6 tháng đầu năm", ""]
        for text in Self.texts + periods {
            let label = ReturnContext.isSubtotalLabel(text)
            let key = VietnameseText.matchKey(text)
            #expect(label == (key.hasPrefix("cộng ") || key == "cộng" || key == "tổng cộng"))
            #expect(ReturnContext.subtotalLabels.value(of: text, make: ReturnContext.isSubtotalLabel) == label)
            let period = key.replacingOccurrences(of: " ", with: "")
            #expect(ReturnContext.periodKey(text) == period, "\(text.unicodeScalars.map { $0.value })")
            #expect(ReturnContext.periodKey(text) == period)
        }
        #expect(ReturnContext.periodKey("01/01/2018 - 30/11/2018") == ReturnContext.periodKey("01/01/2018-30/11/2018"))
    }

    /// The byte comparison tried before `==` never says equal where `==` would not, and an
    /// NFD spelling still reaches `==` (equal to Swift, not the same bytes).
    @Test func sameBytesImpliesEqualText() {
        let pairs: [(String, String)] = [("Có", "Có"), ("Có", "Co\u{0301}"), ("", ""), ("a", ""), ("Tổng", "Tổng "),
                                          ("Phường Yên Hòa", "Phường Yên Hòa"), ("x", "y")]
        for (a, b) in pairs {
            #expect(a.hasSameBytes(as: b) == Array(a.utf8).elementsEqual(Array(b.utf8)))
            if a.hasSameBytes(as: b) { #expect(a == b) }
            #expect(ReturnContext.sameFormValue(.text(a), .text(b)) == (a == b || VietnameseText.matchKey(a) == VietnameseText.matchKey(b)))
        }
        #expect(!"Có".hasSameBytes(as: "Co\u{0301}") && "Có" == "Co\u{0301}")
    }

    @Test func asciiTextIsNeverLegacyEncoded() {
        for t in Self.texts where t.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(LegacyCodec.detect(t) == nil)
        }
        // Legacy text (TCVN3 "Phường Yên Hoà") is still found.
        #expect(VietnameseText.repairingLegacyEncoding("Ph\u{AD}êng Yªn Hoµ").encoding == .tcvn3)
    }
}
