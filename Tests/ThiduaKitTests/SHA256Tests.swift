import Foundation
import Spreadsheet
import Testing
@testable import ThiduaKit

/// The content hash against FIPS 180-4's SHA-256 examples, and the reader's chunked digest
/// against the digest of the whole file's bytes (the provenance hash of every consolidated value).
@Suite("SHA-256")
struct SHA256Tests {
    @Test func knownDigests() {
        #expect(ContentHash.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(ContentHash.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// A file larger than the reader's 1 MiB chunk is hashed piece by piece to the same digest.
    @Test func chunkedReadGivesTheWholeDigest() throws {
        let bytes = (0..<2_500_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let csv = Array("a,b\n".utf8) + bytes.map { 0x30 + $0 % 10 }
        let book = try WorkbookReader(bytes: csv, fileName: "big.csv")
        #expect(try ContentHash.hex(of: book) == ContentHash.hex(csv))
    }
}
