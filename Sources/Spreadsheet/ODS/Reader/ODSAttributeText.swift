#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SheetNative

extension XMLBytes {
    /// An attribute value as text. libxml2, parsing without entity substitution (the
    /// safe setting), reports every `&` of an attribute value, whether written `&amp;` or
    /// `&#38;`, as the five characters `&#38;`; so each `&#38;` stands for exactly one
    /// `&`. Without this, a sheet named `A & B` or a formula using `&` would come out
    /// mangled. Character data is not affected.
    var attributeString: String {
        guard count > 0, memchr(base, Int32(UInt8(ascii: "&")), count) != nil else { return string }
        var out: [UInt8] = []
        out.reserveCapacity(count)
        var i = 0
        while i < count {
            if base[i] == UInt8(ascii: "&"), i + 5 <= count, base[i + 1] == UInt8(ascii: "#"),
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
}
