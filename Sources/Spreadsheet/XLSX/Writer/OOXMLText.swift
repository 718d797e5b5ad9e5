import SheetNative

/// SpreadsheetML text escaping on top of XML's: characters XML cannot carry become
/// `_xHHHH_`, and a literal `_xHHHH_` in the text is protected as `_x005F_xHHHH_`, as the
/// readers (and `ECMA-376 §22.9.2.19 ST_Xstring`) expect.
extension XMLBuffer {
    /// Escaped text for `<t>`, `<f>`, `<v>` and attributes.
    mutating func ooxmlText(_ s: String, attribute: Bool = false) {
        var s = s
        s.withUTF8 { ooxmlText($0, attribute: attribute) }
    }

    mutating func ooxmlText(_ utf8: UnsafeBufferPointer<UInt8>, attribute: Bool = false) {
        guard OOXMLText.containsEscapeLookalike(utf8) else {
            escapeControls(utf8, attribute: attribute)
            return
        }
        let protected = OOXMLText.protectingLookalikes(utf8)
        protected.withUnsafeBufferPointer { escapeControls($0, attribute: attribute) }
    }

    private mutating func escapeControls(_ utf8: UnsafeBufferPointer<UInt8>, attribute: Bool) {
        escape(utf8, attribute: attribute) { buffer, scalar in
            buffer.raw("_x")
            buffer.hex4(scalar)
            buffer.byte(UInt8(ascii: "_"))
        }
    }

    /// `<t>text</t>`, keeping leading/trailing spaces and line breaks with `xml:space="preserve"`.
    mutating func ooxmlTextElement(_ utf8: UnsafeBufferPointer<UInt8>) {
        if OOXMLText.needsPreserve(utf8) {
            raw("<t xml:space=\"preserve\">")
        } else {
            raw("<t>")
        }
        ooxmlText(utf8)
        raw("</t>")
    }
}

enum OOXMLText {
    /// Whether `_xHHHH_` occurs at `i`.
    static func lookalike(_ u: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 6 < u.count && u[i] == UInt8(ascii: "_") && (u[i + 1] == UInt8(ascii: "x") || u[i + 1] == UInt8(ascii: "X"))
            && HexDigit.isHex(u[i + 2]) && HexDigit.isHex(u[i + 3]) && HexDigit.isHex(u[i + 4])
            && HexDigit.isHex(u[i + 5]) && u[i + 6] == UInt8(ascii: "_")
    }

    static func containsEscapeLookalike(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard u.count >= 7 else { return false }
        for i in 0...(u.count - 7) where u[i] == UInt8(ascii: "_") && lookalike(u, at: i) { return true }
        return false
    }

    static func protectingLookalikes(_ u: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(u.count + 14)
        for i in 0..<u.count {
            if lookalike(u, at: i) { out.append(contentsOf: "_x005F".utf8) }
            out.append(u[i])
        }
        return out
    }

    static func needsPreserve(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = u.first, let last = u.last else { return false }
        return isXMLSpace(first) || isXMLSpace(last) || u.contains(0x0A) || u.contains(0x09)
    }

    static func needsPreserve(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { needsPreserve($0) }
    }
}
