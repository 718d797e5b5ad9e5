/// Times New Roman, the customary font of official papers (Unicode, TCVN 6909:2001): every
/// cell of every document thidua prints (forms, reports, the consolidated workbook, exports)
/// names it, so no text falls back to the writer's default font (Calibri).
extension CellFont {
    static let officialName = "Times New Roman"

    /// The official font; `size` nil is the workbook's default size (11).
    static func official(_ size: Double? = nil, bold: Bool = false, italic: Bool = false, underline: Bool = false,
                         color: RGBColor? = nil) -> CellFont {
        CellFont(name: officialName, size: size, bold: bold, italic: italic, underline: underline, color: color)
    }
}
