/// Cell text as `text:p` paragraphs: a line break starts a new paragraph, a tab is
/// `<text:tab/>`, and spaces that XML whitespace handling would collapse or trim (leading,
/// trailing, repeated, next to a tab) are `<text:s text:c="n"/>`. CR LF and a lone CR are
/// line breaks; other characters XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF) are dropped.
extension XMLBuffer {
    mutating func odfParagraphs(_ s: String) {
        var s = s
        s.withUTF8 { odfParagraphs($0) }
    }

    mutating func odfParagraphs(_ u: UnsafeBufferPointer<UInt8>) {
        let n = u.count
        raw("<text:p>")
        var segment = 0
        var i = 0
        func flush(_ end: Int) {
            if segment < end { escape(UnsafeBufferPointer(rebasing: u[segment..<end]), attribute: false) { _, _ in } }
        }
        while i < n {
            let b = u[i]
            if b > 0x20 { i += 1; continue }
            if b == 0x20 {
                var j = i
                while j < n && u[j] == 0x20 { j += 1 }
                // One space between two visible characters survives as is.
                if j - i == 1 && i > 0 && u[i - 1] > 0x20 && j < n && u[j] > 0x20 { i = j; continue }
                flush(i)
                if j - i == 1 {
                    raw("<text:s/>")
                } else {
                    raw("<text:s text:c=\"")
                    int(j - i)
                    raw("\"/>")
                }
                i = j
                segment = i
                continue
            }
            flush(i)
            switch b {
            case 0x09: raw("<text:tab/>")
            case 0x0A: raw("</text:p><text:p>")
            case 0x0D:
                raw("</text:p><text:p>")
                if i + 1 < n && u[i + 1] == 0x0A { i += 1 }
            default: break
            }
            i += 1
            segment = i
        }
        flush(n)
        raw("</text:p>")
    }
}
