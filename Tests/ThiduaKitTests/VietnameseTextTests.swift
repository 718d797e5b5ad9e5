import Foundation
import Testing
@testable import ThiduaKit

@Suite("Vietnamese text")
struct VietnameseTextTests {
    @Test func nfcAndWhitespace() {
        let nfd = "Phường Yên Hòa".decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > "Phường Yên Hòa".unicodeScalars.count)
        #expect(VietnameseText.nfc(nfd).unicodeScalars.elementsEqual("Phường Yên Hòa".unicodeScalars))
        #expect(VietnameseText.collapsingWhitespace("\u{00A0} Mai\u{00A0}\u{00A0}Dịch \t\n") == "Mai Dịch")
    }

    @Test func diacriticsRemoval() {
        #expect(VietnameseText.removingDiacritics("Nghĩa Đô") == "Nghia Do")
        #expect(VietnameseText.removingDiacritics("Dịch Vọng Hậu") == "Dich Vong Hau")
        #expect(VietnameseText.removingDiacritics("Ủy ban nhân dân") == "Uy ban nhan dan")
        #expect(VietnameseText.removingDiacritics("đường ĐÔ") == "duong DO")
    }

    @Test(arguments: [
        ("Hòa", "Hoà"), ("hóa", "hoá"), ("hỏa", "hoả"), ("hõa", "hoã"), ("họa", "hoạ"),
        ("thủy", "thuỷ"), ("Thúy", "Thuý"), ("khỏe", "khoẻ"), ("HÒA", "HOÀ"), ("Ủy ban", "Uỷ ban"),
        ("Yên Hòa", "Yên Hoà"), ("tòa án", "toà án"),
    ])
    func toneMarkPlacementsShareAKey(old: String, new: String) {
        #expect(VietnameseText.matchKey(old) == VietnameseText.matchKey(new))
        #expect(VietnameseText.canonicalToneMarks(old) == VietnameseText.nfc(new))
    }

    @Test func toneMarksWithAFinalConsonantStay() {
        for word in ["Hoàng", "hoán", "khuyến", "Quý", "múa", "Hoa"] {
            #expect(VietnameseText.canonicalToneMarks(word) == word)
        }
    }

    @Test func keys() {
        #expect(VietnameseText.matchKey("  MAI  DỊCH ") == "mai dịch")
        #expect(VietnameseText.looseKey("Phường Yên Hòa") == "phuong yen hoa")
    }

    @Test func syllables() {
        for word in ["Phường", "nghiêng", "khuyến", "Việt", "hoà", "quý", "gì", "đường", "ươu", "NGHĨA"] {
            #expect(VietnameseText.isPlausibleSyllable(word), "\(word)")
        }
        for word in ["Yờn", "bènh", "café", "hoàa", "xyz", "hòả", "Ph­êng"] {
            #expect(!VietnameseText.isPlausibleSyllable(word), "\(word)")
        }
    }
}

