import Foundation

/// One entry of a zip package's central directory.
struct ZipEntry: Hashable, Sendable {
    /// The name as stored.
    var name: String
    /// The name as looked up: lower-cased, `\` turned to `/`, no leading `/`.
    var key: String
    var method: UInt16
    var flags: UInt16
    var crc32: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    var localHeaderOffset: Int
    /// The name's length in bytes as stored (the local header repeats it).
    var storedNameLength = 0

    var isEncrypted: Bool { flags & 1 != 0 }
    var isDirectory: Bool { name.hasSuffix("/") || name.hasSuffix("\\") }

    /// How a part name or relationship target is matched against entry names.
    static func lookupKey(_ name: String) -> String {
        // ASCII names without a backslash or a leading `/` (nearly all) need neither step:
        // Foundation's replace cost more than the rest of a lookup, done for every part of every return.
        if !name.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 >= 0x80 }), name.utf8.first != UInt8(ascii: "/") {
            return name.lowercased()
        }
        return generalLookupKey(name)
    }

    /// `lookupKey` without its shortcut.
    static func generalLookupKey(_ name: String) -> String {
        var s = name.replacingOccurrences(of: "\\", with: "/")
        while s.hasPrefix("/") { s.removeFirst() }
        return s.lowercased()
    }
}
