/// One pass of `content.xml` in read mode, shared by the producers of successive sheets:
/// when a sheet ends the parser stays parked there, and the next sheet's producer
/// continues from that point instead of parsing the document again from the top.
/// A class because it owns the parser, the inflater and the handler.
final class ODSReadSession: ODSItemSource {
    private let parser: XMLPartParser
    private let handler: ODSContentHandler
    /// The first error met; rows queued before it are still delivered.
    private var error: (any Error)?
    weak var owner: ODSRowProducer?

    /// - Parameter from: where the sheets begin, to parse from there (nil: from the top).
    /// - Parameter kept: the part's bytes, already inflated and checked by the opening skim.
    init(zip: ZipArchive, entry: ZipEntry, formats: ODSFormatIndex, limits: ReadLimits, chunkSize: Int,
         from start: ODSSheetsStart? = nil, kept: [UInt8]? = nil) throws {
        handler = ODSContentHandler(mode: .read, styles: ODSStyleSheet(), formats: formats, limits: limits)
        if let kept {
            parser = XMLPartParser(bytes: kept, zip: zip, entry: entry, handler: handler, chunkSize: chunkSize)
        } else {
            parser = try XMLPartParser(zip: zip, entry: entry, handler: handler, chunkSize: chunkSize)
        }
        handler.currentLine = { [unowned parser] in parser.line }
        self.start = start
    }

    /// Where the parse is to begin, until it has (on the first `next()`, once the sheet
    /// wanted is known: the first chunk is parsed as the parse begins).
    private var start: ODSSheetsStart?

    /// The sheet of the last producer served: its rows, and those of earlier sheets, are gone.
    private var lastSheet = -1

    func canServe(_ sheet: Int) -> Bool {
        (owner == nil || owner?.isFinished == true) && sheet > lastSheet && error == nil
    }

    func want(_ sheet: Int) {
        handler.wantedFrom = sheet
        lastSheet = sheet
    }

    func next() throws -> ODSRowQueue.Item? {
        if let start {
            self.start = nil
            do { try parser.begin(at: start.offset, after: start.head) } catch { self.error = error }
        }
        while true {
            if let item = handler.popRow() { return item }
            if let error { throw error }
            if parser.isFinished { return nil }
            do {
                try parser.pump()
            } catch {
                self.error = error
            }
        }
    }
}
