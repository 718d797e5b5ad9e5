import Foundation
import Testing
@testable import ThiduaKit

/// The shortcuts of typed-text cleaning skip only what the checks by characters would find
/// nothing in: checked on every scalar up to U+3100 at either end and inside a text, next to
/// combining marks and Prepend scalars.
@Suite("Typed text shortcuts")
struct TypedTextShortcutTests {
    /// The check the shortcut spares: odd spaces anywhere, white space at either end.
    static func hasStraySpaces(_ text: String) -> Bool {
        text.contains(where: { TypedText.oddSpaces.contains($0) }) || text.first?.isWhitespace == true || text.last?.isWhitespace == true
    }

    static var texts: [String] {
        var texts = ["", "Có", "Không", "Hòa", "55000", "3,7", "Phường Nghĩa Đô", " x", "x ", "a\u{00A0}b", "\u{0600}a", "a\u{0600}b",
                     "e\u{0301}", " \u{0301}a", "a \u{0301}", "\u{00A0}\u{0301}a", "a\u{00A0}\u{0301}", "a\u{3000}", "\r\na", "a\r\n"]
        for v in UInt32(0)..<0x3100 {
            guard let s = Unicode.Scalar(v) else { continue }
            let c = String(Character(s))
            texts += [c, "a" + c, c + "a", "a" + c + "b", "ộ" + c, c + "ộ", "\u{0600}" + c, c + "\u{0301}", "a" + c + "\u{0301}"]
        }
        return texts
    }

    @Test func straySpacesAreNeverSkipped() {
        for t in Self.texts where Self.hasStraySpaces(t) {
            #expect(TypedText.mayHaveStraySpaces(t), "\(t.unicodeScalars.map { $0.value })")
        }
    }

    @Test func numberTextOfASCIIIsTheCharacterReading() {
        var texts = Self.texts.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        texts += ["1.234,5 triệu", " 12 ", "12 %", "\t7", "7\t", "+-.,% ", "  ", "3,7 ha", "1 234 567", "12abc", "%"]
        for t in texts {
            let general = String(TypedText.clean(t).0.prefix { "0123456789+-.,% ".contains($0) }).trimmingCharacters(in: .whitespaces)
            #expect(InputInterpreter.numberText(of: t) == general, "\(t.unicodeScalars.map { $0.value })")
        }
    }
}
