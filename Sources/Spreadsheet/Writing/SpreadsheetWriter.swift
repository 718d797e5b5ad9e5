/// A streaming spreadsheet writer: sheets one after another, each as setup, rows, finish.
///
/// Rows go to disk as they come, so memory stays flat however many there are. Every
/// format's writer (XLSX now, ODS later) implements this; a writer is a class because it
/// owns the output file. Nothing appears at the target path until `finish()` succeeds;
/// after a thrown error or `cancel()` the target is untouched.
public protocol SpreadsheetWriter: AnyObject {
    /// Registers a style and returns its handle; identical styles share one handle.
    func register(_ style: CellStyle) -> StyleHandle

    /// Starts a sheet. The previous sheet must have been ended.
    func beginSheet(_ setup: SheetSetup) throws

    /// Writes one row of the current sheet. Rows come in ascending order, cells in
    /// ascending column order; empty rows may be skipped.
    /// - Parameters:
    ///   - index: 0-based row index.
    ///   - height: row height in points, nil for the sheet's default.
    func writeRow(_ index: Int, _ cells: [WriteCell], height: Double?) throws

    /// Ends the current sheet with what is known only after its rows.
    func endSheet(_ finish: SheetFinish) throws

    /// Adds a workbook-level (or sheet-local) defined name.
    func addDefinedName(_ name: DefinedName) throws

    /// Writes the remaining parts and moves the file into place.
    func finish() throws

    /// Gives up: removes the temporary file; the target is untouched.
    func cancel()
}

extension SpreadsheetWriter {
    public func writeRow(_ index: Int, _ cells: [WriteCell]) throws {
        try writeRow(index, cells, height: nil)
    }

    public func endSheet() throws {
        try endSheet(SheetFinish())
    }
}
