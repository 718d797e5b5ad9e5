import Foundation
import Testing
@testable import ThiduaKit

/// SHA-256 against FIPS 180-4's examples and against the digest of the same bytes fed in
/// uneven pieces (the provenance hash of every consolidated value).
@Suite("SHA-256")
struct SHA256Tests {
    @Test func knownDigests() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func piecesGiveTheSameDigest() {
        let bytes = (0..<5_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = SHA256.hex(bytes)
        for cut in [1, 63, 64, 65, 127, 1000] {
            var d = SHA256()
            var i = 0
            while i < bytes.count {
                d.update(bytes[i..<min(bytes.count, i + cut)])
                i += cut
            }
            var expected = SHA256()
            expected.update(bytes)
            #expect(d.finalize() == expected.finalize(), "pieces of \(cut)")
        }
        #expect(whole.count == 64)
        // A collection without contiguous storage goes the general way.
        var lazy = SHA256()
        lazy.update(bytes.lazy.map { $0 })
        var plain = SHA256()
        plain.update(bytes)
        #expect(lazy.finalize() == plain.finalize())
    }
}
