/// Decodes SpreadsheetML's `_xHHHH_` escapes in place and returns the decoded length.
///
/// Writers escape characters XML cannot hold (`_x000D_`, `_x0001_`) and a literal `_x` text
/// as `_x005F_x`; characters beyond the BMP come as a pair of surrogate escapes
/// (`_xD83D__xDE00_`). Anything that is not a valid escape stays as written. Decoding never
/// lengthens the text (7 bytes become at most 3, 14 become 4), so it can work in place.
func decodeEscapes(_ text: UnsafeMutableBufferPointer<UInt8>) -> Int {
    let n = text.count
    var r = 0, w = 0
    while r < n {
        let c = text[r]
        if c == UInt8(ascii: "_"), let unit = escapedUnit(text, at: r) {
            var scalar: UInt32? = unit < 0xD800 || unit > 0xDFFF ? unit : nil
            var consumed = 7
            if unit >= 0xD800 && unit <= 0xDBFF, let low = escapedUnit(text, at: r + 7), low >= 0xDC00 && low <= 0xDFFF {
                scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                consumed = 14
            }
            if let scalar {
                w = writeUTF8(scalar, into: text, at: w)
                r += consumed
                continue
            }
        }
        text[w] = c
        w += 1
        r += 1
    }
    return w
}

/// Decodes the escapes of a growable buffer, trimming it to the decoded length.
func decodeEscapes(_ text: inout [UInt8]) {
    guard text.count >= 7 else { return }
    let n = text.withUnsafeMutableBufferPointer { decodeEscapes($0) }
    text.removeSubrange(n...)
}

/// The UTF-16 unit of an escape `_xHHHH_` starting at `i`, if one is there.
@inline(__always)
private func escapedUnit(_ t: UnsafeMutableBufferPointer<UInt8>, at i: Int) -> UInt32? {
    guard i + 7 <= t.count, t[i] == UInt8(ascii: "_"), t[i + 1] == UInt8(ascii: "x") || t[i + 1] == UInt8(ascii: "X"),
          t[i + 6] == UInt8(ascii: "_"),
          let a = hexValue(t[i + 2]), let b = hexValue(t[i + 3]), let c = hexValue(t[i + 4]), let d = hexValue(t[i + 5])
    else { return nil }
    return UInt32(a) << 12 | UInt32(b) << 8 | UInt32(c) << 4 | UInt32(d)
}

@inline(__always)
private func writeUTF8(_ s: UInt32, into t: UnsafeMutableBufferPointer<UInt8>, at w: Int) -> Int {
    switch s {
    case 0..<0x80:
        t[w] = UInt8(s)
        return w + 1
    case 0x80..<0x800:
        t[w] = UInt8(0xC0 | s >> 6)
        t[w + 1] = UInt8(0x80 | s & 0x3F)
        return w + 2
    case 0x800..<0x10000:
        t[w] = UInt8(0xE0 | s >> 12)
        t[w + 1] = UInt8(0x80 | s >> 6 & 0x3F)
        t[w + 2] = UInt8(0x80 | s & 0x3F)
        return w + 3
    default:
        t[w] = UInt8(0xF0 | s >> 18)
        t[w + 1] = UInt8(0x80 | s >> 12 & 0x3F)
        t[w + 2] = UInt8(0x80 | s >> 6 & 0x3F)
        t[w + 3] = UInt8(0x80 | s & 0x3F)
        return w + 4
    }
}
