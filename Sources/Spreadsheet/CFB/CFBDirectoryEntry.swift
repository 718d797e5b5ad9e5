/// One 128-byte directory entry (MS-CFB 2.6): a storage, a stream or the root.
struct CFBDirectoryEntry {
    enum Kind: UInt8 { case unused = 0, storage = 1, stream = 2, root = 5 }

    static let size = 128
    static let none: UInt32 = 0xFFFF_FFFF

    let name: String
    let kind: Kind
    let left: UInt32
    let right: UInt32
    let child: UInt32
    let startSector: UInt32
    let size: Int

    /// Parses the entry at `offset`; an unknown type reads as unused.
    init(_ b: [UInt8], at offset: Int, version4: Bool) {
        let nameBytes = min(Int(LittleEndian.u16(b, offset + 64)), 64)
        var units: [UInt16] = []
        var i = 0
        while i + 1 < nameBytes {
            let u = LittleEndian.u16(b, offset + i)
            if u == 0 { break }
            units.append(u)
            i += 2
        }
        name = String(decoding: units, as: UTF16.self)
        kind = Kind(rawValue: b[offset + 66]) ?? .unused
        left = LittleEndian.u32(b, offset + 68)
        right = LittleEndian.u32(b, offset + 72)
        child = LittleEndian.u32(b, offset + 76)
        startSector = LittleEndian.u32(b, offset + 116)
        // Version 3 files keep only 32 bits of size; some writers leave garbage in the rest.
        // A version-4 size past `Int.max` becomes negative here; `CompoundFile` refuses it.
        let low = UInt64(LittleEndian.u32(b, offset + 120)), high = UInt64(LittleEndian.u32(b, offset + 124))
        size = Int(truncatingIfNeeded: version4 ? low | high << 32 : low)
    }
}
