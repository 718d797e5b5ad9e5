/// Streams one sheet's rows out of a shared `ODSReadSession`.
final class ODSRowProducer: RowProducer {
    private let session: ODSReadSession
    private let sheet: Int
    /// A repeated row still being handed out: the row last returned and the copies left.
    private var pending: (row: Row, remaining: Int)?
    private(set) var mergedRanges: [CellRange] = []
    private(set) var isFinished = false

    init(session: ODSReadSession, sheet: Int) {
        self.session = session
        self.sheet = sheet
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
                return nil
            }
        }
        isFinished = true
        return nil
    }
}
