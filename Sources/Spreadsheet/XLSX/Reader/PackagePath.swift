/// Part names of an OPC package and how relationship targets resolve against them.
enum PackagePath {
    /// The relationships part of a source part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`;
    /// the package itself (`""`) → `_rels/.rels`.
    static func relationships(of part: String) -> String {
        let (folder, file) = split(part)
        return folder + "_rels/" + file + ".rels"
    }

    /// Resolves a target relative to its source part's folder, or from the root when it
    /// starts with `/`; `.` and `..` segments are resolved and `%XX` escapes decoded.
    static func resolve(_ target: String, from sourcePart: String) -> String {
        let decoded = percentDecoded(target)
        // Foundation's replace is costly even with nothing to replace (most of this function's
        // ~31,000 instructions per call in a profile), and every relationship of every return
        // comes through here.
        let cleaned = decoded.utf8.contains(UInt8(ascii: "\\"))
            ? decoded.replacingOccurrences(of: "\\", with: "/") : decoded
        let joined = cleaned.hasPrefix("/") ? cleaned : split(sourcePart).folder + cleaned
        var segments: [Substring] = []
        for segment in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    /// The last non-empty `/`-separated segment, or the whole string when there is none:
    /// `split(separator: "/").last` on bytes, without the per-Character walk (~34,000
    /// instructions for a relationship type URI).
    static func lastSegment(_ s: String) -> String {
        let u = s.utf8
        let slash = UInt8(ascii: "/")
        guard let last = u.lastIndex(where: { $0 != slash }) else { return s }
        let end = u.index(after: last)
        let start = u[..<last].lastIndex(of: slash).map { u.index(after: $0) } ?? u.startIndex
        return String(s[start..<end])
    }

    /// The folder (with its trailing `/`, or empty) and file name of a part.
    private static func split(_ part: String) -> (folder: String, file: String) {
        guard let slash = part.lastIndex(of: "/") else { return ("", part) }
        return (String(part[...slash]), String(part[part.index(after: slash)...]))
    }

    private static func percentDecoded(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "%")) else { return s }
        var out: [UInt8] = []
        let bytes = Array(s.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count,
               let h = hexValue(bytes[i + 1]), let l = hexValue(bytes[i + 2]) {
                out.append(h << 4 | l)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The value of one hexadecimal digit, nil for any other byte.
@inline(__always)
func hexValue(_ c: UInt8) -> UInt8? {
    switch c {
    case 48...57: c - 48
    case 65...70: c - 55
    case 97...102: c - 87
    default: nil
    }
}
