/// Conversions from the writing model's units (characters, points, inches) to ODF lengths.
enum ODSLength {
    /// Pixels at 96 per inch, as the programs lay out Excel's widths.
    private static let centimetresPerPixel = 2.54 / 96

    /// A column width in characters of the default font as centimetres, by Excel's rule:
    /// 7 px per character of Calibri 11 plus 5 px of padding (8.43 → 64 px → 1.693 cm,
    /// about 0.19 cm per character), so a width looks the same in both formats.
    static func columnCentimetres(_ characters: Double) -> Double {
        let pixels = characters < 1 ? (characters * 12).rounded() : (characters * 7).rounded() + 5
        return rounded(pixels * centimetresPerPixel)
    }

    /// An indent level: three characters of 7 px.
    static func indentCentimetres(_ level: Int) -> Double {
        rounded(Double(level * 21) * centimetresPerPixel)
    }

    /// Thousandths of a centimetre: finer than any screen or printer, and short in the XML.
    static func rounded(_ cm: Double) -> Double {
        (cm * 1000).rounded() / 1000
    }
}
