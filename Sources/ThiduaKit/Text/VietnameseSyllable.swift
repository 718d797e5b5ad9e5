import Foundation

/// A structural check of Vietnamese syllables: initial consonant + vowel cluster + final
/// consonant, at most one tone. It accepts some syllables no one says (`bơnh` is refused,
/// `bơn` is not), which is enough to tell text from encoding debris.
enum VietnameseSyllable {
    private static let initials = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
                                   "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""]
    private static let finals = ["ng", "nh", "ch", "c", "m", "n", "p", "t", ""]
    private static let nuclei: Set<String> = [
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo",
        "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ưu", "ươ", "yê",
        "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu",
    ]
    private static let vowelMarks: Set<UInt32> = [0x302, 0x306, 0x31B]

    /// Whether a word (one syllable, any case) is shaped like Vietnamese.
    static func isPlausible(_ word: some StringProtocol) -> Bool {
        var base = String.UnicodeScalarView()
        var tones = 0
        for s in String(word).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if VietnameseText.isToneMark(s) {
                tones += 1
            } else if ("a"..."z").contains(s) || s == "đ" || vowelMarks.contains(s.value) {
                base.append(s)
            } else {
                return false
            }
        }
        guard tones <= 1 else { return false }
        let letters = String(base).precomposedStringWithCanonicalMapping
        for initial in initials where letters.hasPrefix(initial) {
            let rest = letters.dropFirst(initial.count)
            for final in finals where rest.hasSuffix(final) {
                let nucleus = String(rest.dropLast(final.count))
                guard nuclei.contains(nucleus), let last = nucleus.last else { continue }
                // `-nh`/`-ch` follow only a, ê, i, y; ă and â never end a syllable.
                if (final == "nh" || final == "ch") && !"aêiy".contains(last) { continue }
                if final.isEmpty && (last == "ă" || last == "â") { continue }
                return true
            }
        }
        return false
    }
}
