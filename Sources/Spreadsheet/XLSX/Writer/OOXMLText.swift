/// SpreadsheetML text escaping on top of XML's: characters XML cannot carry become
/// `_xHHHH_`, and a literal `_xHHHH_` in the text is protected as `_x005F_xHHHH_`, as the
/// readers (and `ECMA-376 §22.9.2.19 ST_Xstring`) expect.
extension XMLBuffer {
    /// Escaped text for `<t>`, `<f>`, `<v>` and attributes.
    mutating func ooxmlText(_ s: String, attribute: Bool = false) {
        var s = s
        if OOXMLText.containsEscapeLookalike(s) { s = OOXMLText.protectingLookalikes(s) }
        s.withUTF8 { utf8 in
            escape(utf8, attribute: attribute) { buffer, scalar in
                buffer.raw("_x")
                buffer.hex4(scalar)
                buffer.byte(UInt8(ascii: "_"))
            }
        }
    }

    /// `<t>text</t>`, keeping leading/trailing spaces and line breaks with `xml:space="preserve"`.
    mutating func ooxmlTextElement(_ s: String) {
        if OOXMLText.needsPreserve(s) {
            raw("<t xml:space=\"preserve\">")
        } else {
            raw("<t>")
        }
        ooxmlText(s)
        raw("</t>")
    }
}

enum OOXMLText {
    /// Whether `_xHHHH_` occurs at `i`.
    static func lookalike(_ u: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 6 < u.count && u[i] == UInt8(ascii: "_") && (u[i + 1] == UInt8(ascii: "x") || u[i + 1] == UInt8(ascii: "X"))
            && HexDigit.isHex(u[i + 2]) && HexDigit.isHex(u[i + 3]) && HexDigit.isHex(u[i + 4]) && HexDigit.isHex(u[i + 5]) && u[i + 6] == UInt8(ascii: "_")
    }

    static func containsEscapeLookalike(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { u in
            guard u.count >= 7 else { return false }
            for i in 0...(u.count - 7) where u[i] == UInt8(ascii: "_") && lookalike(u, at: i) { return true }
            return false
        }
    }

    static func protectingLookalikes(_ s: String) -> String {
        var s = s
        return s.withUTF8 { u in
            var out: [UInt8] = []
            out.reserveCapacity(u.count + 14)
            for i in 0..<u.count {
                if lookalike(u, at: i) { out.append(contentsOf: Array("_x005F".utf8)) }
                out.append(u[i])
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    static func needsPreserve(_ s: String) -> Bool {
        guard let first = s.utf8.first, let last = s.utf8.last else { return false }
        func space(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        return space(first) || space(last) || s.utf8.contains(0x0A) || s.utf8.contains(0x09)
    }
}
