/// One cell handed to a writer.
public struct WriteCell: Hashable, Sendable {
    /// 0-based column.
    public var column: Int
    /// The value, or for a formula its cached result (`.empty` when unknown).
    public var value: CellValue
    /// Formula text, with or without the leading `=`.
    public var formula: String?
    /// nil: the default style (or, for dates and times, a default date format).
    public var style: StyleHandle?

    public init(column: Int, value: CellValue, formula: String? = nil, style: StyleHandle? = nil) {
        self.column = column
        self.value = value
        self.formula = formula
        self.style = style
    }

    public init(_ column: Int, _ value: CellValue, style: StyleHandle? = nil) {
        self.init(column: column, value: value, style: style)
    }
}
