#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension XMLBytes {
    /// An attribute value as text.
    ///
    /// Without entity substitution (the safe setting) libxml2 decodes every reference in an
    /// attribute value but one: an `&`, written `&amp;`, `&#38;` or `&#x26;`, comes over as
    /// the five characters `&#38;`, left for a DOM builder to undo. A literal `&` cannot
    /// appear otherwise, so each `&#38;` stands for exactly one `&`. Character data is not
    /// affected.
    package var attributeString: String {
        let n = count
        guard n > 0, memchr(base, Int32(UInt8(ascii: "&")), n) != nil else { return string }
        var out: [UInt8] = []
        out.reserveCapacity(n)
        var i = 0
        while i < n {
            if base[i] == UInt8(ascii: "&"), i + 5 <= n, base[i + 1] == UInt8(ascii: "#"),
               base[i + 2] == UInt8(ascii: "3"), base[i + 3] == UInt8(ascii: "8"), base[i + 4] == UInt8(ascii: ";") {
                out.append(UInt8(ascii: "&"))
                i += 5
            } else {
                out.append(base[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The inverse of `attributeString`: the bytes libxml2 reports for an attribute whose
    /// value is `text`, for matching attribute values without decoding them.
    package static func attributeBytes(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for b in text.utf8 {
            if b == UInt8(ascii: "&") { out.append(contentsOf: "&#38;".utf8) } else { out.append(b) }
        }
        return out
    }
}
