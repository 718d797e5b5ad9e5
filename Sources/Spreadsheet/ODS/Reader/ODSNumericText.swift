#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes an `xsd:double` as ODF writes it (`office:value`, `-1.5E-3`, `12`) straight from
/// the parser's bytes, without building a `String`. Nil for anything else, including
/// `INF`/`NaN`, which no spreadsheet program writes for a cell.
///
/// The common case (at most 19 significant digits, small exponent) is exact by Clinger's
/// fast path; the rest goes to `strtod`, which rounds correctly. Kept as the ODS reader's
/// one byte-level number decoder so it can be folded into the shared number parser.
func odsDecodeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    var i = 0
    let n = bytes.count
    // xsd allows surrounding whitespace in attribute values of this type.
    while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    var end = n
    while end > i, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
    let start = i
    var negative = false
    if i < end, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
        negative = bytes[i] == UInt8(ascii: "-")
        i += 1
    }
    var mantissa: UInt64 = 0
    var digits = 0
    var significant = 0
    var scale = 0
    var sawDigit = false
    while i < end, bytes[i] &- 48 < 10 {
        sawDigit = true
        let d = UInt64(bytes[i] &- 48)
        if significant < 19 {
            mantissa = mantissa * 10 + d
            if mantissa != 0 { significant += 1 }
        } else {
            scale += 1
        }
        digits += 1
        i += 1
    }
    if i < end, bytes[i] == UInt8(ascii: ".") {
        i += 1
        while i < end, bytes[i] &- 48 < 10 {
            sawDigit = true
            if significant < 19 {
                mantissa = mantissa * 10 + UInt64(bytes[i] &- 48)
                if mantissa != 0 { significant += 1 }
                scale -= 1
            }
            i += 1
        }
    }
    guard sawDigit else { return nil }
    var exponent = 0
    if i < end, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
        i += 1
        var expNegative = false
        if i < end, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            expNegative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var sawExpDigit = false
        while i < end, bytes[i] &- 48 < 10 {
            sawExpDigit = true
            if exponent < 100_000 { exponent = exponent * 10 + Int(bytes[i] &- 48) }
            i += 1
        }
        guard sawExpDigit else { return nil }
        if expNegative { exponent = -exponent }
    }
    guard i == end else { return nil }
    let power = scale + exponent
    if mantissa == 0 { return negative ? -0.0 : 0 }
    if significant < 19 && mantissa < (1 << 53) && power >= -22 && power <= 22 {
        // Both the mantissa and 10^|power| are exact doubles: one rounding, so exact.
        var v = Double(mantissa)
        v = power < 0 ? v / odsPowersOfTen[-power] : v * odsPowersOfTen[power]
        return negative ? -v : v
    }
    return odsStrtod(UnsafeBufferPointer(rebasing: bytes[start..<end]))
}

private let odsPowersOfTen: [Double] = (0...22).map { p in
    var v = 1.0
    for _ in 0..<p { v *= 10 }
    return v
}

/// The slow path: `strtod` needs a NUL-terminated copy.
private func odsStrtod(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    guard bytes.count < 4096 else { return nil }
    return withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { buffer -> Double? in
        for k in 0..<bytes.count { buffer[k] = CChar(bitPattern: bytes[k]) }
        buffer[bytes.count] = 0
        var endPointer: UnsafeMutablePointer<CChar>?
        let value = strtod(buffer.baseAddress!, &endPointer)
        guard endPointer == buffer.baseAddress! + bytes.count, value.isFinite else { return nil }
        return value
    }
}
