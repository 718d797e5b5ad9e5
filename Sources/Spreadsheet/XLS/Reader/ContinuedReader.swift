/// Reads a structure that may run on into CONTINUE records (the SST, a formula's STRING):
/// fixed fields and rich-text data continue as they are, a string's characters continue
/// after one byte of flags that may switch between 8-bit and 16-bit characters.
struct ContinuedReader {
    let records: BIFFRecordReader
    /// Position in the current record's data.
    var position: Int
    /// The record being continued, for messages (`SST`, `STRING`).
    let what: String

    init(records: BIFFRecordReader, at position: Int, what: String) {
        self.records = records
        self.position = position
        self.what = what
    }

    var remaining: Int { records.length - position }

    /// Whether the data has ended: nothing left here and no CONTINUE next.
    func atEnd() throws -> Bool {
        remaining <= 0 ? try records.peekType() != BIFF.continueRecord : false
    }

    private mutating func nextContinue() throws {
        guard try records.peekType() == BIFF.continueRecord, try records.advance() else {
            throw XLSErrors.corrupt(records.stream.name, offset: records.offset,
                detail: "the \(what) data ends in the middle of a value (no CONTINUE record follows)")
        }
        position = 0
    }

    /// A little-endian integer of `size` bytes (a field split across records is reassembled).
    mutating func integer(_ size: Int) throws -> Int {
        if remaining >= size {
            var v = 0
            for k in 0..<size { v |= Int(records.u8(position + k)) << (8 * k) }
            position += size
            return v
        }
        var v = 0
        for k in 0..<size {
            while remaining <= 0 { try nextContinue() }
            v |= Int(records.u8(position)) << (8 * k)
            position += 1
        }
        return v
    }

    mutating func skip(_ count: Int) throws {
        var left = count
        while left > 0 {
            while remaining <= 0 { try nextContinue() }
            let n = min(left, remaining)
            position += n
            left -= n
        }
    }

    /// Appends `count` characters; at each record boundary a flags byte tells their width anew.
    ///
    /// Gnumeric splits a long STRING record at any byte, even inside a 16-bit character, and
    /// writes no flags byte in its CONTINUE records: such a "raw" continuation is recognised by
    /// a character cut in two, by a record that holds exactly the characters left, or by a
    /// first byte that cannot be a flags byte.
    mutating func characters(_ count: Int, wide: Bool, into text: inout BIFFText) throws {
        var left = count
        var wide = wide
        var raw = false
        while left > 0 {
            if remaining <= 0 {
                try nextContinue()
                guard remaining > 0 else { continue }
                if !raw {
                    let first = records.u8(position)
                    let flagged = 1 + left * (first == 1 ? 2 : 1)
                    raw = first > 1 || (remaining != flagged && remaining == left * (wide ? 2 : 1))
                    if !raw {
                        wide = first & 0x01 != 0
                        position += 1
                    }
                }
                continue
            }
            let width = wide ? 2 : 1
            let n = min(left, remaining / width)
            guard n > 0 else {
                // One byte of a 16-bit character here, the other at the start of the next record.
                let low = records.u8(position)
                position += 1
                try nextContinue()
                guard remaining > 0 else {
                    throw XLSErrors.corrupt(records.stream.name, offset: records.offset,
                        detail: "a 16-bit character of the \(what) data is cut by the end of its record")
                }
                var pair = (low, records.u8(position))
                position += 1
                withUnsafeBytes(of: &pair) { text.append16($0) }
                raw = true
                left -= 1
                continue
            }
            let bytes = records.bytes(position, n * width)
            if wide { text.append16(bytes) } else { text.append8(bytes) }
            position += n * width
            left -= n
        }
        text.finish()
    }
}
