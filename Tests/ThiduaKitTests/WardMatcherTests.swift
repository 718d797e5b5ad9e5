import Foundation
import Testing
@testable import ThiduaKit

@Suite("Ward matcher")
struct WardMatcherTests {
    /// The 2018 wards as the schema lists them (aliases included).
    static let wards = [
        Ward(name: "Nghĩa Đô", code: "00157", aliases: ["P. Nghĩa Đô", "Nghia Do"]),
        Ward(name: "Nghĩa Tân", code: "00160"),
        Ward(name: "Mai Dịch", code: "00163"),
        Ward(name: "Dịch Vọng", code: "00166"),
        Ward(name: "Dịch Vọng Hậu", code: "00167"),
        Ward(name: "Quan Hoa", code: "00169"),
        Ward(name: "Yên Hòa", code: "00172", aliases: ["Yên Hoà"]),
        Ward(name: "Trung Hòa", code: "00175"),
    ]
    let matcher = WardMatcher(wards: wards)

    func expect(_ typed: String, _ code: String, _ kind: WardMatch.Kind,
                sourceLocation: SourceLocation = #_sourceLocation) {
        let m = matcher.match(typed)
        #expect(m?.ward.code == code, "\(typed)", sourceLocation: sourceLocation)
        #expect(m?.kind == kind, "\(typed)", sourceLocation: sourceLocation)
        #expect(m?.input == typed, sourceLocation: sourceLocation)
    }

    @Test(arguments: wards)
    func everyWardInEveryVariant(ward: Ward) {
        let name = ward.name
        let bare = VietnameseText.removingDiacritics(name)
        expect(name, ward.code, .exact)
        expect(ward.code, ward.code, .code)
        expect(String(Int(ward.code)!), ward.code, .code)
        expect(name.decomposedStringWithCanonicalMapping, ward.code, .exact)
        expect("P. " + name, ward.code, .normalized)
        expect("P." + name, ward.code, .normalized)
        expect("Phường " + name, ward.code, .normalized)
        expect("phường  " + name.uppercased(), ward.code, .normalized)
        expect(name.uppercased(), ward.code, .normalized)
        // Spaces and NBSP are cleaned before anything else.
        expect(" " + name.replacingOccurrences(of: " ", with: "\u{00A0}") + "\u{00A0}", ward.code, .exact)
        // Without diacritics: approximate, unless the schema lists that spelling or there were none.
        let bareKind: WardMatch.Kind = bare == name ? .exact : (name == "Nghĩa Đô" ? .alias : .approximate)
        expect(bare, ward.code, bareKind)
        expect("Phuong " + bare.lowercased(), ward.code, bare == name ? .normalized : (name == "Nghĩa Đô" ? .alias : .approximate))
        if bare != name {
            expect(VietnameseText.encode("Phường " + name, to: .tcvn3), ward.code, .legacyEncoding(.tcvn3))
            expect(VietnameseText.encode(name, to: .vni), ward.code, .legacyEncoding(.vni))
        }
    }

    @Test func toneMarkPlacementVariants() {
        // The schema's alias "Yên Hoà" is the name itself once tone marks are placed canonically.
        expect("Yên Hoà", "00172", .normalized)
        expect("Trung Hoà", "00175", .normalized)
        expect("TRUNG HOÀ", "00175", .normalized)
        expect("P. Trung Hoà", "00175", .normalized)
        expect("Trung Hòa".decomposedStringWithCanonicalMapping, "00175", .exact)
    }

    @Test func approximateMatchesNeedReview() {
        #expect(matcher.match("Trung Hoa")?.needsReview == true)
        #expect(matcher.match("Yên Hóa")?.kind == .approximate)    // a different word, same letters
        #expect(matcher.match("Trung Hòa")?.needsReview == false)
    }

    @Test func unknownAndAmbiguous() {
        #expect(matcher.resolve("Cầu Giấy") == .unknown)
        #expect(matcher.resolve("") == .unknown)
        #expect(matcher.resolve("00999") == .unknown)
        #expect(matcher.resolve("Dịch") == .unknown)
        let twins = WardMatcher(wards: [Ward(name: "Hòa An", code: "00001"), Ward(name: "Hoa An", code: "00002")])
        #expect(twins.match("Hoa An")?.ward.code == "00002")
        if case .ambiguous(let found) = twins.resolve("HOA AN.") {
            Issue.record("unexpected: \(found)")
        }
        guard case .ambiguous(let both) = twins.resolve("Hóa An") else {
            Issue.record("expected ambiguity"); return
        }
        #expect(Set(both.map(\.code)) == ["00001", "00002"])
    }

    /// A country's worth of wards: every one is found by code, by its marker code, by name and
    /// by its spellings through the hashed tables, and a repeated code or name keeps the first.
    @Test func nationalScaleLookups() {
        let count = 10_600
        var wards = (0..<count).map { Ward(name: "Phường Mẫu Hòa \($0)", code: String(format: "%05d", $0 + 1)) }
        wards.append(Ward(name: "Trùng Mã", code: "00007"))
        wards.append(Ward(name: "Phường Mẫu Hòa 5", code: "99999"))
        let big = WardMatcher(wards: wards)
        for i in stride(from: 0, to: count, by: 97) {
            let code = String(format: "%05d", i + 1)
            #expect(big.match(code)?.ward.name == "Phường Mẫu Hòa \(i)")
            #expect(big.match(String(i + 1))?.kind == .code)
            #expect(big.ward(code: code)?.name == "Phường Mẫu Hòa \(i)")
            #expect(big.match("PHƯỜNG MẪU HOÀ \(i)")?.ward.code == code)
        }
        #expect(big.match("00007")?.ward.name == "Phường Mẫu Hòa 6")
        #expect(big.ward(code: "00007")?.name == "Phường Mẫu Hòa 6")
        #expect(big.match("Phường Mẫu Hòa 5")?.ward.code == "00006")
        #expect(big.match("Phường Mẫu Hòa 5")?.kind == .exact)
        #expect(big.ward(code: "0007") == nil)
        #expect(big.match("99998") == nil)
    }
}
