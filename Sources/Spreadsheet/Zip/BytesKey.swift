#if canImport(Glibc)
import Glibc
#endif

/// Bytes as a dictionary key, hashed and compared as whole buffers: `[UInt8]`'s own
/// conformance takes them one by one, which cost more than the work the memos save.
package struct BytesKey: Hashable, Sendable {
    package var bytes: [UInt8]

    package init(bytes: [UInt8]) { self.bytes = bytes }

    package func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    package static func == (a: BytesKey, b: BytesKey) -> Bool {
        a.bytes.count == b.bytes.count && a.bytes.withUnsafeBytes { x in
            b.bytes.withUnsafeBytes { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
    }
}
