import SheetNative

/// Formula text as the model keeps it: without the `of:=` (OpenFormula) or `=` prefix,
/// the rest as stored. Formulas in another namespace (`msoxl:=…`) keep their prefix, so
/// their syntax stays recognisable.
enum ODSFormulaText {
    static func strip(_ raw: XMLBytes) -> String { strip(raw.attributeString) }

    static func strip(_ text: String) -> String {
        if text.hasPrefix("of:=") { return String(text.dropFirst(4)) }
        if text.hasPrefix("=") { return String(text.dropFirst()) }
        return text
    }
}
