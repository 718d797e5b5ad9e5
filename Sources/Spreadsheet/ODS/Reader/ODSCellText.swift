import SheetNative

/// Gathers a cell's text from `text:p` paragraphs as ODF defines it: paragraphs joined
/// with `\n`; runs of white space in character data collapse to one space and leading
/// white space is dropped (hence `text:s` for repeated spaces), while `text:s`,
/// `text:tab` and `text:line-break` are kept as written. One buffer serves every cell.
struct ODSCellText {
    private(set) var bytes: [UInt8] = []
    private var paragraphs = 0
    /// Open `text:p`/`text:h` elements: character data counts only inside them.
    private(set) var openParagraphs = 0
    /// True where a white-space character would be dropped (paragraph start, after a space).
    private var atCollapsibleSpace = true
    let limit: Int
    /// Set once the text passed `limit`; the caller reports it.
    private(set) var overflowed = false

    init(limit: Int) { self.limit = limit }

    mutating func reset() {
        // Most cells have no text (numbers, dates): nothing to clear.
        if !bytes.isEmpty { bytes.removeAll(keepingCapacity: true) }
        paragraphs = 0
        openParagraphs = 0
        atCollapsibleSpace = true
        overflowed = false
    }

    mutating func beginParagraph() {
        if openParagraphs == 0 {
            if paragraphs > 0 { append(0x0A) }
            paragraphs += 1
            atCollapsibleSpace = true
        }
        openParagraphs += 1
    }

    mutating func endParagraph() {
        if openParagraphs > 0 { openParagraphs -= 1 }
    }

    /// `text:s` (count spaces), `text:tab`, `text:line-break`.
    mutating func appendLiteral(_ byte: UInt8, count: Int = 1) {
        guard openParagraphs > 0 else { return }
        guard bytes.count + count <= limit else { overflowed = true; return }
        for _ in 0..<count { bytes.append(byte) }
        atCollapsibleSpace = false
    }

    mutating func characters(_ text: XMLBytes) {
        guard openParagraphs > 0, !overflowed else { return }
        let buffer = text.buffer
        guard bytes.count + buffer.count <= limit else { overflowed = true; return }
        // The usual run has no white space to fold: copy it whole.
        if !buffer.contains(where: isXMLSpace) {
            bytes.append(contentsOf: buffer)
            atCollapsibleSpace = false
            return
        }
        for b in buffer {
            if isXMLSpace(b) {
                if atCollapsibleSpace { continue }
                bytes.append(0x20)
                atCollapsibleSpace = true
            } else {
                bytes.append(b)
                atCollapsibleSpace = false
            }
        }
    }

    private mutating func append(_ b: UInt8) {
        guard bytes.count < limit else { overflowed = true; return }
        bytes.append(b)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
