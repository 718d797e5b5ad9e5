/// What a sheet is and how it is laid out, given before its rows.
public struct SheetSetup: Hashable, Sendable {
    /// At most 31 characters, none of `[ ] : * ? / \`, unique in the workbook ignoring case.
    public var name: String
    public var state: SheetState
    public var columns: [ColumnFormat]
    /// Points; nil for the program's default (15 in XLSX).
    public var defaultRowHeight: Double?
    public var frozen: FrozenPanes?
    public var print: PrintSetup?
    public var protection: SheetProtection?
    /// Whether gridlines show on screen.
    public var showGridLines: Bool
    /// Merged ranges known before the rows. ODS marks merges on the cells themselves, so a
    /// streaming ODS writer needs them here; XLSX takes these and `SheetFinish`'s alike.
    public var mergedRanges: [CellRange]
    /// Data validations known before the rows, for the same reason as `mergedRanges`.
    public var validations: [DataValidation]

    public init(name: String, state: SheetState = .visible, columns: [ColumnFormat] = [],
                defaultRowHeight: Double? = nil, frozen: FrozenPanes? = nil, print: PrintSetup? = nil,
                protection: SheetProtection? = nil, showGridLines: Bool = true,
                mergedRanges: [CellRange] = [], validations: [DataValidation] = []) {
        self.name = name
        self.state = state
        self.columns = columns
        self.defaultRowHeight = defaultRowHeight
        self.frozen = frozen
        self.print = print
        self.protection = protection
        self.showGridLines = showGridLines
        self.mergedRanges = mergedRanges
        self.validations = validations
    }
}

/// Width and style of a run of columns.
public struct ColumnFormat: Hashable, Sendable {
    /// 0-based, inclusive.
    public var first: Int
    public var last: Int
    /// In characters of the default font, as a spreadsheet program shows it; nil for the default.
    public var width: Double?
    public var style: StyleHandle?
    public var hidden: Bool

    public init(_ first: Int, _ last: Int? = nil, width: Double? = nil, style: StyleHandle? = nil, hidden: Bool = false) {
        self.first = first
        self.last = last ?? first
        self.width = width
        self.style = style
        self.hidden = hidden
    }
}

/// Rows above and columns left of a point that stay in view while scrolling.
public struct FrozenPanes: Hashable, Sendable {
    public var rows: Int
    public var columns: Int

    public init(rows: Int = 0, columns: Int = 0) {
        self.rows = rows
        self.columns = columns
    }
}
