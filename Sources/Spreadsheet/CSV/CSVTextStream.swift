/// The encodings a CSV file may come in, told by its byte-order mark. Without a BOM the text
/// must be UTF-8: 8-bit code pages (Windows-1258, TCVN3) cannot be told apart reliably, so
/// they are rejected, field by field, when their bytes are not valid UTF-8.
enum CSVEncoding: Sendable {
    case utf8
    /// Excel's "Unicode text" (tab-delimited).
    case utf16LE
    case utf16BE

    /// A UTF-32 byte-order mark (little- or big-endian). UTF-32's LE mark begins with UTF-16's,
    /// so it is checked first; no spreadsheet program saves CSV in UTF-32, so it is refused
    /// with advice rather than read as UTF-16 full of NULs.
    static func isUTF32(_ head: [UInt8]) -> Bool {
        head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || head.starts(with: [0x00, 0x00, 0xFE, 0xFF])
    }

    /// The encoding and the length of its BOM.
    static func detect(_ head: [UInt8]) throws -> (CSVEncoding, bomLength: Int) {
        if isUTF32(head) { throw SpreadsheetError.csvUTF32() }
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if head.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if head.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        return (.utf8, 0)
    }
}

/// A CSV file's text as UTF-8, one chunk of at most 64 KiB of the file at a time.
///
/// UTF-16 is transcoded while streaming. A unit that is not a valid UTF-16 character (a lone
/// surrogate, a final odd byte) becomes the byte 0xFF, never valid in UTF-8, so the field that
/// holds it is reported by the same encoding check as a bad UTF-8 file, with its line.
struct CSVTextStream {
    static let chunkSize = 64 * 1024

    let encoding: CSVEncoding
    private let source: any ByteSource
    private var offset: Int
    private var raw: [UInt8]
    /// The current chunk's UTF-8 bytes are `text[0..<count]`.
    private(set) var text: [UInt8]
    private(set) var count = 0
    private var pendingHigh: UInt16?
    private var pendingByte: UInt8?
    private var finished = false

    init(source: any ByteSource) throws {
        self.source = source
        let (encoding, bom) = try CSVEncoding.detect(try source.bytes(at: 0, count: 4))
        self.encoding = encoding
        offset = bom
        if encoding == .utf8 {
            raw = []
            text = [UInt8](repeating: 0, count: CSVTextStream.chunkSize)
        } else {
            raw = [UInt8](repeating: 0, count: CSVTextStream.chunkSize)
            // A UTF-16 unit becomes at most 3 bytes (a surrogate pair 4 bytes for 2 units).
            text = [UInt8](repeating: 0, count: CSVTextStream.chunkSize / 2 * 3 + 8)
        }
    }

    /// Whether the current chunk is the last one.
    var reachedEnd: Bool { offset >= source.size && pendingByte == nil && pendingHigh == nil }

    /// Loads the next chunk into `text`; false at the end of the file.
    mutating func advance() throws -> Bool {
        guard !finished else { count = 0; return false }
        if encoding == .utf8 {
            let source = self.source, offset = self.offset
            count = try text.withUnsafeMutableBytes { try source.read(at: offset, into: $0) }
            self.offset += count
            if count == 0 { finished = true }
            return count > 0
        }
        return try advanceUTF16()
    }

    private mutating func advanceUTF16() throws -> Bool {
        var have = 0
        if let b = pendingByte { raw[0] = b; have = 1; pendingByte = nil }
        let source = self.source, offset = self.offset, start = have
        let read = try raw.withUnsafeMutableBytes {
            try source.read(at: offset, into: UnsafeMutableRawBufferPointer(rebasing: $0[start...]))
        }
        self.offset += read
        have += read
        if read == 0 {
            finished = true
            // A dangling half character at the end of the file.
            let broken = have > 0 || pendingHigh != nil
            pendingHigh = nil
            if broken { text[0] = 0xFF; count = 1 }
            return broken
        }
        if have % 2 == 1 { pendingByte = raw[have - 1]; have -= 1 }
        let littleEndian = encoding == .utf16LE
        var high = pendingHigh
        var o = 0
        raw.withUnsafeBufferPointer { input in
            text.withUnsafeMutableBufferPointer { out in
                var i = 0
                while i < have {
                    let unit = littleEndian
                        ? UInt16(input[i]) | UInt16(input[i + 1]) << 8
                        : UInt16(input[i]) << 8 | UInt16(input[i + 1])
                    i += 2
                    if let h = high {
                        high = nil
                        if unit & 0xFC00 == 0xDC00 {
                            let scalar = 0x10000 + (UInt32(h & 0x3FF) << 10 | UInt32(unit & 0x3FF))
                            out[o] = UInt8(0xF0 | scalar >> 18)
                            out[o + 1] = UInt8(0x80 | (scalar >> 12) & 0x3F)
                            out[o + 2] = UInt8(0x80 | (scalar >> 6) & 0x3F)
                            out[o + 3] = UInt8(0x80 | scalar & 0x3F)
                            o += 4
                            continue
                        }
                        out[o] = 0xFF
                        o += 1
                    }
                    switch unit {
                    case 0..<0x80:
                        out[o] = UInt8(unit)
                        o += 1
                    case 0x80..<0x800:
                        out[o] = UInt8(0xC0 | unit >> 6)
                        out[o + 1] = UInt8(0x80 | unit & 0x3F)
                        o += 2
                    case 0xD800..<0xDC00:
                        high = unit
                    case 0xDC00..<0xE000:
                        out[o] = 0xFF
                        o += 1
                    default:
                        out[o] = UInt8(0xE0 | unit >> 12)
                        out[o + 1] = UInt8(0x80 | (unit >> 6) & 0x3F)
                        out[o + 2] = UInt8(0x80 | unit & 0x3F)
                        o += 3
                    }
                }
            }
        }
        pendingHigh = high
        count = o
        // A chunk holding only half a character: read on rather than report the end.
        return o > 0 ? true : try advanceUTF16()
    }
}
