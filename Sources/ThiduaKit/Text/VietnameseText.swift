import Foundation

/// Vietnamese text utilities: normalisation, comparison keys and legacy-encoding repair.
public enum VietnameseText {
    /// Unicode NFC, the form the toolkit stores and compares (macOS input arrives as NFD).
    public static func nfc(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
    }

    /// Every kind of space (NBSP, tabs, line breaks, zero-width) becomes one plain space; trimmed.
    public static func collapsingWhitespace(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Drops every diacritic and maps đ/Đ to d/D: `Nghĩa Đô` → `Nghia Do`.
    public static func removingDiacritics(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "đ": out.append("d")
            case "Đ": out.append("D")
            default:
                if !(0x300...0x36F).contains(scalar.value) { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// Puts tone marks of open `oa`, `oe`, `uy` syllables on the second vowel (`hòa` → `hoà`,
    /// `thủy` → `thuỷ`), so both customary placements compare equal. Returns NFC.
    ///
    /// Only syllables ending in these two vowels differ between the styles: with a final
    /// consonant (`hoàng`) both place the mark on the second vowel already.
    public static func canonicalToneMarks(_ text: String) -> String {
        var scalars = Array(text.decomposedStringWithCanonicalMapping.unicodeScalars)
        var i = 0
        while i + 2 < scalars.count {
            let first = lowerASCII(scalars[i])
            let tone = scalars[i + 1]
            let second = lowerASCII(scalars[i + 2])
            let pair = (first == "o" && (second == "a" || second == "e")) || (first == "u" && second == "y")
            // `oa` after a letter+mark such as `ô` is not the glide pair; neither is a longer vowel run.
            let glideStart = i == 0 || !isVowelLetter(scalars[i - 1])
            if pair, isToneMark(tone), glideStart, syllableEnds(scalars, after: i + 2) {
                scalars.remove(at: i + 1)
                var j = i + 2
                // Keep the tone after any vowel mark of the second vowel (none for a, e, y today).
                while j < scalars.count, isCombining(scalars[j]) { j += 1 }
                scalars.insert(tone, at: j)
                i = j
            }
            i += 1
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return nfc(String(view))
    }

    /// The key two spellings share when they are the same text to a person: NFC, spaces
    /// collapsed, lower case, canonical tone placement.
    public static func matchKey(_ text: String) -> String {
        canonicalToneMarks(collapsingWhitespace(nfc(text)).lowercased())
    }

    /// `matchKey` without diacritics: `Phường Yên Hòa` and `phuong yen hoa` share it.
    public static func looseKey(_ text: String) -> String {
        removingDiacritics(matchKey(text))
    }

    // MARK: Scalar classes

    static func isToneMark(_ s: Unicode.Scalar) -> Bool {
        // grave, acute, tilde, hook above, dot below
        [0x300, 0x301, 0x303, 0x309, 0x323].contains(s.value)
    }

    static func isCombining(_ s: Unicode.Scalar) -> Bool {
        (0x300...0x36F).contains(s.value)
    }

    private static func lowerASCII(_ s: Unicode.Scalar) -> Unicode.Scalar {
        (65...90).contains(s.value) ? Unicode.Scalar(s.value + 32)! : s
    }

    private static func isVowelLetter(_ s: Unicode.Scalar) -> Bool {
        "aeiouyAEIOUY".unicodeScalars.contains(s)
    }

    /// True when no letter follows position `index` (skipping its combining marks).
    private static func syllableEnds(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        var j = index + 1
        while j < scalars.count, isCombining(scalars[j]) { j += 1 }
        return j == scalars.count || !scalars[j].properties.isAlphabetic
    }
}
