import SheetNative

/// Formula text as the model keeps it: without the `of:=` (OpenFormula) or `=` prefix,
/// the rest as stored. Formulas in another namespace (`msoxl:=…`) keep their prefix, so
/// their syntax stays recognisable.
enum ODSFormulaText {
    static func strip(_ raw: XMLBytes) -> String {
        let b = raw.buffer
        if b.starts(with: "of:=".utf8) { return String(decoding: b.dropFirst(4), as: UTF8.self) }
        if b.first == UInt8(ascii: "=") { return String(decoding: b.dropFirst(), as: UTF8.self) }
        return raw.string
    }

    static func strip(_ text: String) -> String {
        if text.hasPrefix("of:=") { return String(text.dropFirst(4)) }
        if text.hasPrefix("=") { return String(text.dropFirst()) }
        return text
    }
}
