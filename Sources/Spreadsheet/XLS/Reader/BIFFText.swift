import Foundation

/// Builds cell text as UTF-8 from the encodings BIFF stores: 8-bit "compressed" Unicode
/// (U+0000–U+00FF), UTF-16LE, and before BIFF8 a Windows code page. Reused from string
/// to string; a string split across records is appended piece by piece.
struct BIFFText {
    private(set) var utf8: [UInt8] = []
    /// A UTF-16 high surrogate whose low half is in the next piece.
    private var pendingHigh: UInt16?
    /// The code page table for bytes 0x80–0xFF (BIFF5), nil for BIFF8's Latin-1.
    let highHalf: [UInt16]?
    /// Code page 1258 stores tone marks as combining characters: compose them (NFC).
    let composes: Bool

    init(codePage: CodePage = .latin1) {
        highHalf = codePage.highHalf
        composes = codePage == .cp1258
        utf8.reserveCapacity(256)
    }

    mutating func reset() {
        utf8.removeAll(keepingCapacity: true)
        pendingHigh = nil
    }

    var byteCount: Int { utf8.count }

    /// The text built so far.
    func string() -> String {
        let s = String(decoding: utf8, as: UTF8.self)
        if composes && utf8.contains(where: { $0 >= 0x80 }) { return s.precomposedStringWithCanonicalMapping }
        return s
    }

    /// Appends 8-bit characters: Latin-1 in BIFF8, the code page before it.
    mutating func append8(_ bytes: UnsafeRawBufferPointer) {
        flushSurrogate()
        for b in bytes {
            if b < 0x80 {
                utf8.append(b)
            } else if let highHalf {
                appendScalar(UInt32(highHalf[Int(b) - 0x80]))
            } else {
                utf8.append(0xC0 | b >> 6)
                utf8.append(0x80 | b & 0x3F)
            }
        }
    }

    /// Appends UTF-16LE code units (an even byte count).
    mutating func append16(_ bytes: UnsafeRawBufferPointer) {
        var i = 0
        while i + 1 < bytes.count {
            let u = LittleEndian.u16(bytes, i)
            i += 2
            if let high = pendingHigh {
                pendingHigh = nil
                if u >= 0xDC00 && u < 0xE000 {
                    appendScalar(0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(u - 0xDC00))
                    continue
                }
                appendScalar(0xFFFD)
            }
            if u < 0x80 {
                utf8.append(UInt8(u))
            } else if u >= 0xD800 && u < 0xDC00 {
                pendingHigh = u
            } else if u >= 0xDC00 && u < 0xE000 {
                appendScalar(0xFFFD)
            } else {
                appendScalar(UInt32(u))
            }
        }
    }

    /// A lone high surrogate at the end of the text is a replacement character.
    mutating func finish() { flushSurrogate() }

    private mutating func flushSurrogate() {
        if pendingHigh != nil {
            pendingHigh = nil
            appendScalar(0xFFFD)
        }
    }

    private mutating func appendScalar(_ c: UInt32) {
        if c < 0x80 {
            utf8.append(UInt8(c))
        } else if c < 0x800 {
            utf8.append(UInt8(0xC0 | c >> 6))
            utf8.append(UInt8(0x80 | c & 0x3F))
        } else if c < 0x10000 {
            utf8.append(UInt8(0xE0 | c >> 12))
            utf8.append(UInt8(0x80 | c >> 6 & 0x3F))
            utf8.append(UInt8(0x80 | c & 0x3F))
        } else {
            utf8.append(UInt8(0xF0 | c >> 18))
            utf8.append(UInt8(0x80 | c >> 12 & 0x3F))
            utf8.append(UInt8(0x80 | c >> 6 & 0x3F))
            utf8.append(UInt8(0x80 | c & 0x3F))
        }
    }
}
