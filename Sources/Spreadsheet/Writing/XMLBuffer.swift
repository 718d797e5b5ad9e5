/// Builds XML as UTF-8 bytes with the escaping each place needs; the hot path of every writer.
struct XMLBuffer {
    var bytes: [UInt8] = []

    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }

    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    @inline(__always)
    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Text known to need no escaping (numbers, references, fixed names).
    @inline(__always)
    mutating func raw(_ s: String) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    @inline(__always)
    mutating func byte(_ b: UInt8) { bytes.append(b) }

    mutating func int(_ value: Int) {
        var v = value
        if v < 0 {
            bytes.append(UInt8(ascii: "-"))
            if v == .min { raw(String(v).dropFirst().description); return }
            v = -v
        }
        if v < 10 { bytes.append(48 + UInt8(v)); return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var i = 20
            while v > 0 {
                i -= 1
                digits[i] = 48 + UInt8(v % 10)
                v /= 10
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[i..<20]))
        }
    }

    /// The shortest text that reads back as the same `Double`; integers without `.0`,
    /// exponents as `1.5E-7`. Infinities and NaN have no XML number form: callers check first.
    mutating func number(_ d: Double) {
        if d == d.rounded(.towardZero) && abs(d) < 1e16 {
            int(Int(d))
            return
        }
        var text = d.description
        text.withUTF8 { utf8 in
            var i = 0
            while i < utf8.count {
                let b = utf8[i]
                if b == UInt8(ascii: "e") {
                    bytes.append(UInt8(ascii: "E"))
                    i += 1
                    if utf8[i] == UInt8(ascii: "+") || utf8[i] == UInt8(ascii: "-") {
                        if utf8[i] == UInt8(ascii: "-") { bytes.append(utf8[i]) }
                        i += 1
                    }
                    while i < utf8.count - 1 && utf8[i] == UInt8(ascii: "0") { i += 1 }
                    continue
                }
                bytes.append(b)
                i += 1
            }
        }
    }

    /// Escaped character data (`&`, `<`, `>`); for attribute values also `"`.
    /// Characters XML cannot carry are dropped (formats with their own escape handle them first).
    mutating func text(_ s: String, attribute: Bool = false) {
        var s = s
        s.withUTF8 { utf8 in
            escape(utf8, attribute: attribute, control: { _, _ in })
        }
    }

    /// The escaping loop: copies runs of plain bytes, escapes markup, and hands characters
    /// XML 1.0 forbids (C0 controls but tab and LF, CR, U+FFFE, U+FFFF) to `control`.
    @inline(__always)
    mutating func escape(_ utf8: UnsafeBufferPointer<UInt8>, attribute: Bool,
                         control: (inout XMLBuffer, UInt32) -> Void) {
        let n = utf8.count
        var runStart = 0
        var i = 0
        while i < n {
            let b = utf8[i]
            // Fast test: everything at or above `?` except U+FFFE/U+FFFF lead bytes is plain.
            if b > 0x3E && b != 0xEF { i += 1; continue }
            var replacement: StaticString? = nil
            var forbidden: UInt32? = nil
            var width = 1
            switch b {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): if attribute { replacement = "&quot;" }
            case 0x09: if attribute { replacement = "&#9;" }
            case 0x0A: if attribute { replacement = "&#10;" }
            case 0x0D: forbidden = 0x0D
            case 0xEF:
                if i + 2 < n && utf8[i + 1] == 0xBF && (utf8[i + 2] == 0xBE || utf8[i + 2] == 0xBF) {
                    forbidden = 0xFF00 | UInt32(utf8[i + 2] + 0x40)
                    width = 3
                }
            default:
                if b < 0x20 { forbidden = UInt32(b) }
            }
            if replacement == nil && forbidden == nil { i += width; continue }
            if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
            if let replacement { raw(replacement) } else if let forbidden { control(&self, forbidden) }
            i += width
            runStart = i
        }
        if runStart < n { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<n])) }
    }

    /// Four upper-case hex digits.
    mutating func hex4(_ v: UInt32) {
        let digits: StaticString = "0123456789ABCDEF"
        digits.withUTF8Buffer { d in
            for shift in stride(from: 12, through: 0, by: -4) {
                bytes.append(d[Int((v >> UInt32(shift)) & 15)])
            }
        }
    }
}
