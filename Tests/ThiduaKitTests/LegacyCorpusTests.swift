import Foundation
import Testing
@testable import ThiduaKit

/// Every Vietnamese phrase of the 2018 schema as a corpus: Unicode stays alone, legacy is found.
@Suite("Legacy detection on the 2018 schema's texts")
struct LegacyCorpusTests {
    static let phrases: [String] = {
        guard let sheets = try? TestCSV.sheets(inDirectory: PackagePaths.schema2018CSV),
              let schema = try? CriteriaSchema.load(sheets: sheets, fileName: "csv") else { return [] }
        return schema.criteria.map(\.name) + schema.criteria.map(\.notes).filter { !$0.isEmpty }
            + schema.keyTasks.map(\.name) + schema.areas.map(\.name) + [schema.settings.title]
            + schema.rules.map(\.message.vi)
    }()

    @Test func corpusIsThere() { #expect(Self.phrases.count > 70) }

    /// What lets the detector pass over a text with fewer than two scalars beyond ASCII: each
    /// letter a decoding changes consumes at least one.
    @Test func everyKeyHoldsANonASCIIScalar() {
        #expect(TCVN3Table.decoding.keys.allSatisfy { $0.value >= 0x80 })
        #expect(VNITable.decoding.keys.allSatisfy { key in
            key.unicodeScalars.contains { $0.value >= 0x80 } || VNITable.decoding[key] == Character(key)
        })
    }

    @Test func oneLegacyLetterIsNotEnough() {
        for encoding in LegacyEncoding.allCases {
            for word in ["Có", "Không", "Tổ", "Số", "Hà"] {
                let legacy = VietnameseText.encode(word, to: encoding)
                #expect(VietnameseText.detectLegacyEncoding(legacy) == nil, "\(word) → \(legacy)")
            }
        }
    }

    @Test func unicodeIsNeverDetected() {
        for phrase in Self.phrases {
            #expect(VietnameseText.detectLegacyEncoding(phrase) == nil, "\(phrase)")
            #expect(VietnameseText.detectLegacyEncoding(phrase.uppercased()) == nil, "\(phrase)")
        }
    }

    @Test(arguments: LegacyEncoding.allCases)
    func encodedPhrasesAreDetectedAndDecoded(encoding: LegacyEncoding) {
        for phrase in Self.phrases {
            let legacy = VietnameseText.encode(phrase, to: encoding)
            // Detection needs two or more legacy letters (formulas such as `CC03 / CC02` have none).
            let letters = phrase.filter { VietnameseText.encode(String($0), to: encoding) != String($0) }.count
            guard letters >= 2 else { continue }
            #expect(VietnameseText.detectLegacyEncoding(legacy) == encoding, "\(phrase) → \(legacy)")
            let decoded = VietnameseText.repairingLegacyEncoding(legacy).text
            if encoding == .vni {
                #expect(decoded == phrase)
            } else if phrase.unicodeScalars.contains(where: { TCVN3Table.decoding[$0] != nil }) {
                // A Latin-1 sign on a TCVN3 code point (`×` is the byte of `ì`) cannot survive.
                continue
            } else {
                #expect(decoded.lowercased() == phrase.lowercased(), "\(phrase)")
            }
        }
    }
}
