/// A pass over `content.xml` serving successive sheets: `ODSReadSession` parses it in
/// one thread, `ODSParallelSession` in segments on several.
protocol ODSItemSource: AnyObject {
    /// The producer currently reading; another may take over once it has finished or gone.
    var owner: ODSRowProducer? { get set }
    /// Whether a new producer may read `sheet` from here (a later sheet than the last one).
    func canServe(_ sheet: Int) -> Bool
    /// Tells the source which sheet is wanted next; earlier ones are skipped unread.
    func want(_ sheet: Int)
    /// The next queued item; nil once the document has ended.
    func next() throws -> ODSRowQueue.Item?
}

/// Streams one sheet's rows out of a shared `ODSItemSource`.
final class ODSRowProducer: RowProducer {
    private let session: any ODSItemSource
    private let sheet: Int
    /// The workbook's last sheet: once it ends, the rest of the part is parsed too, so that
    /// malformed XML after the last sheet is reported rather than ignored.
    private let isLast: Bool
    /// A repeated row still being handed out: the row last returned and the copies left.
    private var pending: (row: Row, remaining: Int)?
    private(set) var mergedRanges: [CellRange] = []
    private(set) var isFinished = false

    init(session: any ODSItemSource, sheet: Int, isLast: Bool) {
        self.session = session
        self.sheet = sheet
        self.isLast = isLast
        session.want(sheet)
        session.owner = self
    }

    func next() throws -> Row? {
        if var p = pending {
            p.row.index += 1
            p.remaining -= 1
            pending = p.remaining > 0 ? p : nil
            return p.row
        }
        guard !isFinished else { return nil }
        while let item = try session.next() {
            switch item {
            case let .row(row, repeats, table):
                guard table == sheet else { continue }
                // Copies share the cells' storage: a repeated row costs no new arrays.
                if repeats > 1 { pending = (row, repeats - 1) }
                return row
            case let .end(table, merges):
                guard table == sheet else { continue }
                mergedRanges = merges
                isFinished = true
                if isLast { while try session.next() != nil {} }
                return nil
            }
        }
        isFinished = true
        return nil
    }
}
