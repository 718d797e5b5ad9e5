import Testing
@testable import Spreadsheet

/// `XMLBuffer` keeps its bytes in storage of its own: it grows past any capacity, writes
/// numbers as their decimal text, and a copy is a value (writing to one leaves the other).
@Suite("XML buffer")
struct XMLBufferTests {
    @Test func growsPastItsCapacityKeepingEveryByte() {
        var x = XMLBuffer(capacity: 1)
        var expected: [UInt8] = []
        for i in 0..<5_000 {
            x.raw("<c r=\"")
            x.int(i)
            x.byte(UInt8(ascii: "\""))
            x.append(contentsOf: Array(repeating: UInt8(truncatingIfNeeded: i), count: i % 300))
            expected += Array("<c r=\"\(i)\"".utf8) + Array(repeating: UInt8(truncatingIfNeeded: i), count: i % 300)
        }
        #expect(x.count == expected.count)
        #expect(x.bytes == expected)
        x.withUnsafeBytes { #expect(Array($0) == expected) }
    }

    @Test func integersAreTheirDecimalText() {
        var values: [Int] = [0, 1, 9, 10, 99, 100, -1, -9, -10, 123_456_789, Int.max, Int.min, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            values += [power, power - 1, power + 1, -power]
        }
        for v in values {
            var x = XMLBuffer()
            x.int(v)
            #expect(String(decoding: x.bytes, as: UTF8.self) == String(v))
        }
    }

    @Test func aCopyIsAValue() {
        var a = XMLBuffer()
        a.raw("<row>")
        var b = a
        b.raw("<c/>")
        #expect(String(decoding: a.bytes, as: UTF8.self) == "<row>")
        #expect(String(decoding: b.bytes, as: UTF8.self) == "<row><c/>")
        var c = b
        c.removeAll()
        #expect(c.count == 0 && b.count == 9)
        a.byte(UInt8(ascii: "x"))
        #expect(String(decoding: a.bytes, as: UTF8.self) == "<row>x" && String(decoding: b.bytes, as: UTF8.self) == "<row><c/>")
    }
}
