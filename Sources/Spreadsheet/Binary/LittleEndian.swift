/// Little-endian integers of the binary formats (ZIP, OLE2 compound files, BIFF records),
/// read one way everywhere. The caller has checked that the bytes are there: a collection's
/// subscript still traps past its end, a raw pointer is read as it is.
package enum LittleEndian {
    @inline(__always)
    package static func u16<B: RandomAccessCollection>(_ b: B, _ i: Int) -> UInt16 where B.Element == UInt8, B.Index == Int {
        UInt16(b[i]) | UInt16(b[i + 1]) << 8
    }

    @inline(__always)
    package static func u32<B: RandomAccessCollection>(_ b: B, _ i: Int) -> UInt32 where B.Element == UInt8, B.Index == Int {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }

    @inline(__always)
    package static func u64<B: RandomAccessCollection>(_ b: B, _ i: Int) -> UInt64 where B.Element == UInt8, B.Index == Int {
        UInt64(u32(b, i)) | UInt64(u32(b, i + 4)) << 32
    }

    @inline(__always)
    package static func u16(_ p: UnsafeRawPointer, _ i: Int) -> UInt16 {
        UInt16(littleEndian: p.loadUnaligned(fromByteOffset: i, as: UInt16.self))
    }

    @inline(__always)
    package static func u32(_ p: UnsafeRawPointer, _ i: Int) -> UInt32 {
        UInt32(littleEndian: p.loadUnaligned(fromByteOffset: i, as: UInt32.self))
    }

    @inline(__always)
    package static func u64(_ p: UnsafeRawPointer, _ i: Int) -> UInt64 {
        UInt64(littleEndian: p.loadUnaligned(fromByteOffset: i, as: UInt64.self))
    }
}
