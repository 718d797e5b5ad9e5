/// Builds XML as UTF-8 bytes with the escaping each place needs; the hot path of every writer.
///
/// The bytes live in memory the buffer owns (`ByteStorage`), not in a Swift array: appending a
/// short literal to an array went through its generic `append(contentsOf:)`, ~90 instructions,
/// several times a cell; here it is a capacity check and a copy. A value type all the same: a
/// copy shares the storage until either is written to.
struct XMLBuffer {
    private var storage: ByteStorage

    init(capacity: Int = 4096) { storage = ByteStorage(capacity: capacity) }

    var count: Int { storage.count }

    /// The bytes written so far (a copy).
    var bytes: [UInt8] { withUnsafeBytes { Array($0) } }

    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: storage.base, count: storage.count))
    }

    mutating func removeAll() {
        makeRoom(0)
        storage.count = 0
    }

    /// Makes the storage this buffer's own with room for `n` more bytes.
    @inline(__always)
    private mutating func makeRoom(_ n: Int) {
        if !isKnownUniquelyReferenced(&storage) {
            storage = storage.copy(minimumCapacity: storage.count + n)
        } else if storage.capacity - storage.count < n {
            storage.grow(minimumCapacity: storage.count + n)
        }
    }

    @inline(__always)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        makeRoom(bytes.count)
        (storage.base + storage.count).update(from: source, count: bytes.count)
        storage.count += bytes.count
    }

    mutating func append(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    @inline(__always)
    mutating func raw(_ s: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Text known to need no escaping (numbers, references, fixed names).
    @inline(__always)
    mutating func raw(_ s: String) {
        var s = s
        s.withUTF8 { append(contentsOf: $0) }
    }

    @inline(__always)
    mutating func byte(_ b: UInt8) {
        makeRoom(1)
        storage.base[storage.count] = b
        storage.count += 1
    }

    mutating func int(_ value: Int) {
        var v = value
        if v < 0 {
            byte(UInt8(ascii: "-"))
            if v == .min { raw(String(v).dropFirst().description); return }
            v = -v
        }
        if v < 10 { byte(48 + UInt8(v)); return }
        var digits = 0
        var rest = v
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        makeRoom(digits)
        var i = storage.count + digits
        while v > 0 {
            i -= 1
            storage.base[i] = 48 + UInt8(v % 10)
            v /= 10
        }
        storage.count += digits
    }

    /// The shortest text that reads back as the same `Double`; integers without `.0`,
    /// exponents as `1.5E-7`. Infinities and NaN have no XML number form: callers check first.
    mutating func number(_ d: Double) {
        if d == d.rounded(.towardZero) && abs(d) < 1e16 {
            int(Int(d))
            return
        }
        var text = d.description
        text.withUTF8 { utf8 in
            var i = 0
            while i < utf8.count {
                let b = utf8[i]
                if b == UInt8(ascii: "e") {
                    byte(UInt8(ascii: "E"))
                    i += 1
                    if utf8[i] == UInt8(ascii: "+") || utf8[i] == UInt8(ascii: "-") {
                        if utf8[i] == UInt8(ascii: "-") { byte(utf8[i]) }
                        i += 1
                    }
                    while i < utf8.count - 1 && utf8[i] == UInt8(ascii: "0") { i += 1 }
                    continue
                }
                byte(b)
                i += 1
            }
        }
    }

    /// Escaped character data (`&`, `<`, `>`); for attribute values also `"`.
    /// Characters XML cannot carry are dropped (formats with their own escape handle them first).
    mutating func text(_ s: String, attribute: Bool = false) {
        var s = s
        s.withUTF8 { utf8 in
            escape(utf8, attribute: attribute, control: { _, _ in })
        }
    }

    /// The escaping loop: copies runs of plain bytes, escapes markup, and hands characters
    /// XML 1.0 forbids (C0 controls but tab and LF, CR, U+FFFE, U+FFFF) to `control`.
    @inline(__always)
    mutating func escape(_ utf8: UnsafeBufferPointer<UInt8>, attribute: Bool,
                         control: (inout XMLBuffer, UInt32) -> Void) {
        let n = utf8.count
        var runStart = 0
        var i = 0
        while i < n {
            let b = utf8[i]
            // Fast test: everything at or above `?` except U+FFFE/U+FFFF lead bytes is plain.
            if b > 0x3E && b != 0xEF { i += 1; continue }
            var replacement: StaticString? = nil
            var forbidden: UInt32? = nil
            var width = 1
            switch b {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): if attribute { replacement = "&quot;" }
            case 0x09: if attribute { replacement = "&#9;" }
            case 0x0A: if attribute { replacement = "&#10;" }
            case 0x0D: forbidden = 0x0D
            case 0xEF:
                if i + 2 < n && utf8[i + 1] == 0xBF && (utf8[i + 2] == 0xBE || utf8[i + 2] == 0xBF) {
                    forbidden = 0xFF00 | UInt32(utf8[i + 2] + 0x40)
                    width = 3
                }
            default:
                if b < 0x20 { forbidden = UInt32(b) }
            }
            if replacement == nil && forbidden == nil { i += width; continue }
            if runStart < i { append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
            if let replacement { raw(replacement) } else if let forbidden { control(&self, forbidden) }
            i += width
            runStart = i
        }
        if runStart < n { append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<n])) }
    }

    /// Four upper-case hex digits.
    mutating func hex4(_ v: UInt32) {
        let digits: StaticString = "0123456789ABCDEF"
        digits.withUTF8Buffer { d in
            for shift in stride(from: 12, through: 0, by: -4) {
                byte(d[Int((v >> UInt32(shift)) & 15)])
            }
        }
    }
}

/// The growable bytes behind an `XMLBuffer`: one owner at a time, copied before a shared one
/// is written to.
final class ByteStorage {
    fileprivate(set) var base: UnsafeMutablePointer<UInt8>
    fileprivate(set) var capacity: Int
    fileprivate var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    fileprivate func copy(minimumCapacity: Int) -> ByteStorage {
        let copy = ByteStorage(capacity: max(capacity, minimumCapacity))
        copy.base.update(from: base, count: count)
        copy.count = count
        return copy
    }

    /// At least doubles, so appending stays linear.
    fileprivate func grow(minimumCapacity: Int) {
        let grown = max(minimumCapacity, capacity * 2)
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        fresh.update(from: base, count: count)
        base.deallocate()
        base = fresh
        capacity = grown
    }
}
