/// Locks a sheet's locked cells against editing; unlocked cells (input cells) stay editable.
public struct SheetProtection: Hashable, Sendable {
    /// The 16-bit legacy hash as four hex digits (`83AF`), nil for no password.
    public var passwordHash: String?
    public var allowFormatColumns: Bool
    public var allowFormatRows: Bool
    public var allowSort: Bool
    public var allowAutoFilter: Bool

    public init(passwordHash: String? = nil, allowFormatColumns: Bool = false, allowFormatRows: Bool = false,
                allowSort: Bool = false, allowAutoFilter: Bool = false) {
        self.passwordHash = passwordHash
        self.allowFormatColumns = allowFormatColumns
        self.allowFormatRows = allowFormatRows
        self.allowSort = allowSort
        self.allowAutoFilter = allowAutoFilter
    }

    /// Protection with a password, stored as its legacy hash. This keeps honest users from
    /// editing by mistake; it is not security (the hash is weak by design of the format).
    public init(password: String, allowFormatColumns: Bool = false, allowFormatRows: Bool = false,
                allowSort: Bool = false, allowAutoFilter: Bool = false) {
        self.init(passwordHash: SheetProtection.legacyHash(password), allowFormatColumns: allowFormatColumns,
                  allowFormatRows: allowFormatRows, allowSort: allowSort, allowAutoFilter: allowAutoFilter)
    }

    /// The password verifier of ECMA-376 Part 4 §14.7.1 (`sheetProtection/@password`),
    /// over the password's low bytes as the programs compute it.
    public static func legacyHash(_ password: String) -> String {
        let bytes = password.utf16.map { UInt16($0 & 0xFF) }
        var hash: UInt16 = 0
        for c in bytes.reversed() {
            hash = ((hash >> 14) & 0x01) | ((hash << 1) & 0x7FFF)
            hash ^= c
        }
        hash = ((hash >> 14) & 0x01) | ((hash << 1) & 0x7FFF)
        hash ^= UInt16(bytes.count)
        hash ^= 0xCE4B
        let digits = Array("0123456789ABCDEF".utf8)
        let s = (0..<4).reversed().map { digits[Int((hash >> (4 * UInt16($0))) & 15)] }
        return String(decoding: s, as: UTF8.self)
    }
}
