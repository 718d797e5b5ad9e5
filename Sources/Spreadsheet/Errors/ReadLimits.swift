/// Bounds that keep a hostile or broken file from exhausting time or memory.
/// Every limit has a clear error; all are settable from the library and the CLI.
public struct ReadLimits: Hashable, Sendable {
    /// Largest file accepted at all.
    public var maxFileSize: Int = 2 << 30
    /// Most entries in a zip package.
    public var maxEntries: Int = 10_000
    /// Largest uncompressed size of one zip entry.
    public var maxEntrySize: Int = 1 << 30
    /// Largest uncompressed size of all entries read from one package.
    public var maxTotalSize: Int = 4 << 30
    /// Most directory entries in an OLE2 compound file (.xls).
    public var maxCompoundEntries: Int = 10_000
    /// Largest stream of an OLE2 compound file (a `.xls` workbook stream).
    public var maxCompoundStreamSize: Int = 1 << 30
    /// Largest uncompressed/compressed ratio of an entry once past `ratioGraceSize` bytes.
    public var maxCompressionRatio: Int = 200
    /// Uncompressed bytes an entry may produce before its ratio is checked.
    public var ratioGraceSize: Int = 1 << 20
    /// Most shared strings (XLSX) or most characters in them, together.
    public var maxSharedStringBytes: Int = 512 << 20
    /// Most cells materialised from ODS repeat counts in one sheet (empty repeats cost nothing).
    public var maxRepeatedCells: Int = 10_000_000
    /// Longest text in one cell or CSV field, in bytes.
    public var maxCellTextBytes: Int = 1 << 20
    /// Deepest XML element nesting accepted (libxml2 itself stops at 256).
    public var maxXMLDepth: Int = 200

    public init() {}

    public static let `default` = ReadLimits()
}
