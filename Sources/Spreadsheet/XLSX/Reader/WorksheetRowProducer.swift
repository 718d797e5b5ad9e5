/// Streams one worksheet part: pumps the parser a chunk at a time until a row is complete.
final class WorksheetRowProducer: RowProducer {
    private let handler: WorksheetHandler
    private let parser: XMLPartParser
    /// A failure met while parsing a chunk waits until the rows completed before it are taken,
    /// so that a reader sees exactly the rows that precede the bad cell.
    private var pendingError: SpreadsheetError?

    init(zip: ZipArchive, entry: ZipEntry, context: WorksheetContext) throws {
        handler = WorksheetHandler(context: context)
        parser = try XMLPartParser(zip: zip, entry: entry, handler: handler)
    }

    func next() throws -> Row? {
        while true {
            if let row = handler.takeRow() { return row }
            if let pendingError { throw pendingError }
            if parser.isFinished { return nil }
            do {
                try parser.pump()
            } catch var e as SpreadsheetError {
                if e.location.line == nil { e.location.line = parser.line }
                pendingError = e
            }
        }
    }

    var mergedRanges: [CellRange] { handler.mergedRanges }
}
