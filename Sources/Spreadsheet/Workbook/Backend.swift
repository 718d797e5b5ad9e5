/// What each format's reader provides behind `WorkbookReader`.
protocol WorkbookBackend: AnyObject {
    var sheets: [SheetInfo] { get }
    var definedNames: [DefinedName] { get }
    /// Starts streaming one sheet's rows.
    func rowProducer(sheet: Int) throws -> any RowProducer
}

/// Streams one sheet, row by row, in ascending row order.
protocol RowProducer: AnyObject {
    /// The next row with at least one non-empty cell, or nil at the sheet's end.
    func next() throws -> Row?
    /// Merged ranges; complete once `next()` has returned nil.
    var mergedRanges: [CellRange] { get }
}
