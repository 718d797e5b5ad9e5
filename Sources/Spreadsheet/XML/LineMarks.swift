#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How many line breaks precede each of some positions of a part, counted over its bytes as
/// they go by (`XMLPartParser.begin`, which skips bytes unparsed yet keeps their lines).
struct LineMarks {
    private let marks: [Int]
    private var linesBefore: [Int]
    private var next = 0
    private var lines = 0
    /// Bytes counted so far.
    private(set) var position = 0

    /// - Parameter marks: positions in increasing order.
    init(at marks: [Int]) {
        self.marks = marks
        linesBefore = [Int](repeating: 0, count: marks.count)
    }

    /// Counts the next bytes of the part.
    mutating func advance(over bytes: UnsafeRawBufferPointer) {
        var i = 0
        while true {
            settle()
            let end = next < marks.count ? min(bytes.count, marks[next] - position + i) : bytes.count
            guard i < end else { break }
            lines += Self.lineBreaks(UnsafeRawBufferPointer(rebasing: bytes[i..<end]))
            position += end - i
            i = end
        }
        settle()
    }

    /// The line breaks before each mark; marks past the bytes counted get all of them.
    mutating func finish() -> [Int] {
        while next < marks.count {
            linesBefore[next] = lines
            next += 1
        }
        return linesBefore
    }

    private mutating func settle() {
        while next < marks.count && marks[next] <= position {
            linesBefore[next] = lines
            next += 1
        }
    }

    /// The line breaks in `bytes` (memchr: a part's bytes are mostly not line breaks).
    static func lineBreaks(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard var p = bytes.baseAddress, !bytes.isEmpty else { return 0 }
        let end = p + bytes.count
        var n = 0
        while p < end, let hit = memchr(p, 0x0A, end - p) {
            n += 1
            p = UnsafeRawPointer(hit) + 1
        }
        return n
    }
}
