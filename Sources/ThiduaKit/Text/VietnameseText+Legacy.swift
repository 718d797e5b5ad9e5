/// Legacy-encoding repair: text typed with TCVN3 (`.VnTime`) or VNI fonts.
extension VietnameseText {
    /// The legacy encoding `text` is written in, or nil for Unicode, English or anything unsure.
    ///
    /// Fires only on strong evidence: the text has no letter beyond Latin-1 (Unicode Vietnamese
    /// nearly always has one: ư ơ đ ạ …); decoding changes at least two letters; of the words
    /// that matter (those decoding changes, and those holding a Latin-1 letter it leaves alone)
    /// at least 90 % become plausible Vietnamese syllables, with no VNI diacritic byte left
    /// without a base letter; and more of them are plausible after decoding than before, which
    /// is what keeps Latin-1-only Unicode (`Yên Hoà`) and French or German text out. When both encodings qualify equally, nothing is detected. A single
    /// legacy letter (`Mai DÞch`) is too little evidence: decode explicitly when the context
    /// says so (a ward name that matches nothing, a font named `.VnTime` in the file).
    public static func detectLegacyEncoding(_ text: String) -> LegacyEncoding? {
        LegacyCodec.detect(text)
    }

    /// Converts legacy text to Unicode (NFC). TCVN3 capitals typed with `.VnTimeH` are
    /// restored for words in capitals; a lone capital with a tone (`Ủy`) comes back small.
    public static func decode(_ text: String, from encoding: LegacyEncoding) -> String {
        nfc(LegacyCodec.decode(text, from: encoding).text)
    }

    /// Writes Unicode text the way a legacy font would store it (for tests and fixtures).
    public static func encode(_ text: String, to encoding: LegacyEncoding) -> String {
        LegacyCodec.encode(text, to: encoding)
    }

    /// The text converted to Unicode when it is detected as legacy, else unchanged (NFC).
    public static func repairingLegacyEncoding(_ text: String) -> (text: String, encoding: LegacyEncoding?) {
        guard let encoding = detectLegacyEncoding(text) else { return (nfc(text), nil) }
        return (decode(text, from: encoding), encoding)
    }

    /// Whether a single word is shaped like a Vietnamese syllable (`nghiêng` yes, `nghiêg` no).
    public static func isPlausibleSyllable(_ word: String) -> Bool {
        VietnameseSyllable.isPlausible(word)
    }
}
