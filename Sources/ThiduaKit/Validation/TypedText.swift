import Foundation

/// Cleans what people type into text cells, saying what it changed: decomposed (NFD)
/// Unicode, text typed in the legacy TCVN3 (ABC) or VNI encodings, and stray spaces.
enum TypedText {
    static let oddSpaces: Set<Character> = ["\u{00A0}", "\u{202F}", "\u{2007}", "\u{2009}", "\u{3000}"]

    /// The cleaned text and the notes about it.
    static func clean(_ raw: String) -> (text: String, notes: [InputNote]) {
        var notes: [InputNote] = []
        var text = raw
        let composed = VietnameseText.nfc(text)
        if composed.unicodeScalars.count != text.unicodeScalars.count || composed != text {
            if !text.unicodeScalars.elementsEqual(composed.unicodeScalars) {
                notes.append(InputNote(.warning, .inputDecomposed,
                    vi: "Chữ được gõ ở dạng tổ hợp (NFD); đã chuyển sang dạng dựng sẵn (NFC).",
                    en: "The text is in decomposed Unicode (NFD); it was converted to composed form (NFC)."))
            }
            text = composed
        }
        let (repaired, encoding) = VietnameseText.repairingLegacyEncoding(text)
        if let encoding {
            let name = encoding == .tcvn3 ? "TCVN3 (ABC, phông .VnTime)" : "VNI (phông VNI-Times)"
            notes.append(InputNote(.warning, .inputLegacyEncoding,
                vi: "Chữ được gõ bằng bảng mã cũ \(name): \"\(text)\" đã được chuyển thành \"\(repaired)\". Hãy gõ lại bằng Unicode.",
                en: "The text was typed in the legacy \(name) encoding: \"\(text)\" was converted to \"\(repaired)\". Please retype it in Unicode."))
            text = repaired
        }
        if mayHaveStraySpaces(text),
           text.contains(where: { oddSpaces.contains($0) }) || text.first?.isWhitespace == true || text.last?.isWhitespace == true {
            let trimmed = String(text.map { oddSpaces.contains($0) ? " " : $0 }).trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed != text {
                notes.append(InputNote(.warning, .inputSpaces,
                    vi: "Ô có dấu cách thừa hoặc dấu cách không ngắt; đã bỏ đi.",
                    en: "The cell has extra or non-breaking spaces; they were removed."))
                text = trimmed
            }
        }
        return (text, notes)
    }

    /// False only where the check by characters above finds no stray space, without walking
    /// grapheme clusters (~15,000 instructions a cell): no odd-space scalar anywhere (a
    /// character equal to one is that scalar alone), and a letter or digit at each end (the
    /// first character then starts with it; the last starts with it or with a Prepend scalar,
    /// and none of these is white space).
    static func mayHaveStraySpaces(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard isPlainLetter(scalars.first), isPlainLetter(scalars.last) else { return true }
        return scalars.contains { oddSpaceScalars.contains($0.value) }
    }

    /// `oddSpaces` as scalar values (each of those characters is one scalar).
    private static let oddSpaceScalars = Set(oddSpaces.flatMap { $0.unicodeScalars.map(\.value) })

    /// ASCII letters and digits and the Latin letters Vietnamese is written with: each a
    /// grapheme cluster's base (Grapheme_Cluster_Break Other), none white space.
    private static func isPlainLetter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let v = scalar?.value else { return false }
        switch v {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x1E00...0x1EFF: return true
        case 0xC0...0x24F: return v != 0xD7 && v != 0xF7
        default: return false
        }
    }
}
