import Foundation
import Testing
@testable import ThiduaKit

/// Match keys come from `TextKeyMemo`: the same keys as made afresh, kept by exact bytes,
/// and never more than the memo's bounds.
@Suite("Match keys remembered")
struct TextKeyMemoTests {
    @Test func rememberedKeysAreTheKeysMadeAfresh() {
        var texts = VietnameseTextShortcutTests.samples
        texts += texts.map { $0.decomposedStringWithCanonicalMapping } + texts.map { $0.uppercased() }
        let memo = TextKeyMemo()
        // Twice: made, then remembered; Swift would call an NFD and an NFC text equal, the memo
        // keeps them apart by their bytes and gives each its own (equal) key.
        for _ in 0..<2 {
            for t in texts {
                let key = memo.key(of: t, make: VietnameseText.makeMatchKey)
                #expect(key.utf8.elementsEqual(VietnameseText.makeMatchKey(t).utf8), "\(t.unicodeScalars.map { $0.value })")
                #expect(VietnameseText.matchKey(t).utf8.elementsEqual(key.utf8))
            }
        }
    }

    @Test func aTextIsMadeOnceAndLongTextsAreNotKept() {
        let memo = TextKeyMemo(maxLength: 32, capacity: 8)
        var made = 0
        let count: (String) -> String = { made += 1; return VietnameseText.makeMatchKey($0) }
        _ = memo.key(of: "Tổng cộng", make: count)
        _ = memo.key(of: "Tổng cộng", make: count)
        #expect(made == 1 && memo.count == 1)
        // The same text in NFD is other bytes: made again, kept apart.
        _ = memo.key(of: "Tổng cộng".decomposedStringWithCanonicalMapping, make: count)
        #expect(made == 2 && memo.count == 2)
        let long = String(repeating: "Phường ", count: 4)
        _ = memo.key(of: long, make: count)
        _ = memo.key(of: long, make: count)
        #expect(made == 4 && memo.count == 2)
    }

    @Test func aFullMemoStartsAfresh() {
        let memo = TextKeyMemo(capacity: 8)
        for i in 0..<8 { _ = memo.key(of: "Ô \(i)", make: VietnameseText.makeMatchKey) }
        #expect(memo.count == 8)
        _ = memo.key(of: "Ô 8", make: VietnameseText.makeMatchKey)
        #expect(memo.count == 1)
        for i in 0..<10_000 { _ = memo.key(of: "Dòng \(i)", make: VietnameseText.makeMatchKey) }
        #expect(memo.count <= 8)
    }
}
