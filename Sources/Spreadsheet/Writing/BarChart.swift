/// A clustered bar chart placed over a sheet's cells: one category range and one or more
/// value series, all in the workbook (the chart follows the cells when they change). The value
/// axis starts at 0, so bar lengths compare truly; a legend shows only for several series.
public struct BarChart: Hashable, Sendable {
    public enum Direction: Hashable, Sendable {
        /// Horizontal bars, categories top to bottom in sheet order (a ranking).
        case horizontal
        /// Vertical columns, categories left to right.
        case vertical
    }

    public struct Series: Hashable, Sendable {
        /// The legend text.
        public var name: String?
        public var values: SheetRange

        public init(name: String?, values: SheetRange) {
            self.name = name
            self.values = values
        }
    }

    public var title: String?
    public var direction: Direction
    public var categories: SheetRange
    public var series: [Series]
    /// The cells the chart covers.
    public var anchor: CellRange
    /// Number-format code of the value labels on the bars; nil for none.
    public var valueLabels: String?
    /// Number-format code of the value axis's labels (`#,##0`: 20, not 20.00); nil shows them
    /// as the value cells are formatted.
    public var axisLabels: String?
    /// The font of every text of the chart; nil leaves the program's default.
    public var fontName: String?

    public init(title: String? = nil, direction: Direction = .horizontal, categories: SheetRange,
                series: [Series], anchor: CellRange, valueLabels: String? = nil, axisLabels: String? = nil,
                fontName: String? = nil) {
        self.title = title
        self.direction = direction
        self.categories = categories
        self.series = series
        self.anchor = anchor
        self.valueLabels = valueLabels
        self.axisLabels = axisLabels
        self.fontName = fontName
    }
}

/// A range on a named sheet.
public struct SheetRange: Hashable, Sendable, CustomStringConvertible {
    public var sheet: String
    public var range: CellRange

    public init(sheet: String, range: CellRange) {
        self.sheet = sheet
        self.range = range
    }

    /// `'Xếp hạng'!$A$2:$A$15`, the form formulas and charts use.
    public var description: String {
        DocumentLocation.quoteSheetName(sheet) + "!" + range.absoluteDescription
    }
}

extension CellRange {
    /// `$A$2:$C$9` (or `$B$2` for one cell).
    public var absoluteDescription: String {
        func abs(_ r: CellReference) -> String { "$" + CellReference.columnName(r.column) + "$" + String(r.row + 1) }
        return start == end ? abs(start) : abs(start) + ":" + abs(end)
    }
}
