#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SheetNative

/// Raw start-tag bytes as the skimmer sees them (`<table:table table:name="A &amp; B">`):
/// attribute iteration and value decoding, for the few tags the opening scan reads.
struct ODSTagBytes {
    let bytes: UnsafeBufferPointer<UInt8>

    /// Calls `body` with each attribute's qualified name and raw (undecoded) value.
    func forEachAttribute(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
        var i = 1
        let n = bytes.count
        // Past the element name.
        while i < n, !isXMLSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") { i += 1 }
        while i < n {
            while i < n, isXMLSpace(bytes[i]) { i += 1 }
            let nameStart = i
            while i < n, bytes[i] != UInt8(ascii: "="), !isXMLSpace(bytes[i]),
                  bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") { i += 1 }
            let nameEnd = i
            while i < n, isXMLSpace(bytes[i]) { i += 1 }
            guard nameEnd > nameStart, i < n, bytes[i] == UInt8(ascii: "=") else { return }
            i += 1
            while i < n, isXMLSpace(bytes[i]) { i += 1 }
            guard i < n, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else { return }
            let quote = bytes[i]
            i += 1
            let valueStart = i
            while i < n, bytes[i] != quote { i += 1 }
            guard i < n else { return }
            body(UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd]),
                 UnsafeBufferPointer(rebasing: bytes[valueStart..<i]))
            i += 1
        }
    }

    /// The element's qualified name.
    var name: UnsafeBufferPointer<UInt8> {
        var i = 1
        while i < bytes.count, !isXMLSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") { i += 1 }
        return UnsafeBufferPointer(rebasing: bytes[1..<i])
    }

    /// An attribute value as an XML parser reports it: references decoded, white space
    /// characters turned to spaces. Nil on a reference the skimmer does not know
    /// (the caller then leaves the document to libxml2).
    static func decode(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            let b = raw[i]
            if b == UInt8(ascii: "&") {
                guard let semi = raw[i...].firstIndex(of: UInt8(ascii: ";")), semi - i <= 12 else { return nil }
                let entity = UnsafeBufferPointer(rebasing: raw[(i + 1)..<semi])
                switch String(decoding: entity, as: UTF8.self) {
                case "amp": out.append(UInt8(ascii: "&"))
                case "lt": out.append(UInt8(ascii: "<"))
                case "gt": out.append(UInt8(ascii: ">"))
                case "quot": out.append(UInt8(ascii: "\""))
                case "apos": out.append(UInt8(ascii: "'"))
                case let e where e.hasPrefix("#"):
                    let hex = e.hasPrefix("#x")
                    guard let code = UInt32(e.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10),
                          let scalar = Unicode.Scalar(code) else { return nil }
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    return nil
                }
                i = semi + 1
            } else {
                out.append(isXMLSpace(b) ? 0x20 : b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `bytes` equal `prefix` followed by `local` (`table:` + `table`).
    @inline(__always)
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8], _ local: StaticString) -> Bool {
        let n = local.utf8CodeUnitCount
        guard bytes.count == prefix.count + n, !prefix.isEmpty else { return false }
        return prefix.withUnsafeBufferPointer { p in
            memcmp(bytes.baseAddress!, p.baseAddress!, p.count) == 0
                && memcmp(bytes.baseAddress! + p.count, local.utf8Start, n) == 0
        }
    }
}
