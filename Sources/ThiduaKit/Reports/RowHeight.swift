/// Row heights for wrapped text: programs do not grow a row written with a height of its own,
/// nor reliably one written without, so a printed row holding wrapped text would overlap
/// its neighbours.
enum RowHeight {
    /// Points per line of 11 pt text.
    static let line = 15.0

    /// The height a row needs for its texts, each with its column's width in characters;
    /// nil when every text fits on one line (the program's default height).
    static func fitting(_ texts: [(String, Double)]) -> Double? {
        var lines = 1
        for (text, width) in texts {
            lines = max(lines, self.lines(text, width: width))
        }
        return height(lines: lines)
    }

    /// Lines `text` takes in a column `width` characters wide.
    static func lines(_ text: String, width: Double) -> Int { lineCount(text, perLine: max(width * 1.05, 1)) }

    /// The height of a row of `lines` lines; nil for one (the program's default height).
    static func height(lines: Int) -> Double? { lines > 1 ? Double(lines) * line + 2 : nil }

    /// Lines `text` takes, each of its own lines wrapped at `perLine` characters.
    static func lineCount(_ text: String, perLine: Double) -> Int {
        func wrapped(_ characters: Int) -> Int { max(1, Int((Double(characters) / perLine).rounded(.up))) }
        // ASCII without CR (file names, codes, hashes: most of what the reports hold): a byte
        // is a character, and counting bytes spares the walk over grapheme clusters, which
        // cost a sixth of writing the provenance sheet. (CR LF is one character: general path.)
        var text = text
        let ascii: Int? = text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            var n = 0, run = 0
            for byte in bytes {
                if byte == 0x0A {
                    n += wrapped(run)
                    run = 0
                } else {
                    run += 1
                }
            }
            return n + wrapped(run)
        }
        if let ascii { return ascii }
        var n = 0
        for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
            n += wrapped(part.count)
        }
        return n
    }
}
