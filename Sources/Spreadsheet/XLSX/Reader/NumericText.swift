#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes the ASCII text of a stored number (`42`, `-0.5`, `4.5E-3`, `45000.520833333336`)
/// straight from the parser's bytes, without creating a `String`; nil when it is not a number.
///
/// Short numbers take an exact path (at most 15 significant digits scaled by a power of ten
/// up to 10^22: both operands are exact doubles, so one IEEE division or multiplication rounds
/// correctly). Longer ones go through `strtod_l` in the C locale, copied to a stack buffer.
func decodeNumericText(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
    var start = 0, end = text.count
    while start < end && isXMLSpace(text[start]) { start += 1 }
    while end > start && isXMLSpace(text[end - 1]) { end -= 1 }
    guard start < end else { return nil }

    var i = start
    let negative = text[i] == UInt8(ascii: "-")
    if negative || text[i] == UInt8(ascii: "+") { i += 1 }
    var mantissa: UInt64 = 0
    var digits = 0, significant = 0, fractionDigits = 0
    var sawPoint = false
    while i < end {
        let c = text[i]
        if c >= 48 && c <= 57 {
            digits += 1
            if significant > 0 || c != 48 { significant += 1 }
            if significant <= 19 { mantissa = mantissa &* 10 &+ UInt64(c - 48) }
            if sawPoint { fractionDigits += 1 }
        } else if c == UInt8(ascii: "."), !sawPoint {
            sawPoint = true
        } else {
            break
        }
        i += 1
    }
    guard digits > 0 else { return nil }
    var exponent = 0
    if i < end {
        guard text[i] == UInt8(ascii: "e") || text[i] == UInt8(ascii: "E") else { return nil }
        i += 1
        var expNegative = false
        if i < end && (text[i] == UInt8(ascii: "-") || text[i] == UInt8(ascii: "+")) {
            expNegative = text[i] == UInt8(ascii: "-")
            i += 1
        }
        let expStart = i
        while i < end, text[i] >= 48, text[i] <= 57 {
            if exponent < 100_000 { exponent = exponent * 10 + Int(text[i] - 48) }
            i += 1
        }
        guard i == end, i > expStart else { return nil }
        if expNegative { exponent = -exponent }
    }

    let scale = exponent - fractionDigits
    if significant <= 15 && scale >= -22 && scale <= 22 {
        var value = Double(mantissa)
        if scale < 0 { value /= powersOfTen[-scale] } else if scale > 0 { value *= powersOfTen[scale] }
        return negative ? -value : value
    }
    return decodeNumericTextSlowly(UnsafeBufferPointer(rebasing: text[start..<end]))
}

/// XML's whitespace: space, tab, line feed, carriage return.
@inline(__always)
func isXMLSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

private let powersOfTen: [Double] = (0...22).map { k in
    var p = 1.0
    for _ in 0..<k { p *= 10 }
    return p
}

// `strtod` follows LC_NUMERIC, which a host program may have set to a comma locale;
// `strtod_l` is not visible to Swift, so the C locale is switched in for this thread only.
// A locale object is immutable once made, so sharing it between threads is safe.
nonisolated(unsafe) private let cLocale = newlocale(LC_NUMERIC_MASK, "C", nil)

/// The validated text has only ASCII digits, sign, point and exponent.
private func decodeNumericTextSlowly(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
    guard text.count < 400 else { return nil }
    return withUnsafeTemporaryAllocation(of: CChar.self, capacity: text.count + 1) { buffer -> Double? in
        for k in 0..<text.count { buffer[k] = CChar(bitPattern: text[k]) }
        buffer[text.count] = 0
        var endPointer: UnsafeMutablePointer<CChar>?
        let previous = uselocale(cLocale)
        defer { uselocale(previous) }
        let value = strtod(buffer.baseAddress!, &endPointer)
        // Overflow gives infinity, which no spreadsheet can hold.
        guard endPointer == buffer.baseAddress! + text.count, value.isFinite else { return nil }
        return value
    }
}
