/// What every writer can store, so that a reader of returns can refuse at the return's cell
/// what an output could not hold, instead of failing later at a cell of the output.
public enum WritableValues {
    /// XLSX's 1900 date system starts on 1900-01-01 and Excel stops at 9999-12-31 (ODS
    /// holds more; a value meant for every format keeps to the narrower range).
    public static let dateYears = 1900...9999
    /// Excel holds at most 32,767 characters (UTF-16 units) in a cell and refuses files with more.
    public static let maxTextLength = 32_767

    /// Whether every writer can store the date as a date.
    public static func canWrite(_ date: CivilDate) -> Bool {
        date.isValid && dateYears.contains(date.year)
    }

    /// Whether every writer can store the text in one cell.
    public static func canWrite(text: String) -> Bool {
        text.utf8.count <= maxTextLength || text.utf16.count <= maxTextLength
    }
}
