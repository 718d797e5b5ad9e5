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
            let perLine = max(width * 1.05, 1)
            var n = 0
            for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
                n += max(1, Int((Double(part.count) / perLine).rounded(.up)))
            }
            lines = max(lines, n)
        }
        return lines > 1 ? Double(lines) * line + 2 : nil
    }
}
