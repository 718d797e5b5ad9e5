#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SheetNative

/// The one validation and conversion of plain decimal text, shared by every number style:
/// the human style rewrites its text as canonical text and comes here too.
extension NumberParser {
    /// `NumberStyle.canonical`; nil when not canonical or not finite.
    static func canonicalValue(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        decimalValue(b, xml: false)
    }

    /// `NumberStyle.xml`, the hot path of the XLSX and ODS readers; nil when not a number
    /// or not finite.
    static func xmlValue(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        decimalValue(b, xml: true)
    }

    /// Inlined into each entry point so that `xml` is a constant and its tests fold away.
    @inline(__always)
    private static func decimalValue(_ b: UnsafeBufferPointer<UInt8>, xml: Bool) -> Double? {
        var start = 0, end = b.count
        if xml {
            while start < end && isXMLSpace(b[start]) { start += 1 }
            while end > start && isXMLSpace(b[end - 1]) { end -= 1 }
        }
        var i = start
        guard i < end else { return nil }
        let negative = b[i] == UInt8(ascii: "-")
        if negative || (xml && b[i] == UInt8(ascii: "+")) { i += 1 }

        // The mantissa is kept exactly while it fits 19 digits, for the fast path below.
        var mantissa: UInt64 = 0
        var significant = 0
        let integerStart = i
        while i < end, let d = digit(b[i]) {
            accumulate(d, &mantissa, &significant)
            i += 1
        }
        let integerDigits = i - integerStart
        if !xml {
            // `0` alone or no leading zero: `00157` is an identifier, not a number.
            guard integerDigits == 1 || (integerDigits > 1 && b[integerStart] != UInt8(ascii: "0")) else { return nil }
        }
        var fractionDigits = 0
        if i < end && b[i] == UInt8(ascii: ".") {
            i += 1
            let fractionStart = i
            while i < end, let d = digit(b[i]) {
                accumulate(d, &mantissa, &significant)
                i += 1
            }
            fractionDigits = i - fractionStart
            guard xml || fractionDigits > 0 else { return nil }
        }
        guard integerDigits + fractionDigits > 0 else { return nil }

        var exponent = 0
        if i < end && (b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E")) {
            i += 1
            var exponentNegative = false
            if i < end && (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+")) {
                exponentNegative = b[i] == UInt8(ascii: "-")
                i += 1
            }
            let digitsStart = i
            while i < end, let d = digit(b[i]) {
                // Clamped: beyond this every double has overflowed or underflowed anyway.
                if exponent < 100_000 { exponent = exponent * 10 + Int(d) }
                i += 1
            }
            guard i > digitsStart else { return nil }
            if exponentNegative { exponent = -exponent }
        }
        guard i == end else { return nil }
        if mantissa == 0 { return negative ? -0.0 : 0 }

        // Clinger's fast path: a mantissa and a power of ten that are both exact doubles
        // round once, correctly. 2^53 rather than 15 digits also admits the 16-digit values
        // that XlsxWriter (`%.16G`) and LibreOffice write.
        let power = exponent - fractionDigits
        if significant <= 19 && mantissa <= 1 << 53 && power >= -22 && power <= 22 {
            let m = Double(mantissa)
            let v = power < 0 ? m / powersOfTen[-power] : m * powersOfTen[power]
            return negative ? -v : v
        }
        return convertSlowly(UnsafeBufferPointer(rebasing: b[start..<end]))
    }

    @inline(__always)
    private static func digit(_ byte: UInt8) -> UInt8? {
        let d = byte &- UInt8(ascii: "0")
        return d < 10 ? d : nil
    }

    @inline(__always)
    private static func accumulate(_ d: UInt8, _ mantissa: inout UInt64, _ significant: inout Int) {
        // Leading zeros (`0.005`, `007`) are not significant.
        if mantissa == 0 && d == 0 { return }
        significant += 1
        if significant <= 19 { mantissa = mantissa &* 10 &+ UInt64(d) }
    }

    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// Longer than any number a producer writes; refusing it keeps the copy on the stack.
    private static let maxSlowLength = 4096

    /// `strtod`, which rounds correctly, on validated text (ASCII digits, sign, point and
    /// exponent only, so it cannot read `nan` or hex) copied to a NUL-terminated stack buffer.
    private static func convertSlowly(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        guard text.count <= maxSlowLength else { return nil }
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
}

// `strtod` follows LC_NUMERIC, which a host program may have set to a comma locale;
// `strtod_l` is not visible to Swift, so the C locale is switched in for this thread only.
// A locale object is immutable once made, so sharing it between threads is safe.
nonisolated(unsafe) private let cLocale = newlocale(LC_NUMERIC_MASK, "C", nil)
