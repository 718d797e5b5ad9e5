import Foundation

/// Vietnamese text utilities: normalisation, comparison keys and legacy-encoding repair.
public enum VietnameseText {
    /// Unicode NFC, the form the toolkit stores and compares (macOS input arrives as NFD).
    public static func nfc(_ text: String) -> String {
        // Most text (and all ASCII) is NFC already: Foundation's round trip costs far more than
        // the check, and was the largest part of reading a return.
        if isStableNFC(text) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// Every kind of space (NBSP, tabs, line breaks, zero-width) becomes one plain space; trimmed.
    public static func collapsingWhitespace(_ text: String) -> String {
        hasCleanSpaces(text) ? text : collapsingEverySpace(text)
    }

    /// `collapsingWhitespace` without its shortcut.
    static func collapsingEverySpace(_ text: String) -> String {
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
        // Without a toned `o`/`u` or a combining mark there is no tone to move.
        if isStableNFC(text, orTonedGlide: true) { return text }
        return reorderingToneMarks(text)
    }

    /// `canonicalToneMarks` without its shortcut: decomposes, moves the marks, recomposes.
    static func reorderingToneMarks(_ text: String) -> String {
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
        matchKeys.value(of: text, make: makeMatchKey)
    }

    /// `matchKey` made afresh, without the memo.
    static func makeMatchKey(_ text: String) -> String {
        canonicalToneMarks(collapsingWhitespace(nfc(text)).lowercased())
    }

    /// The process's memo of match keys: returns read in a run, or by a portal, share their form's texts.
    static let matchKeys = TextMemo<String>()

    /// `matchKey` without diacritics: `Phường Yên Hòa` and `phuong yen hoa` share it.
    public static func looseKey(_ text: String) -> String {
        removingDiacritics(matchKey(text))
    }

    // MARK: Shortcuts

    /// True when NFC leaves `text` as it is because every scalar is one that NFC never changes,
    /// alone or next to another of them: below U+0300 (ASCII, Latin-1, Latin Extended-A/B,
    /// IPA, spacing modifiers) or Latin Extended Additional (U+1E00–U+1EFF, the precomposed
    /// Vietnamese letters), and so no combining mark. With `orTonedGlide`, also false where
    /// `canonicalToneMarks` may move a mark: a precomposed `o`/`u` carrying just a tone mark
    /// (`ò`, `ụ`...) followed by a letter `a`, `e`, `y` or any non-ASCII scalar. (The scalar
    /// classes were checked, singly and in pairs, against Python's `unicodedata`; false only
    /// means "take the general path".)
    static func isStableNFC(_ text: String, orTonedGlide: Bool = false) -> Bool {
        var afterTonedVowel = false
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            if byte < 0x80 {
                if afterTonedVowel {
                    switch byte | 0x20 {
                    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "y"): return false
                    default: afterTonedVowel = false
                    }
                }
                continue
            }
            if afterTonedVowel { return false }
            // Leading bytes C2–CB start U+0080–U+02FF; E1 B8–BB starts U+1E00–U+1EFF.
            if byte < 0xCC {
                guard let second = utf8.next() else { return false }
                if orTonedGlide {
                    afterTonedVowel = isTonedGlideVowel((UInt32(byte & 0x1F) << 6) | UInt32(second & 0x3F))
                }
                continue
            }
            guard byte == 0xE1, let second = utf8.next(), (0xB8...0xBB).contains(second),
                  let third = utf8.next() else { return false }
            if orTonedGlide {
                afterTonedVowel = isTonedGlideVowel(0x1000 | (UInt32(second & 0x3F) << 6) | UInt32(third & 0x3F))
            }
        }
        return true
    }

    /// `ò ó õ ỏ ọ ù ú ũ ủ ụ` and their capitals: NFD `o`/`u` followed by only a tone mark.
    private static func isTonedGlideVowel(_ v: UInt32) -> Bool {
        switch v {
        case 0xD2, 0xD3, 0xD5, 0xD9, 0xDA, 0xF2, 0xF3, 0xF5, 0xF9, 0xFA, 0x168, 0x169,
             0x1ECC...0x1ECF, 0x1EE4...0x1EE7: true
        default: false
        }
    }

    /// Whether `key` occurs in `text`, as Foundation's `contains` finds it; a byte search when
    /// both are free of combining marks (each scalar is then a whole character).
    static func contains(_ text: String, _ key: String) -> Bool {
        guard isStableNFC(text), isStableNFC(key) else { return text.contains(key) }
        if key.isEmpty { return text.contains(key) }
        var text = text, key = key
        // Searched in place: copying both into arrays cost more than the search.
        return text.withUTF8 { t in key.withUTF8 { t.containsBytes($0) } }
    }

    /// True when `collapsingWhitespace` has nothing to do: no space at either end, no two in a
    /// row, and no space but U+0020 (every other White_Space scalar, U+200B and U+FEFF are
    /// sent to the general path, as is every control character).
    static func hasCleanSpaces(_ text: String) -> Bool {
        var previousSpace = true
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 0x20 {
                if previousSpace { return false }
                previousSpace = true
                continue
            }
            previousSpace = false
            if v < 0x20 || v == 0x85 || v == 0xA0 || v == 0x1680 || (0x2000...0x200B).contains(v)
                || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F || v == 0x3000 || v == 0xFEFF {
                return false
            }
        }
        return !previousSpace || text.isEmpty
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
