import SheetNative

/// An attribute's text as a `String`.
///
/// Without entity substitution libxml2's SAX2 hands `&amp;` (and `&#38;`) in attribute
/// values over as the five characters `&#38;`, for a DOM builder to undo later; undo it here.
func attributeString(_ value: XMLBytes) -> String {
    let bytes = value.buffer
    guard bytes.contains(UInt8(ascii: "&")) else { return value.string }
    let reference: [UInt8] = Array("&#38;".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
        if bytes[i] == UInt8(ascii: "&"), i + 5 <= bytes.count, bytes[i..<(i + 5)].elementsEqual(reference) {
            out.append(UInt8(ascii: "&"))
            i += 5
        } else {
            out.append(bytes[i])
            i += 1
        }
    }
    return String(decoding: out, as: UTF8.self)
}

/// An `xsd:boolean` attribute: `1`/`true` (Transitional writes digits, Strict words).
func attributeBool(_ value: XMLBytes?) -> Bool {
    guard let value else { return false }
    return value.equals("1") || value.equals("true")
}
