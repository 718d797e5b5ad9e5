/// Where the sheets of `content.xml` begin, found by the opening skim: a read of the cells
/// alone (`ReadOptions.cellsOnly`) starts its parse there, after the raw start tags of the
/// ancestors (`head`: the root with its namespace declarations, `office:body`,
/// `office:spreadsheet`, each with where it begins, so that lines stay the part's own),
/// instead of parsing the automatic styles and the validation lists again: in a LibreOffice
/// form they are half the part. Read mode skips them anyway.
struct ODSSheetsStart: Sendable {
    /// Uncompressed offset of the `<` of the first `table:table` start tag.
    var offset: Int
    var head: [(offset: Int, bytes: [UInt8])]
}
