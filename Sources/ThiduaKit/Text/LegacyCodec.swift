import Foundation

/// Conversion between Unicode and the legacy encodings, and the detector that decides
/// whether a text is legacy at all.
enum LegacyCodec {
    // MARK: Decoding

    /// The decoded text and how many letters changed.
    static func decode(_ text: String, from encoding: LegacyEncoding) -> (text: String, changed: Int, orphans: Int) {
        switch encoding {
        case .tcvn3: return decodeTCVN3(text)
        case .vni: return decodeVNI(text)
        }
    }

    private static func decodeTCVN3(_ text: String) -> (text: String, changed: Int, orphans: Int) {
        var out = ""
        var changed = 0
        for s in text.unicodeScalars {
            if let letter = TCVN3Table.decoding[s] {
                out.append(letter)
                changed += 1
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return (restoringCapitals(out, from: text), changed, 0)
    }

    /// `.VnTimeH` capitals arrive as lower-case letters. A text whose ASCII letters are all
    /// capitals was typed in capitals, and so was a word with two or more ASCII capitals and
    /// no ASCII small letter; anything less is left as decoded.
    private static func restoringCapitals(_ decoded: String, from original: String) -> String {
        func asciiCase(_ s: some StringProtocol) -> (upper: Int, lower: Int) {
            s.unicodeScalars.reduce(into: (0, 0)) { r, c in
                if ("A"..."Z").contains(c) { r.0 += 1 } else if ("a"..."z").contains(c) { r.1 += 1 }
            }
        }
        let whole = asciiCase(original)
        if whole.upper >= 2 && whole.lower == 0 { return decoded.uppercased() }
        return decoded.split(separator: " ", omittingEmptySubsequences: false).map { word in
            let c = asciiCase(word)
            return c.upper >= 2 && c.lower == 0 ? word.uppercased() : String(word)
        }.joined(separator: " ")
    }

    private static func decodeVNI(_ text: String) -> (text: String, changed: Int, orphans: Int) {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var changed = 0, orphans = 0
        var i = 0
        while i < scalars.count {
            if i + 1 < scalars.count,
               let letter = VNITable.decoding[String(String.UnicodeScalarView([scalars[i], scalars[i + 1]]))] {
                out.append(letter)
                changed += 1
                i += 2
                continue
            }
            let s = scalars[i]
            if let letter = VNITable.decoding[String(s)] {
                out.append(letter)
                if String(letter) != String(s) { changed += 1 }
            } else {
                if VNITable.diacriticBytes.contains(s) { orphans += 1 }
                out.unicodeScalars.append(s)
            }
            i += 1
        }
        return (out, changed, orphans)
    }

    // MARK: Encoding

    static func encode(_ text: String, to encoding: LegacyEncoding) -> String {
        var out = ""
        for ch in VietnameseText.nfc(text) {
            switch encoding {
            case .tcvn3:
                if let s = TCVN3Table.encoding[ch] { out.unicodeScalars.append(s) } else { out.append(ch) }
            case .vni:
                out += VNITable.encoding[ch] ?? String(ch)
            }
        }
        return out
    }

    // MARK: Detection

    /// Decides whether `text` is legacy-encoded. See `VietnameseText.detectLegacyEncoding`.
    static func detect(_ text: String) -> LegacyEncoding? {
        // Only words with a scalar beyond ASCII can be legacy-encoded: plain ASCII (numbers,
        // codes) skips the costly split into words below.
        // Nor can a text with fewer than two such scalars meet the test below (`changed >= 2`):
        // every decoding key holds one (`LegacyCorpusTests.everyKeyHoldsANonASCIIScalar`), so
        // "Có" or "Không", the commonest answers, skip it too.
        var beyondASCII = 0
        for s in text.unicodeScalars where s.value >= 0x80 {
            beyondASCII += 1
            if beyondASCII >= 2 { break }
        }
        if beyondASCII < 2 { return nil }
        // Letters beyond Latin-1 mean the text is already Unicode (Vietnamese or another script).
        if text.unicodeScalars.contains(where: { $0.value > 0xFF && ($0.properties.isAlphabetic || VietnameseText.isCombining($0)) }) {
            return nil
        }
        let allWords = text.split { $0.isWhitespace || ($0.isASCII && !$0.isLetter) }
            .filter { $0.unicodeScalars.contains { $0.value > 0x7F } }
        guard !allWords.isEmpty else { return nil }

        var best: (encoding: LegacyEncoding, score: Int)?
        var tie = false
        for encoding in LegacyEncoding.allCases {
            // Words that matter: those the encoding would change, and those with a Latin-1
            // letter it leaves alone (counter-evidence); a lone `×` or `°` says nothing.
            var words: [(word: Substring, decoded: (text: String, changed: Int, orphans: Int))] = []
            for word in allWords {
                let d = decode(String(word), from: encoding)
                if d.changed > 0 || d.orphans > 0 || word.unicodeScalars.contains(where: { $0.value > 0x7F && $0.properties.isAlphabetic }) {
                    words.append((word, d))
                }
            }
            guard !words.isEmpty else { continue }
            let plainScore = words.filter { VietnameseSyllable.isPlausible($0.word) }.count
            var changed = 0
            var score = 0
            var broken = 0
            for (_, d) in words {
                changed += d.changed
                let plausible = d.orphans == 0 && VietnameseSyllable.isPlausible(d.text)
                if plausible { score += 1 } else if d.changed > 0 { broken += 1 }
            }
            // Strong evidence only: several letters converted, almost every converted word a
            // Vietnamese syllable, and more such words than the text had to begin with.
            guard changed >= 2, score > plainScore, score * 10 >= words.count * 9, broken * 10 <= words.count else { continue }
            if let current = best, current.score >= score {
                tie = tie || current.score == score
                continue
            }
            best = (encoding, score)
            tie = false
        }
        return tie ? nil : best?.encoding
    }
}
