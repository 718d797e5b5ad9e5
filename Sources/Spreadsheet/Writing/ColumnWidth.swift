/// Column widths as the programs lay them out, shared by the writers so a width given in
/// characters looks the same in every format.
enum ColumnWidth {
    /// The width of a digit of the default font (Calibri 11) in pixels at 96 per inch.
    static let digitPixels = 7.0

    /// Excel's rule: whole pixels of digits plus 5 px of padding (below one character, the
    /// padding shrinks with the width).
    static func pixels(_ characters: Double) -> Double {
        guard characters > 0 else { return 0 }
        return characters < 1 ? (characters * (digitPixels + 5)).rounded() : (characters * digitPixels).rounded() + 5
    }
}
