/// What the workbook globals substream says: version, code page, date system, number
/// formats, sheets and the shared-string table (MS-XLS 2.1.7.20.1).
struct XLSGlobals {
    struct Sheet {
        var name: String
        var state: SheetState
        /// Stream offset of the sheet's BOF record.
        var offset: Int
    }

    var biff8 = true
    var codePage = CodePage.cp1252
    var dateSystem = DateSystem.excel1900
    var sheets: [Sheet] = []
    var styles = CellStyles()
    var sharedStrings: [String] = []

    /// Reads from the stream's start to the globals' EOF.
    static func read(_ records: BIFFRecordReader, limits: ReadLimits) throws -> XLSGlobals {
        var g = XLSGlobals()
        let stream = records.stream.name
        guard try records.advance() else {
            throw XLSErrors.truncated(stream, offset: 0, detail: "the workbook stream is empty")
        }
        try g.readBOF(records)
        var formatIDs: [Int] = []
        var customFormats: [Int: String] = [:]
        var text = BIFFText()
        while true {
            guard try records.advance() else {
                throw XLSErrors.truncated(stream, offset: records.nextOffset, detail: "the workbook globals end without an EOF record")
            }
            switch records.type {
            case BIFF.eof:
                g.styles = CellStyles(formatIDs: formatIDs, customCodes: customFormats)
                return g
            case BIFF.filePass:
                throw XLSErrors.passwordProtected(stream)
            case BIFF.codePage:
                try records.require(2, "CODEPAGE")
                let id = records.u16(0)
                if !g.biff8 {
                    guard let page = CodePage(identifier: id) else { throw XLSErrors.codePage(id, stream: stream) }
                    g.codePage = page
                    text = BIFFText(codePage: page)
                }
            case BIFF.dateMode:
                try records.require(2, "DATEMODE")
                g.dateSystem = records.u16(0) == 0 ? .excel1900 : .excel1904
            case BIFF.xf:
                try records.require(4, "XF")
                formatIDs.append(records.u16(2))
            case BIFF.format:
                try records.require(3, "FORMAT")
                let id = records.u16(0)
                customFormats[id] = try g.shortString(records, at: 2, countBytes: g.biff8 ? 2 : 1, into: &text, "FORMAT")
            case BIFF.boundSheet:
                try records.require(7, "BOUNDSHEET")
                let offset = Int(records.u32(0))
                let state: SheetState = switch records.u8(4) & 0x03 {
                case 0: .visible
                case 1: .hidden
                default: .veryHidden
                }
                let name = try g.shortString(records, at: 6, countBytes: 1, into: &text, "BOUNDSHEET")
                // Chart, macro and VBA sheets hold no cells.
                if records.u8(5) == 0 { g.sheets.append(Sheet(name: name, state: state, offset: offset)) }
            case BIFF.sst where g.biff8:
                g.sharedStrings = try readSST(records, limits: limits)
            default:
                continue
            }
        }
    }

    private mutating func readBOF(_ records: BIFFRecordReader) throws {
        switch records.type {
        case BIFF.bof:
            try records.require(4, "BOF")
            let version = records.u16(0)
            guard version == BIFF.biff8 || version == BIFF.biff5 else {
                if version < BIFF.biff5 { throw XLSErrors.tooOld(version: "Excel 2.x–4.0 (BIFF\(version >> 8 > 0 ? version >> 8 : 4))") }
                throw XLSErrors.corrupt(records.stream.name, offset: 0, detail: "unknown BIFF version 0x\(String(version, radix: 16))")
            }
            biff8 = version == BIFF.biff8
            guard records.u16(2) == 0x0005 else {
                throw XLSErrors.corrupt(records.stream.name, offset: 0, detail: "the stream does not start with the workbook globals (BOF type 0x\(String(records.u16(2), radix: 16)))")
            }
        case 0x0009, 0x0209, 0x0409:
            throw XLSErrors.tooOld(version: "Excel 2.x–4.0")
        default:
            throw XLSErrors.corrupt(records.stream.name, offset: 0, detail: "the workbook stream does not start with a BOF record")
        }
    }

    /// A string with a 1- or 2-byte count that lies within its record: BIFF8 adds a flags byte
    /// (8- or 16-bit characters), BIFF5 uses the code page.
    func shortString(_ records: BIFFRecordReader, at start: Int, countBytes: Int, into text: inout BIFFText,
                     _ what: String) throws -> String {
        let count = countBytes == 1 ? Int(records.u8(start)) : records.u16(start)
        var at = start + countBytes
        text.reset()
        var wide = false
        if biff8 {
            try records.require(at + 1, what)
            wide = records.u8(at) & 0x01 != 0
            at += 1
        }
        let size = count * (wide ? 2 : 1)
        try records.require(at + size, what)
        if wide { text.append16(records.bytes(at, size)) } else { text.append8(records.bytes(at, size)) }
        text.finish()
        return text.string()
    }

    /// The shared-string table with its CONTINUE records (MS-XLS 2.4.265).
    private static func readSST(_ records: BIFFRecordReader, limits: ReadLimits) throws -> [String] {
        try records.require(8, "SST")
        let sstOffset = records.offset
        let declared = Int(records.u32(4))
        var strings: [String] = []
        strings.reserveCapacity(min(declared, 1 << 16))
        var reader = ContinuedReader(records: records, at: 8, what: "SST")
        var text = BIFFText()
        var total = 0
        while strings.count < declared {
            if try reader.atEnd() {
                throw XLSErrors.corrupt(records.stream.name, offset: sstOffset,
                    detail: "the SST declares \(declared) strings but holds \(strings.count)")
            }
            let count = try reader.integer(2)
            let flags = try reader.integer(1)
            let runs = flags & 0x08 != 0 ? try reader.integer(2) : 0
            let extra = flags & 0x04 != 0 ? try reader.integer(4) : 0
            text.reset()
            try reader.characters(count, wide: flags & 0x01 != 0, into: &text)
            try reader.skip(4 * runs + extra)
            total += text.byteCount
            guard total <= limits.maxSharedStringBytes else {
                throw XLSXErrors.sharedStringsTooLarge(limit: limits.maxSharedStringBytes, part: records.stream.name)
            }
            strings.append(text.string())
        }
        return strings
    }
}
