import Foundation
import Testing
@testable import ThiduaKit

/// The shortcuts of `nfc`, `collapsingWhitespace` and `canonicalToneMarks` must give exactly
/// what the general paths give: checked on every scalar they let through, in the contexts
/// where a mark could move or compose, and on the text of Vietnamese forms.
@Suite("Vietnamese text shortcuts")
struct VietnameseTextShortcutTests {
    /// Every scalar the NFC shortcut accepts, and some it does not.
    static let scalars: [Unicode.Scalar] = (Array(0x20..<0x380) + Array(0x1DF0..<0x1F10) + [0x2000, 0x200B, 0x3000, 0xFEFF, 0xA0])
        .compactMap(Unicode.Scalar.init)

    static let samples = [
        "", " ", "Phường Yên Hòa", "Yên Hoà", "THUỶ", "thủy", "Hòa", "hoà", "khoẻ", "khỏe", "Thuý", "thúy",
        "tỏa sáng", "toả", "Hoàng", "Ngoài", "Nguyễn  Văn\u{00A0}A", "\tTab\n", " lead", "trail ",
        "P.\u{200B}Nghĩa Đô", "Tỷ lệ hộ gia đình đạt danh hiệu \"Gia đình văn hóa\"", "Cộng I",
        "Hòa".decomposedStringWithCanonicalMapping, "Thủy".decomposedStringWithCanonicalMapping,
        "o\u{0301}a", "u\u{0303}y", "xa\u{0301}", "Kết quả thực hiện", "Điểm tự chấm", "Mã phường:",
    ]

    @Test func shortcutsAgreeWithTheGeneralPaths() {
        var texts = Self.samples
        for s in Self.scalars {
            let c = String(Character(s))
            texts += [c, c + "a", c + "e", c + "y", "o" + c, "u" + c, "h" + c + "a", c + "ng", "x " + c + " ", c + c]
        }
        for t in texts {
            #expect(VietnameseText.nfc(t).utf8.elementsEqual(t.precomposedStringWithCanonicalMapping.utf8), "\(t.unicodeScalars.map { $0.value })")
            #expect(VietnameseText.collapsingWhitespace(t).utf8.elementsEqual(VietnameseText.collapsingEverySpace(t).utf8))
            #expect(VietnameseText.canonicalToneMarks(t).utf8.elementsEqual(VietnameseText.reorderingToneMarks(t).utf8), "\(t.unicodeScalars.map { $0.value })")
            let lower = t.lowercased()
            #expect(VietnameseText.canonicalToneMarks(lower).utf8.elementsEqual(VietnameseText.reorderingToneMarks(lower).utf8))
        }
    }

    @Test func byteSearchAgreesWithFoundation() {
        let keys = ["phát triển kinh tế", "văn hoá - xã hội", "hoá", "a", "o", "ng", "hòa", "Hòa".decomposedStringWithCanonicalMapping, "ầ"]
        var texts = Self.samples + ["i. phát triển kinh tế", "ii. văn hoá - xã hội", "văn hóa - xã hội", "xa\u{0301}"]
        texts += texts.map { $0.lowercased() }
        for t in texts {
            for k in keys {
                #expect(VietnameseText.contains(t, k) == t.contains(k), "\(t) ∋ \(k)")
            }
        }
    }

    @Test func shortcutsTakeOnlyWhatNeedsNoWork() {
        #expect(VietnameseText.isStableNFC("Nghĩa Đô, Dịch Vọng Hậu"))
        #expect(!VietnameseText.isStableNFC("Hòa".decomposedStringWithCanonicalMapping))
        #expect(!VietnameseText.isStableNFC("Ω"))                       // Greek: the general path
        #expect(VietnameseText.isStableNFC("Hoà", orTonedGlide: true))
        #expect(VietnameseText.isStableNFC("Minh chứng / ghi chú", orTonedGlide: true))
        #expect(!VietnameseText.isStableNFC("Hòa", orTonedGlide: true))
        #expect(!VietnameseText.isStableNFC("thúy", orTonedGlide: true))
        #expect(!VietnameseText.isStableNFC("THỦY", orTonedGlide: true))
        #expect(VietnameseText.canonicalToneMarks("hòa") == "hoà")
        #expect(VietnameseText.hasCleanSpaces("a b"))
        #expect(!VietnameseText.hasCleanSpaces("a  b"))
        #expect(!VietnameseText.hasCleanSpaces("a\u{00A0}b"))
        #expect(!VietnameseText.hasCleanSpaces(" a"))
    }
}
