import CZlib

/// CRC-32 as used by ZIP, computed by zlib.
package struct CRC32: Sendable {
    package private(set) var value: UInt32 = 0

    package init() {}

    package mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        var remaining = bytes.count
        var pointer = base.assumingMemoryBound(to: Bytef.self)
        var crc = uLong(value)
        // zlib takes a 32-bit length; split larger buffers.
        while remaining > 0 {
            let n = min(remaining, Int(UInt32.max >> 1))
            crc = crc32(crc, pointer, uInt(n))
            pointer += n
            remaining -= n
        }
        value = UInt32(truncatingIfNeeded: crc)
    }

    package mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    package static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var c = CRC32()
        c.update(bytes)
        return c.value
    }
}
