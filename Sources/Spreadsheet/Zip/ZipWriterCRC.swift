/// CRC-32 of a concatenation from the CRCs of its pieces, so a part whose beginning is
/// written last (a worksheet's header) need not be read twice.
///
/// CRC-32 is a remainder of polynomial division over GF(2): appending `n` bytes multiplies
/// the first piece's remainder by x^(8n) modulo the generator. Bits are reflected, so
/// x^0 is the top bit.
enum CRC32Combine {
    private static let polynomial: UInt32 = 0xEDB8_8320

    /// x^(2^k) mod P for k = 0...31; powers repeat with the multiplicative order, and 32
    /// squarings cover every byte count an `Int` can name when indexed modulo 32.
    private static let powers: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 32)
        table[0] = 1 << 30  // x^1
        for k in 1..<32 { table[k] = multiply(table[k - 1], table[k - 1]) }
        return table
    }()

    /// a(x)·b(x) mod P.
    private static func multiply(_ a: UInt32, _ b: UInt32) -> UInt32 {
        var product: UInt32 = 0
        var a = a
        var b = b
        while a != 0 {
            if a & 0x8000_0000 != 0 { product ^= b }
            a <<= 1
            b = b & 1 != 0 ? (b >> 1) ^ polynomial : b >> 1
        }
        return product
    }

    /// The CRC of `first ++ second` given the CRC of each and the length of `second`.
    static func combine(_ first: UInt32, _ second: UInt32, secondLength: UInt64) -> UInt32 {
        var shift: UInt32 = 1 << 31  // x^0
        var n = secondLength
        var k = 3  // bytes to bits: x^(8n) = x^(2^3 · n)
        while n != 0 {
            if n & 1 != 0 { shift = multiply(powers[k & 31], shift) }
            n >>= 1
            k += 1
        }
        return multiply(shift, first) ^ second
    }
}
