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
        // The odd spaces are all beyond ASCII: ASCII text (most numbers) skips the walk over
        // its characters, which cost ~15,000 instructions a cell.
        let oddSpace = text.utf8.contains { $0 >= 0x80 } && text.contains { oddSpaces.contains($0) }
        if oddSpace || text.first?.isWhitespace == true || text.last?.isWhitespace == true {
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
}
