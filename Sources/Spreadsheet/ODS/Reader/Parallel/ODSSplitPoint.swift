/// A row start in `content.xml` where a second parser may take over: the bytes from
/// `offset` on, after this split's ancestors (`head`, `containers`) and up to the next
/// split, closed by that split's end tags (`containersEnd`, `tail`), form a document that
/// libxml2 parses exactly as it would that stretch of the whole one.
///
/// Found by the opening skim (`ODSSplitTracker`); every assumption it holds (`table`,
/// `row`) is checked against what the previous segment's parse actually ended with
/// before any of the segment's rows are delivered (`ODSParallelSession`).
struct ODSSplitPoint: Sendable {
    /// Uncompressed offset of the `<` of a `table:table-row` start tag.
    var offset: Int
    /// The sheet the row belongs to.
    var table: Int
    /// The row's index as the skim counted it (repeats included).
    var row: Int
    /// The raw start tags of the open ancestors, root first, with the sheet's column
    /// declarations after the `table:table` tag (they set the columns' default styles):
    /// `head`, shared by the splits of a sheet, then the open row containers.
    var head: [UInt8]
    var containers: [UInt8]
    /// End tags closing those ancestors, innermost first: the containers', then the
    /// sheet's and its ancestors' (shared).
    var containersEnd: [UInt8]
    var tail: [UInt8]
}
