/// The 512-byte header of an OLE2 compound file (MS-CFB 2.2).
struct CFBHeader {
    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    static let size = 512

    /// 9 (512-byte sectors, version 3) or 12 (4096-byte sectors, version 4).
    let sectorShift: Int
    let fatSectorCount: Int
    let firstDirectorySector: UInt32
    let firstMiniFATSector: UInt32
    let miniFATSectorCount: Int
    let firstDIFATSector: UInt32
    let difatSectorCount: Int
    /// The first 109 FAT sector numbers, held in the header itself.
    let headerDIFAT: [UInt32]

    init(_ b: [UInt8]) throws {
        let part = "header"
        guard b.count >= CFBHeader.size else {
            throw CFBErrors.truncated(part, detail: "\(b.count) bytes, a header needs 512")
        }
        guard b.starts(with: CFBHeader.signature) else { throw CFBErrors.corrupt(part, detail: "no OLE2 signature") }
        guard LittleEndian.u16(b, 28) == 0xFFFE else { throw CFBErrors.corrupt(part, detail: "byte order mark is not 0xFFFE") }
        let major = LittleEndian.u16(b, 26)
        let shift = Int(LittleEndian.u16(b, 30))
        guard (major == 3 && shift == 9) || (major == 4 && shift == 12) else {
            throw CFBErrors.corrupt(part, detail: "version \(major) with sector shift \(shift)")
        }
        guard LittleEndian.u16(b, 32) == 6 else { throw CFBErrors.corrupt(part, detail: "mini sector shift \(LittleEndian.u16(b, 32)), not 6") }
        guard LittleEndian.u32(b, 56) == 4096 else { throw CFBErrors.corrupt(part, detail: "mini stream cutoff \(LittleEndian.u32(b, 56)), not 4096") }
        sectorShift = shift
        fatSectorCount = Int(LittleEndian.u32(b, 44))
        firstDirectorySector = LittleEndian.u32(b, 48)
        firstMiniFATSector = LittleEndian.u32(b, 60)
        miniFATSectorCount = Int(LittleEndian.u32(b, 64))
        firstDIFATSector = LittleEndian.u32(b, 68)
        difatSectorCount = Int(LittleEndian.u32(b, 72))
        headerDIFAT = (0..<109).map { LittleEndian.u32(b, 76 + 4 * $0) }
    }
}

/// Sector numbers with a meaning of their own (MS-CFB 2.1).
enum CFBSector {
    static let maxRegular: UInt32 = 0xFFFF_FFFA
    static let difat: UInt32 = 0xFFFF_FFFC
    static let fat: UInt32 = 0xFFFF_FFFD
    static let endOfChain: UInt32 = 0xFFFF_FFFE
    static let free: UInt32 = 0xFFFF_FFFF
}
