#if canImport(Glibc)
import Glibc
#endif

extension UnsafeBufferPointer<UInt8> {
    /// Whether `word` occurs in these bytes, byte for byte (an empty word always does): for
    /// texts whose bytes are their characters, where Foundation's `contains` costs thousands of
    /// instructions a call.
    package func containsBytes(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = word.first else { return true }
        guard word.count <= count, let base = baseAddress else { return false }
        var i = 0
        while i <= count - word.count {
            if self[i] == first && memcmp(base + i, word.baseAddress!, word.count) == 0 { return true }
            i += 1
        }
        return false
    }
}

extension String {
    /// Whether the two texts have the same UTF-8 bytes (then they are also equal as Swift
    /// compares them): a byte comparison, where `==` normalises non-ASCII text as it goes and
    /// the generic `utf8.elementsEqual` walks index by index.
    package func hasSameBytes(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var a = self, b = other
        return a.withUTF8 { x in b.withUTF8 { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
    }
}
