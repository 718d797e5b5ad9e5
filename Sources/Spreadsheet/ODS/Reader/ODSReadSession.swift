/// One pass of `content.xml` in read mode, shared by the producers of successive sheets:
/// when a sheet ends the parser stays parked there, and the next sheet's producer
/// continues from that point instead of parsing the document again from the top.
/// A class because it owns the parser, the inflater and the handler.
final class ODSReadSession {
    private let parser: XMLPartParser
    private let handler: ODSContentHandler
    /// The first error met; rows queued before it are still delivered.
    private var error: (any Error)?
    /// The producer currently reading; another may take over once it has finished or gone.
    weak var owner: ODSRowProducer?

    init(zip: ZipArchive, entry: ZipEntry, formats: ODSFormatIndex, limits: ReadLimits, chunkSize: Int) throws {
        handler = ODSContentHandler(mode: .read, styles: ODSStyleSheet(), formats: formats, limits: limits)
        parser = try XMLPartParser(zip: zip, entry: entry, handler: handler, chunkSize: chunkSize)
        handler.currentLine = { [unowned parser] in parser.line }
    }

    /// The sheet of the last producer served: its rows, and those of earlier sheets, are gone.
    private var lastSheet = -1

    /// Whether this session can still serve `sheet` to a new producer: only a later sheet
    /// than the last one, and only once that producer has finished or been dropped.
    func canServe(_ sheet: Int) -> Bool {
        (owner == nil || owner?.isFinished == true) && sheet > lastSheet && error == nil
    }

    /// Tells the handler which sheet is wanted next; earlier ones are skipped unread.
    func want(_ sheet: Int) {
        handler.wantedFrom = sheet
        lastSheet = sheet
    }

    /// The next queued item, parsing further as needed; nil once the document has ended.
    func next() throws -> ODSRowQueue.Item? {
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
