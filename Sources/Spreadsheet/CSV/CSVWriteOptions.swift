/// The field delimiters a CSV writer may use.
public enum CSVDelimiter: UInt8, Hashable, Sendable, CaseIterable {
    case comma = 0x2C
    /// What Excel expects in locales whose decimal mark is `,` (Vietnamese).
    case semicolon = 0x3B
    case tab = 0x09
}

/// How `CSVWriter` writes.
public struct CSVWriteOptions: Hashable, Sendable {
    public var delimiter: CSVDelimiter
    /// Starts the file with the UTF-8 BOM, without which Excel reads it in the legacy code page.
    public var byteOrderMark: Bool
    /// Prefixes `'` to text starting with `=`, `+`, `-`, `@`, tab, CR or LF, which spreadsheet
    /// programs would otherwise run as a formula (OWASP CSV injection). Numbers are never touched.
    public var guardsFormulas: Bool
    /// When a file is forced to the disk (`.deferred` for many files and one sync at the end).
    public var durability: Durability

    public init(delimiter: CSVDelimiter = .comma, byteOrderMark: Bool = true, guardsFormulas: Bool = true,
                durability: Durability = .immediate) {
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
        self.guardsFormulas = guardsFormulas
        self.durability = durability
    }
}
