/// The automatic styles a workbook's sheets, columns and rows use, numbered as they are
/// first asked for (`ta1`, `co1`, `ro1`) and written once all sheets are known; cell styles
/// are the style table's handles (`ce3` is handle 3), so the hot path needs no lookup.
struct ODSAutomaticStyles {
    struct TableStyle: Hashable {
        var visible: Bool
        /// The master page (page style) name.
        var masterPage: String
    }

    /// Column widths in centimetres, `co1` first.
    private(set) var columnWidths: [Double] = []
    private var columnIndex: [Double: Int] = [:]
    /// Row heights in points, `ro1` first.
    private(set) var rowHeights: [Double] = []
    private var rowIndex: [Double: Int] = [:]
    private(set) var tables: [TableStyle] = []
    private var tableIndex: [TableStyle: Int] = [:]
    /// Page setups of the sheets that have one, `Print1` first (the others print with `Default`).
    private(set) var pages: [PrintSetup] = []
    private var pageIndex: [PrintSetup: Int] = [:]
    /// Per style handle: 0 not yet known, 1 percentage format, 2 other.
    private var percentage: [UInt8] = []
    /// Per style handle, the handle of its boolean variant (-1: not yet made).
    private var booleanVariants: [Int] = []

    /// The internal format code of the boolean variants; never written as a code.
    static let booleanCode = "\u{0}BOOLEAN"

    /// The number in `coN` of a width.
    mutating func column(width: Double) -> Int {
        let cm = ODSLength.columnCentimetres(width)
        if let i = columnIndex[cm] { return i }
        columnWidths.append(cm)
        columnIndex[cm] = columnWidths.count
        return columnWidths.count
    }

    /// The number in `roN` of a height in points.
    mutating func row(height: Double) -> Int {
        if let i = rowIndex[height] { return i }
        rowHeights.append(height)
        rowIndex[height] = rowHeights.count
        return rowHeights.count
    }

    /// The number in `taN` of a sheet's table style.
    mutating func table(visible: Bool, print: PrintSetup?) -> Int {
        var master = "Default"
        if let print {
            if let i = pageIndex[print] {
                master = "Print\(i)"
            } else {
                pages.append(print)
                pageIndex[print] = pages.count
                master = "Print\(pages.count)"
            }
        }
        let style = TableStyle(visible: visible, masterPage: master)
        if let i = tableIndex[style] { return i }
        tables.append(style)
        tableIndex[style] = tables.count
        return tables.count
    }

    /// Whether numbers in this style are percentages (`office:value-type="percentage"`).
    @inline(__always)
    mutating func isPercentage(_ handle: StyleHandle, styles: StyleTable) -> Bool {
        let i = handle.index
        if i < percentage.count && percentage[i] != 0 { return percentage[i] == 1 }
        if percentage.count <= i { percentage.append(contentsOf: repeatElement(0, count: i + 1 - percentage.count)) }
        let code = styles.styles[i].numberFormat
        percentage[i] = code.flatMap(ODSNumberStyle.init(code:))?.kind == .percentage ? 1 : 2
        return percentage[i] == 1
    }

    /// Booleans in a style without a number format get a variant with the boolean data
    /// style, or programs show them as 1 and 0.
    @inline(__always)
    mutating func booleanVariant(of handle: StyleHandle, styles: inout StyleTable) -> StyleHandle {
        let i = handle.index
        if i < booleanVariants.count && booleanVariants[i] >= 0 { return StyleHandle(booleanVariants[i]) }
        if booleanVariants.count <= i { booleanVariants.append(contentsOf: repeatElement(-1, count: i + 1 - booleanVariants.count)) }
        var style = styles.styles[i]
        guard style.numberFormat == nil else {
            booleanVariants[i] = i
            return handle
        }
        style.numberFormat = ODSAutomaticStyles.booleanCode
        let variant = styles.register(style)
        booleanVariants[i] = variant.index
        return variant
    }
}
