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
