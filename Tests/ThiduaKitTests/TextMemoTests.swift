import Foundation
import Testing
@testable import ThiduaKit

/// Match keys come from `TextMemo`: the same keys as made afresh, kept by exact bytes,
/// and never more than the memo's bounds.
@Suite("Match keys remembered")
struct TextKeyMemoTests {
    @Test func rememberedKeysAreTheKeysMadeAfresh() {
        var texts = VietnameseTextShortcutTests.samples
        texts += texts.map { $0.decomposedStringWithCanonicalMapping } + texts.map { $0.uppercased() }
        let memo = TextMemo<String>()
        // Twice: made, then remembered; Swift would call an NFD and an NFC text equal, the memo
        // keeps them apart by their bytes and gives each its own (equal) key.
        for _ in 0..<2 {
            for t in texts {
                let key = memo.value(of: t, make: VietnameseText.makeMatchKey)
                #expect(key.utf8.elementsEqual(VietnameseText.makeMatchKey(t).utf8), "\(t.unicodeScalars.map { $0.value })")
                #expect(VietnameseText.matchKey(t).utf8.elementsEqual(key.utf8))
            }
        }
    }

    @Test func aTextIsMadeOnceAndLongTextsAreNotKept() {
        let memo = TextMemo<String>(maxLength: 32, capacity: 8)
        var made = 0
        let count: (String) -> String = { made += 1; return VietnameseText.makeMatchKey($0) }
        _ = memo.value(of: "Tổng cộng", make: count)
        _ = memo.value(of: "Tổng cộng", make: count)
        #expect(made == 1 && memo.count == 1)
        // The same text in NFD is other bytes: made again, kept apart.
        _ = memo.value(of: "Tổng cộng".decomposedStringWithCanonicalMapping, make: count)
        #expect(made == 2 && memo.count == 2)
        let long = String(repeating: "Phường ", count: 4)
        _ = memo.value(of: long, make: count)
        _ = memo.value(of: long, make: count)
        #expect(made == 4 && memo.count == 2)
    }

    @Test func aFullMemoStartsAfresh() {
        let memo = TextMemo<String>(capacity: 8)
        for i in 0..<8 { _ = memo.value(of: "Ô \(i)", make: VietnameseText.makeMatchKey) }
        #expect(memo.count == 8)
        _ = memo.value(of: "Ô 8", make: VietnameseText.makeMatchKey)
        #expect(memo.count == 1)
        for i in 0..<10_000 { _ = memo.value(of: "Dòng \(i)", make: VietnameseText.makeMatchKey) }
        #expect(memo.count <= 8)
    }

    @Test func theFormsOwnKeysAreRememberedAsTheyAreFound() {
        // What ReturnContext keeps per schema: whether a key is the form's own text.
        let areas: Set<String> = ["phát triển kinh tế", "văn hoá - xã hội"]
        let memo = TextMemo<Bool>(capacity: 8)
        let keys = ["ii", "i. phát triển kinh tế", "cộng i", "tổng cộng", "ghi chú:", "chủ tịch", "nghĩa đô 1", "55000", "", "(ký, ghi rõ họ tên)"]
        for _ in 0..<2 {
            for k in keys {
                #expect(memo.value(of: k) { ReturnContext.isFormKey($0, areaNames: areas) } == ReturnContext.isFormKey(k, areaNames: areas), "\(k)")
            }
        }
        #expect(ReturnContext.isFormKey("cộng i", areaNames: areas) && !ReturnContext.isFormKey("nghĩa đô 1", areaNames: areas))
    }
}
