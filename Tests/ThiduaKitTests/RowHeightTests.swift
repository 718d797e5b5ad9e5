import Testing
@testable import ThiduaKit

/// `RowHeight.lineCount` counts ASCII on bytes and everything else on characters: the two
/// must agree wherever both apply.
@Suite("Row heights for wrapped text")
struct RowHeightTests {
    /// The general path, on characters, as the reports always measured.
    static func characterLines(_ text: String, perLine: Double) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .reduce(0) { $0 + max(1, Int((Double($1.count) / perLine).rounded(.up))) }
    }

    @Test func asciiCountsAsCharactersDo() {
        let texts = ["", "a", "\n", "\n\n", "returns/00160-bao-cao-2018.xlsx", String(repeating: "x", count: 100),
                     "a\nb", "line one\n" + String(repeating: "y", count: 61) + "\n", "trailing\n",
                     "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"]
        for text in texts {
            for perLine in [1.0, 8.4, 12.6, 50.4, 73.5] {
                #expect(RowHeight.lineCount(text, perLine: perLine) == Self.characterLines(text, perLine: perLine),
                        "\(text.debugDescription) at \(perLine)")
            }
        }
    }

    /// The provenance sheet sizes a row from its file's lines, counted once per ward, and its
    /// value's: the height `fitting` gives for the two texts.
    @Test func linesOfEachTextGiveTheHeightOfThem() {
        let texts = ["", "short", String(repeating: "w", count: 75), "returns/00160-bao-cao-2018.xlsx",
                     "a\nb\nc", "Báo cáo kết quả thi đua phường Yên Hòa " + String(repeating: "ơ", count: 40)]
        for a in texts {
            for b in texts {
                let lines = max(1, RowHeight.lines(a, width: 48), RowHeight.lines(b, width: 16))
                #expect(RowHeight.height(lines: lines) == RowHeight.fitting([(a, 48), (b, 16)]))
            }
        }
    }

    @Test func vietnameseAndCRLFAreCountedByCharacter() {
        // 38 characters, 50 bytes: counted by bytes it would take two lines of 40.
        let name = "Báo cáo kết quả thi đua phường Yên Hòa"
        #expect(RowHeight.lineCount(name, perLine: 40) == 1)
        #expect(RowHeight.lineCount("ab\r\ncd", perLine: 5) == 1)
        #expect(RowHeight.fitting([(String(repeating: "z", count: 30), 10)]) == 3 * RowHeight.line + 2)
        #expect(RowHeight.fitting([("short", 10)]) == nil)
    }
}
