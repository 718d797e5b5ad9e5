/// Streams one worksheet part: pumps the parser a chunk at a time until a row is complete.
final class WorksheetRowProducer: RowProducer {
    private let handler: WorksheetHandler
    private let parser: XMLPartParser

    init(zip: ZipArchive, entry: ZipEntry, context: WorksheetContext) throws {
        handler = WorksheetHandler(context: context)
        parser = try XMLPartParser(zip: zip, entry: entry, handler: handler)
    }

    func next() throws -> Row? {
        while true {
            if let row = handler.takeRow() { return row }
            if parser.isFinished { return nil }
            do {
                try parser.pump()
            } catch var e as SpreadsheetError {
                if e.location.line == nil { e.location.line = parser.line }
                throw e
            }
        }
    }

    var mergedRanges: [CellRange] { handler.mergedRanges }
}
