/// The file formats the toolkit reads and writes.
public enum SpreadsheetFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case xlsx, ods, csv
    /// Excel 97–2003 (BIFF8) and Excel 5/95 (BIFF5): read only.
    case xls

    /// The format named by a path's extension, if any.
    public init?(pathExtension path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "xlsx", "xlsm": self = .xlsx
        case "ods": self = .ods
        case "xls", "xlt": self = .xls
        case "csv", "tsv", "txt": self = .csv
        default: return nil
        }
    }
}

/// How to read a workbook.
public struct ReadOptions: Hashable, Sendable {
    public var limits: ReadLimits = .default
    /// CSV field delimiter; nil detects it among `,` `;` and tab.
    public var csvDelimiter: UInt8? = nil
    /// Keeps as text the CSV fields whose convention the text alone cannot tell (`72.800`:
    /// 72.8, or 72,800 with `.` grouping thousands as a Vietnamese locale writes), so that
    /// a caller who knows the file's convention can decide (`CSVCellTyping.isAmbiguousNumber`).
    public var csvKeepsAmbiguousNumbers: Bool = false
    /// Reads the cells alone: an XLSX worksheet up to the end of its cells (`</sheetData>`;
    /// merged ranges, validation lists and page setup after them are not read), an ODS
    /// `content.xml` from its first sheet (the automatic styles and validation lists before it
    /// are not parsed again; their tags are only matched by the opening skim). What is skipped
    /// is checked by the part's CRC-32 only. For readers that want the values alone, such as
    /// a return's validator: in a form, about half of each part lies outside the cells.
    public var cellsOnly: Bool = false

    public init(limits: ReadLimits = .default, csvDelimiter: UInt8? = nil, csvKeepsAmbiguousNumbers: Bool = false) {
        self.limits = limits
        self.csvDelimiter = csvDelimiter
        self.csvKeepsAmbiguousNumbers = csvKeepsAmbiguousNumbers
    }
}
