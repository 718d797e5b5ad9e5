/// TCVN 5712:1993 VN3 ("ABC") code table: byte (seen as the Latin-1 character) → letter.
///
/// The standard gives all 67 lower-case letters with diacritics and only 7 capitals
/// (Ă Â Ê Ô Ơ Ư Đ); other capitals are typed with `.VnTimeH`, whose glyphs are capitals on
/// the same lower-case bytes. The combining tone bytes B0–B4 are left alone: in Latin-1 text
/// they read as `°±²³´`, which ordinary text uses.
enum TCVN3Table {
    static let pairs: [(UInt8, Character)] = [
        (0xA1, "Ă"), (0xA2, "Â"), (0xA3, "Ê"), (0xA4, "Ô"), (0xA5, "Ơ"), (0xA6, "Ư"), (0xA7, "Đ"),
        (0xA8, "ă"), (0xA9, "â"), (0xAA, "ê"), (0xAB, "ô"), (0xAC, "ơ"), (0xAD, "ư"), (0xAE, "đ"),
        (0xB5, "à"), (0xB6, "ả"), (0xB7, "ã"), (0xB8, "á"), (0xB9, "ạ"),
        (0xBB, "ằ"), (0xBC, "ẳ"), (0xBD, "ẵ"), (0xBE, "ắ"), (0xC6, "ặ"),
        (0xC7, "ầ"), (0xC8, "ẩ"), (0xC9, "ẫ"), (0xCA, "ấ"), (0xCB, "ậ"),
        (0xCC, "è"), (0xCE, "ẻ"), (0xCF, "ẽ"), (0xD0, "é"), (0xD1, "ẹ"),
        (0xD2, "ề"), (0xD3, "ể"), (0xD4, "ễ"), (0xD5, "ế"), (0xD6, "ệ"),
        (0xD7, "ì"), (0xD8, "ỉ"), (0xDC, "ĩ"), (0xDD, "í"), (0xDE, "ị"),
        (0xDF, "ò"), (0xE1, "ỏ"), (0xE2, "õ"), (0xE3, "ó"), (0xE4, "ọ"),
        (0xE5, "ồ"), (0xE6, "ổ"), (0xE7, "ỗ"), (0xE8, "ố"), (0xE9, "ộ"),
        (0xEA, "ờ"), (0xEB, "ở"), (0xEC, "ỡ"), (0xED, "ớ"), (0xEE, "ợ"),
        (0xEF, "ù"), (0xF1, "ủ"), (0xF2, "ũ"), (0xF3, "ú"), (0xF4, "ụ"),
        (0xF5, "ừ"), (0xF6, "ử"), (0xF7, "ữ"), (0xF8, "ứ"), (0xF9, "ự"),
        (0xFA, "ỳ"), (0xFB, "ỷ"), (0xFC, "ỹ"), (0xFD, "ý"), (0xFE, "ỵ"),
    ]

    /// Latin-1 character → Vietnamese letter.
    static let decoding: [Unicode.Scalar: Character] = Dictionary(uniqueKeysWithValues:
        pairs.map { (Unicode.Scalar($0.0), $0.1) })

    /// Vietnamese letter → Latin-1 character; capitals without a code use the lower-case byte.
    static let encoding: [Character: Unicode.Scalar] = {
        var map: [Character: Unicode.Scalar] = [:]
        for (byte, letter) in pairs { map[letter] = Unicode.Scalar(byte) }
        for (byte, letter) in pairs {
            let upper = Character(letter.uppercased())
            if map[upper] == nil { map[upper] = Unicode.Scalar(byte) }
        }
        return map
    }()
}
