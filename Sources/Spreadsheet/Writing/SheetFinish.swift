/// What a sheet carries beyond its cells, given once its rows are written.
public struct SheetFinish: Hashable, Sendable {
    /// Only the top-left cell of a merged range holds a value.
    public var mergedRanges: [CellRange]
    /// The header row and the data below it, with filter buttons on the header.
    public var autoFilter: CellRange?
    public var validations: [DataValidation]
    public var charts: [BarChart]

    public init(mergedRanges: [CellRange] = [], autoFilter: CellRange? = nil,
                validations: [DataValidation] = [], charts: [BarChart] = []) {
        self.mergedRanges = mergedRanges
        self.autoFilter = autoFilter
        self.validations = validations
        self.charts = charts
    }
}
