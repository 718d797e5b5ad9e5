#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// XML's white space: space, tab, line feed, carriage return.
@inlinable @inline(__always)
package func isXMLSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

/// A view of UTF-8 bytes handed out by the XML parser; valid only during the callback.
package struct XMLBytes {
    package let base: UnsafePointer<UInt8>
    // -1 for a NUL-terminated name whose length is only measured when asked: namespace
    // URIs are long and most handlers never look at them.
    @usableFromInline let knownCount: Int

    package init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.knownCount = count
    }

    package init(cString: UnsafePointer<UInt8>) {
        self.base = cString
        self.knownCount = -1
    }

    package var count: Int {
        knownCount >= 0 ? knownCount : strlen(UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self))
    }

    package var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    package var string: String { String(decoding: buffer, as: UTF8.self) }

    /// Compares with an ASCII literal without allocating. Inlinable: readers call it
    /// several times per cell.
    @inlinable
    package func equals(_ literal: StaticString) -> Bool {
        let l = literal.utf8Start
        let n = literal.utf8CodeUnitCount
        if knownCount < 0 {
            // Compare through the terminator without measuring first.
            var i = 0
            while i < n {
                if base[i] != l[i] { return false }
                i += 1
            }
            return base[n] == 0
        }
        guard n == knownCount else { return false }
        var i = 0
        while i < n {
            if base[i] != l[i] { return false }
            i += 1
        }
        return true
    }

    /// Parses a non-negative decimal integer; nil when empty, not digits, or absurdly long.
    package var unsignedInteger: Int? {
        guard count > 0, count <= 18 else { return nil }
        var v = 0
        for i in 0..<count {
            let d = Int(base[i]) &- 48
            guard d >= 0, d <= 9 else { return nil }
            v = v * 10 + d
        }
        return v
    }
}

/// The attributes of one start tag; valid only during the callback.
package struct XMLAttributes {
    // libxml2 SAX2 layout: 5 pointers per attribute: localname, prefix, URI, value start, value end.
    private let raw: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    package let count: Int

    package init(raw: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, count: Int) {
        self.raw = raw
        self.count = raw == nil ? 0 : count
    }

    package func localName(at i: Int) -> XMLBytes { XMLBytes(cString: raw![i * 5]!) }

    package func namespace(at i: Int) -> XMLBytes? { raw![i * 5 + 2].map { XMLBytes(cString: $0) } }

    package func value(at i: Int) -> XMLBytes {
        let start = raw![i * 5 + 3]!
        let end = raw![i * 5 + 4]!
        return XMLBytes(base: start, count: end - start)
    }

    /// The value of the first attribute with this local name, whatever its namespace.
    @inline(__always)
    package subscript(_ localName: StaticString) -> XMLBytes? {
        guard let raw else { return nil }
        let l = localName.utf8Start
        let n = localName.utf8CodeUnitCount
        var i = 0
        while i < count {
            let name = raw[i * 5]!
            var j = 0
            while j < n && name[j] == l[j] { j += 1 }
            if j == n && name[n] == 0 {
                let start = raw[i * 5 + 3]!
                return XMLBytes(base: start, count: raw[i * 5 + 4]! - start)
            }
            i += 1
        }
        return nil
    }
}

/// Receives the events of a streamed XML document.
///
/// Callbacks cannot throw through C; a handler that meets bad content records it in
/// `failure` (and ignores what follows); the parser rethrows it once the chunk being fed
/// is parsed. Checking per chunk rather than per event keeps the hot path lean.
package protocol XMLEventHandler: AnyObject {
    func startElement(_ localName: XMLBytes, namespace: XMLBytes?, attributes: XMLAttributes)
    func endElement(_ localName: XMLBytes, namespace: XMLBytes?)
    func characters(_ text: XMLBytes)
    var failure: (any Error)? { get }
    /// True once the handler has read all it wants: checked after each end tag, the parser then
    /// stops there and reports a clean end (a worksheet read for its cells alone needs nothing
    /// after them).
    var hasEnough: Bool { get }
}

extension XMLEventHandler {
    package var hasEnough: Bool { false }
}