@Suite("Legacy encodings")
struct LegacyEncodingTests {
    /// Every Vietnamese letter with a diacritic: 67 small and 67 capital.
    static let letters: [Character] = {
        let tones = ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"]
        var small: [String] = ["đ"]
        for base in ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"] {
            for tone in tones where !(tone.isEmpty && base.unicodeScalars.count == 1 && base.first!.isASCII) {
                let composed = (base.decomposedStringWithCanonicalMapping + tone).precomposedStringWithCanonicalMapping
                small.append(composed)
            }
        }
        return (small + small.map { $0.uppercased() }).map { Character($0) }
    }()

    static let phrases = ["Nghĩa Đô", "Nghĩa Tân", "Mai Dịch", "Dịch Vọng", "Dịch Vọng Hậu", "Quan Hoa",
                          "Yên Hòa", "Trung Hòa", "Ủy ban nhân dân", "Cộng hòa xã hội chủ nghĩa Việt Nam",
                          "Giao ước thi đua", "Phường Yên Hoà, quận Cầu Giấy, Hà Nội"]

    @Test func thereAre134Letters() {
        #expect(Self.letters.count == 134)
        #expect(Set(Self.letters).count == 134)
    }

    @Test func vniCoversEveryLetterBothWays() {
        for letter in Self.letters {
            let encoded = VietnameseText.encode(String(letter), to: .vni)
            #expect(encoded.unicodeScalars.allSatisfy { $0.value <= 0xFF }, "\(letter)")
            #expect(encoded != String(letter) || "ìíÌÍ".contains(letter), "\(letter)")
            #expect(VietnameseText.decode(encoded, from: .vni) == String(letter), "\(letter) → \(encoded)")
        }
    }

    @Test func tcvn3CoversEveryLetter() {
        #expect(TCVN3Table.pairs.count == 74)
        #expect(Set(TCVN3Table.pairs.map(\.0)).count == 74)
        for letter in Self.letters {
            let encoded = VietnameseText.encode(String(letter), to: .tcvn3)
            #expect(encoded.unicodeScalars.count == 1 && encoded.unicodeScalars.first!.value >= 0xA1, "\(letter)")
            let decoded = VietnameseText.decode(encoded, from: .tcvn3)
            // Capitals outside Ă Â Ê Ô Ơ Ư Đ have no code of their own (.VnTimeH reuses the small one).
            #expect(decoded == String(letter) || decoded.uppercased() == String(letter), "\(letter)")
        }
    }

    @Test(arguments: phrases)
    func roundTrips(phrase: String) {
        let vni = VietnameseText.encode(phrase, to: .vni)
        #expect(VietnameseText.decode(vni, from: .vni) == phrase)
        let tcvn3 = VietnameseText.encode(phrase, to: .tcvn3)
        let back = VietnameseText.decode(tcvn3, from: .tcvn3)
        // Only a capital with a tone mark (Ủ) loses its case through TCVN3.
        if phrase.hasPrefix("Ủ") { #expect(back == "ủy ban nhân dân") } else { #expect(back == phrase) }
        for upper in [phrase.uppercased()] {
            #expect(VietnameseText.decode(VietnameseText.encode(upper, to: .tcvn3), from: .tcvn3) == upper)
            #expect(VietnameseText.decode(VietnameseText.encode(upper, to: .vni), from: .vni) == upper)
        }
    }

    @Test func decodesTextAsItArrives() {
        #expect(VietnameseText.decode("Ph\u{AD}êng", from: .tcvn3) == "Phường")
        #expect(VietnameseText.decode("Hµ Néi", from: .tcvn3) == "Hà Nội")
        #expect(VietnameseText.decode("Céng hoµ x· héi chñ nghÜa ViÖt Nam", from: .tcvn3) == "Cộng hoà xã hội chủ nghĩa Việt Nam")
        #expect(VietnameseText.decode("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", from: .tcvn3) == "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        #expect(VietnameseText.decode("§éc lËp - Tù do - H¹nh phóc", from: .tcvn3) == "Độc lập - Tự do - Hạnh phúc")
        #expect(VietnameseText.decode("Phöôøng", from: .vni) == "Phường")
        #expect(VietnameseText.decode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", from: .vni) == "Cộng hòa xã hội chủ nghĩa Việt Nam")
        #expect(VietnameseText.decode("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", from: .vni) == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        #expect(VietnameseText.decode("Nghóa Ñoâ, Dòch Voïng Haäu", from: .vni) == "Nghĩa Đô, Dịch Vọng Hậu")
    }

    @Test(arguments: [
        "Ph\u{AD}êng Yªn Hoµ", "Hµ Néi", "Uû ban nh©n d©n", "Céng hoµ x· héi chñ nghÜa ViÖt Nam",
        "Giao \u{AD}íc thi ®ua", "CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", "Sè hé nghÌo cuèi n¨m: 12",
    ])
    func detectsTCVN3(text: String) {
        #expect(VietnameseText.detectLegacyEncoding(text) == .tcvn3)
    }

    @Test(arguments: [
        "Phöôøng Yeân Hoøa", "Haø Noäi", "UÛy ban nhaân daân", "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam",
        "Giao öôùc thi ñua", "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "Soá hoä ngheøo cuoái naêm: 12",
    ])
    func detectsVNI(text: String) {
        #expect(VietnameseText.detectLegacyEncoding(text) == .vni)
    }

    @Test(arguments: phrases + [
        "Yên Hoà", "Trung Hoà", "Hoá đơn", "HOÀ BÌNH", "Quan Hoa", "Mai Dich", "Tân", "Hà", "Bình Thạnh",
        "Ủy ban nhân dân quận Cầu Giấy", "Hello world", "Café résumé naïve à la carte", "Müller Straße",
        "Total: 1.234,5 € (12,5%)", "", "12345", "Mai DÞch",
    ])
    func leavesUnicodeAndEnglishAlone(text: String) {
        #expect(VietnameseText.detectLegacyEncoding(text) == nil)
        #expect(VietnameseText.detectLegacyEncoding(text.decomposedStringWithCanonicalMapping) == nil)
        #expect(VietnameseText.repairingLegacyEncoding(text).encoding == nil)
    }

    @Test func repairs() {
        let r = VietnameseText.repairingLegacyEncoding("Ph\u{AD}êng Yªn Hoµ")
        #expect(r.text == "Phường Yên Hoà" && r.encoding == .tcvn3)
        let v = VietnameseText.repairingLegacyEncoding("Phöôøng Dòch Voïng Haäu")
        #expect(v.text == "Phường Dịch Vọng Hậu" && v.encoding == .vni)
    }
}
