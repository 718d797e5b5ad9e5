/// Writes numbers as `NumberStyle.canonical` reads them back, bit for bit.
public enum CanonicalNumberText {
    /// The shortest text that round-trips: `12`, `-0.5`, `0.000001`, `1e-07`, `1e+16`.
    ///
    /// The digits are Swift's shortest round-trip `description`; integers lose its `.0`, and
    /// the exponent it uses below 1e-4 and from 2^53 is spelled out for 1e-6 ≤ |x| ≤ 1e15,
    /// where people expect plain decimals. Nil for NaN and infinities, which have no text.
    public static func string(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        // Whole numbers below 2^53 (most figures in a return): `description` writes their digits
        // and `.0`; made directly, without cutting the `.0` off by characters. (-0 keeps its sign.)
        if value == value.rounded(.towardZero), value.magnitude < 9_007_199_254_740_992, value != 0 || value.sign == .plus {
            return String(Int(value))
        }
        return described(value)
    }

    /// `string(_:)` from `description`, for every finite value.
    static func described(_ value: Double) -> String {
        let text = value.description
        guard let e = text.utf8.firstIndex(of: UInt8(ascii: "e")) else {
            return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        }
        let magnitude = value.magnitude
        guard magnitude >= 1e-6 && magnitude <= 1e15,
              let exponent = Int(text[text.index(after: e)...]) else { return text }
        var digits = ""
        var negative = false
        for c in text[..<e] {
            if c == "-" { negative = true } else if c != "." { digits.append(c) }
        }
        // `d.ddd` has its point after the first digit; the exponent moves it.
        let point = 1 + exponent
        var out = negative ? "-" : ""
        if point <= 0 {
            out += "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            out += digits + String(repeating: "0", count: point - digits.count)
        } else {
            out += digits.prefix(point) + "." + digits.dropFirst(point)
        }
        return out
    }
}
