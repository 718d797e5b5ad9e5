/// Reads the BIFF records of a workbook stream one at a time, through a buffer that always
/// holds the whole current record (a record is at most 4 + 65,535 bytes), so a record's
/// fields are read in place. A class because it owns that buffer.
final class BIFFRecordReader {
    let stream: CFBStream
    private let capacity = 256 * 1024
    private let buffer: UnsafeMutableRawBufferPointer
    /// Stream offset of `buffer[0]`, and how many bytes from there are valid.
    private var bufferStart = 0
    private var bufferCount = 0
    /// Stream offset of the next record's header.
    private(set) var nextOffset = 0

    /// The current record: its type, data length, header offset in the stream, and where its
    /// data starts in the buffer.
    private(set) var type: UInt16 = 0
    private(set) var length = 0
    private(set) var offset = 0
    private var data: UnsafeRawPointer

    init(stream: CFBStream) {
        self.stream = stream
        buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 8)
        data = UnsafeRawPointer(buffer.baseAddress!)
    }

    deinit { buffer.deallocate() }

    /// Moves to the record whose header starts at `offset`.
    func seek(to offset: Int) { nextOffset = offset }

    /// Reads the next record; false at the stream's end.
    func advance() throws -> Bool {
        let at = nextOffset
        if at >= stream.size { return false }
        guard at + 4 <= stream.size else {
            throw XLSErrors.truncated(stream.name, offset: at, detail: "a record header starts \(stream.size - at) bytes before the stream's end")
        }
        try ensure(at, 4)
        let header = buffer.baseAddress! + (at - bufferStart)
        let type = LittleEndian.u16(header, 0)
        let length = Int(LittleEndian.u16(header, 2))
        guard at + 4 + length <= stream.size else {
            throw XLSErrors.truncated(stream.name, offset: at,
                detail: "record 0x\(String(type, radix: 16, uppercase: true)) claims \(length) bytes; the stream ends \(stream.size - at - 4) bytes after its header")
        }
        try ensure(at, 4 + length)
        self.type = type
        self.length = length
        offset = at
        data = UnsafeRawPointer(buffer.baseAddress! + (at - bufferStart + 4))
        nextOffset = at + 4 + length
        return true
    }

    /// The type of the record after the current one, without moving; nil at the stream's end.
    func peekType() throws -> UInt16? {
        guard nextOffset + 4 <= stream.size else { return nil }
        try ensure(nextOffset, 4)
        // `ensure` may have refilled the buffer: the current record's data moves with it.
        return LittleEndian.u16(buffer.baseAddress! + (nextOffset - bufferStart), 0)
    }

    private func ensure(_ at: Int, _ count: Int) throws {
        if at >= bufferStart && at + count <= bufferStart + bufferCount { return }
        let keepCurrent = offset >= bufferStart && offset <= at && at - offset + count <= capacity
        let start = keepCurrent ? offset : at
        let n = try stream.read(at: start, into: buffer)
        bufferStart = start
        bufferCount = n
        data = UnsafeRawPointer(buffer.baseAddress! + (offset - bufferStart + 4))
        guard at + count <= start + n else {
            throw XLSErrors.truncated(stream.name, offset: at, detail: "the stream ends before the record does")
        }
    }

    // MARK: - Fields of the current record

    /// Fails unless the current record has at least `count` bytes.
    @inline(__always)
    func require(_ count: Int, _ what: String) throws {
        guard length >= count else {
            throw XLSErrors.corrupt(stream.name, offset: offset,
                detail: "\(what) record has \(length) bytes, needs \(count)")
        }
    }

    @inline(__always) func u8(_ i: Int) -> UInt8 { data.load(fromByteOffset: i, as: UInt8.self) }
    @inline(__always) func u16(_ i: Int) -> Int {
        Int(LittleEndian.u16(data, i))
    }
    @inline(__always) func u32(_ i: Int) -> UInt32 {
        LittleEndian.u32(data, i)
    }
    @inline(__always) func f64(_ i: Int) -> Double {
        Double(bitPattern: LittleEndian.u64(data, i))
    }

    /// The record's bytes from `i` (at most to its end).
    @inline(__always) func bytes(_ i: Int, _ count: Int) -> UnsafeRawBufferPointer {
        let start = min(i, length)
        return UnsafeRawBufferPointer(start: data + start, count: max(0, min(count, length - start)))
    }
}

/// The record types read (MS-XLS 2.3).
enum BIFF {
    static let bof: UInt16 = 0x0809
    static let eof: UInt16 = 0x000A
    static let continueRecord: UInt16 = 0x003C
    static let filePass: UInt16 = 0x002F
    static let codePage: UInt16 = 0x0042
    static let dateMode: UInt16 = 0x0022
    static let format: UInt16 = 0x041E
    static let xf: UInt16 = 0x00E0
    static let boundSheet: UInt16 = 0x0085
    static let sst: UInt16 = 0x00FC
    static let number: UInt16 = 0x0203
    static let rk: UInt16 = 0x027E
    static let mulRK: UInt16 = 0x00BD
    static let labelSST: UInt16 = 0x00FD
    static let label: UInt16 = 0x0204
    static let rString: UInt16 = 0x00D6
    static let boolErr: UInt16 = 0x0205
    static let formula: UInt16 = 0x0006
    static let string: UInt16 = 0x0207
    static let mergedCells: UInt16 = 0x00E5
    static let sharedFormula: UInt16 = 0x04BC

    /// BOF `vers` of BIFF8 and BIFF5/7.
    static let biff8: Int = 0x0600
    static let biff5: Int = 0x0500
}
