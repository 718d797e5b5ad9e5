import Crypto
import Spreadsheet

/// The SHA-256 of a file's bytes as lower-case hex: the provenance of every consolidated value
/// and the portal's content address. swift-crypto (BoringSSL's assembly) does the hashing.
public enum ContentHash {
    /// The digest of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The digest of the file `book` reads: its bytes are read through the reader's own
    /// descriptor, so the hash is of the bytes the values came from, never of a file put in
    /// the path's place since.
    public static func hex(of book: WorkbookReader) throws -> String {
        var hasher = SHA256()
        try book.forEachChunk { hasher.update(bufferPointer: $0) }
        return hex(hasher.finalize())
    }

    private static let digits = Array("0123456789abcdef".utf8)

    private static func hex(_ digest: SHA256.Digest) -> String {
        var out = [UInt8]()
        out.reserveCapacity(SHA256.Digest.byteCount * 2)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
