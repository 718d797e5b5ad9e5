import Foundation

/// VNI-Windows code table, built from its regular structure rather than typed letter by letter.
///
/// A letter is a base (`a e o u y`, or the single bytes `ô`=ơ, `ö`=ư) followed by one byte
/// that carries its vowel mark and tone together. `i` with a tone, `đ`, `ơ`, `ư` are single
/// bytes. Capitals use the capital base and the capital (byte − 0x20) of the same diacritic byte.
enum VNITable {
    /// Tone marks in order: grave, acute, hook above, tilde, dot below (the combining scalars).
    private static let tones: [Unicode.Scalar] = ["\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"]
    /// Diacritic bytes for a bare tone, a circumflex (+ tone) and a breve (+ tone); index 0 is "no tone".
    private static let toneBytes: [UInt8] = [0xF8, 0xF9, 0xFB, 0xF5, 0xEF]
    private static let circumflexBytes: [UInt8] = [0xE2, 0xE0, 0xE1, 0xE5, 0xE3, 0xE4]
    private static let breveBytes: [UInt8] = [0xEA, 0xE8, 0xE9, 0xFA, 0xFC, 0xEB]
    /// `ỵ` uses its own dot-below byte.
    private static let yDotBelow: UInt8 = 0xEE

    /// Letters written as one byte: ơ ư đ and the five toned i.
    static let singles: [(UInt8, Character)] = [
        (0xF4, "ơ"), (0xF6, "ư"), (0xF1, "đ"),
        (0xEC, "ì"), (0xED, "í"), (0xE6, "ỉ"), (0xF3, "ĩ"), (0xF2, "ị"),
    ]

    /// Every Vietnamese letter with a diacritic → its VNI spelling (one or two Latin-1 characters).
    static let encoding: [Character: String] = {
        var map: [Character: String] = [:]
        func add(_ letter: String, _ latin: [UInt8]) {
            let lower = Character(letter.precomposedStringWithCanonicalMapping)
            map[lower] = String(String.UnicodeScalarView(latin.map { Unicode.Scalar($0) }))
            // Capitals: ASCII and Latin-1 both put a letter's capital 0x20 below it.
            let upperLatin = latin.map { $0 - 0x20 }
            map[Character(letter.uppercased().precomposedStringWithCanonicalMapping)] =
                String(String.UnicodeScalarView(upperLatin.map { Unicode.Scalar($0) }))
        }
        for (byte, letter) in singles { add(String(letter), [byte]) }
        let ơ = UInt8(0xF4), ư = UInt8(0xF6)
        for (t, tone) in tones.enumerated() {
            let mark = String(tone)
            for base in ["a", "e", "o", "u"] { add(base + mark, [base.utf8.first!, toneBytes[t]]) }
            add("y" + mark, [UInt8(ascii: "y"), t == 4 ? yDotBelow : toneBytes[t]])
            add("ơ" + mark, [ơ, toneBytes[t]])
            add("ư" + mark, [ư, toneBytes[t]])
        }
        for base in ["a", "e", "o"] {
            for t in 0...5 {
                let mark = "\u{302}" + (t == 0 ? "" : String(tones[t - 1]))
                add(base + mark, [base.utf8.first!, circumflexBytes[t]])
            }
        }
        for t in 0...5 {
            let mark = "\u{306}" + (t == 0 ? "" : String(tones[t - 1]))
            add("a" + mark, [UInt8(ascii: "a"), breveBytes[t]])
        }
        return map
    }()

    /// VNI spelling → letter, for decoding.
    static let decoding: [String: Character] = Dictionary(uniqueKeysWithValues: encoding.map { ($0.value, $0.key) })

    /// Bytes that only make sense after a base letter; alone they betray non-VNI text.
    static let diacriticBytes: Set<Unicode.Scalar> = {
        let lower = Set(toneBytes + circumflexBytes + breveBytes + [yDotBelow])
        return Set((lower.union(lower.map { $0 - 0x20 })).map { Unicode.Scalar($0) })
    }()
}
