/// Conversions from the writing model's units (characters, points, inches) to ODF lengths.
enum ODSLength {
    /// Pixels at 96 per inch, as the programs lay out Excel's widths.
    private static let centimetresPerPixel = 2.54 / 96

    /// A column width in characters of the default font as centimetres, through the pixels
    /// Excel shows (`ColumnWidth`: 8.43 → 64 px → 1.693 cm, about 0.19 cm per character), so
    /// a width looks the same in both formats.
    static func columnCentimetres(_ characters: Double) -> Double {
        rounded(ColumnWidth.pixels(characters) * centimetresPerPixel)
    }

    /// An indent level: three digits of the default font.
    static func indentCentimetres(_ level: Int) -> Double {
        rounded(Double(level) * 3 * ColumnWidth.digitPixels * centimetresPerPixel)
    }

    /// Thousandths of a centimetre: finer than any screen or printer, and short in the XML.
    static func rounded(_ cm: Double) -> Double {
        (cm * 1000).rounded() / 1000
    }
}
