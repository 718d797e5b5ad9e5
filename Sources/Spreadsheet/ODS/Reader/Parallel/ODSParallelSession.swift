/// Reads `content.xml` as segments parsed on several threads (`ODSSegmentPool`) and
/// delivers their rows in document order, exactly as one sequential parse would.
///
/// A segment's rows are delivered only once its start is proven: the previous segment's
/// parse ended in the sheet and at the row its split point assumed, and the sheet's
/// materialised repeats stay within their limit. Anything else (a failed parse, a wrong
/// assumption, a damaged stream) stops the threads and hands over to a sequential
/// `ODSReadSession` from the top of the part, which skips what was already delivered and
/// reports any problem with its exact location.
final class ODSParallelSession: ODSItemSource {
    private let zip: ZipArchive
    private let entry: ZipEntry
    private let splits: [ODSSplitPoint]
    private let formats: ODSFormatIndex
    private let limits: ReadLimits
    private let workers: Int
    private let chunkSize: Int

    private var pool: ODSSegmentPool?
    /// The next segment to take from the pool.
    private var segment = 0
    private var items: [ODSRowQueue.Item] = []
    private var position = 0
    /// The last item taken ends its sheet only in the parse of its segment.
    private var endsInside = false
    /// Where the last delivered segment ended, and the repeats its sheet has used.
    private var carry: (table: Int, row: Int, charge: Int)?
    /// Merged ranges of the sheet that continues into the next segment.
    private var pendingMerges: [CellRange] = []
    private var sequential: (session: ODSReadSession, table: Int, row: Int)?
    private var failed = false
    /// Whether the read handed over to a sequential parse.
    var fellBack: Bool { sequential != nil }

    weak var owner: ODSRowProducer?
    /// The first sheet wanted: earlier ones are not decoded.
    private var wanted = -1
    private var lastSheet = -1

    init(zip: ZipArchive, entry: ZipEntry, splits: [ODSSplitPoint], formats: ODSFormatIndex, limits: ReadLimits,
         workers: Int, chunkSize: Int) {
        self.zip = zip
        self.entry = entry
        self.splits = splits
        self.formats = formats
        self.limits = limits
        self.workers = workers
        self.chunkSize = chunkSize
    }

    func canServe(_ sheet: Int) -> Bool {
        (owner == nil || owner?.isFinished == true) && sheet > lastSheet && !failed
    }

    func want(_ sheet: Int) {
        if wanted < 0 { wanted = sheet }
        lastSheet = sheet
        sequential?.session.want(sheet)
    }

    func next() throws -> ODSRowQueue.Item? {
        do {
            return try nextItem()
        } catch {
            failed = true
            throw error
        }
    }

    private func nextItem() throws -> ODSRowQueue.Item? {
        while true {
            if let sequential {
                while let item = try sequential.session.next() {
                    if case let .row(row, _, table) = item, table == sequential.table, row.index < sequential.row { continue }
                    return item
                }
                return nil
            }
            if position < items.count {
                let item = items[position]
                position += 1
                guard case let .end(table, merges) = item else { return item }
                if position == items.count && endsInside {
                    pendingMerges += merges
                    continue
                }
                if pendingMerges.isEmpty { return item }
                defer { pendingMerges = [] }
                return .end(table: table, merges: pendingMerges + merges)
            }
            guard segment < splits.count + 1 else { return nil }
            if pool == nil {
                guard let started = try ODSSegmentPool(zip: zip, entry: entry, splits: splits, wanted: max(wanted, 0),
                                                       formats: formats, limits: limits, workers: workers) else {
                    try fallBack()
                    continue
                }
                pool = started
            }
            let result = pool!.result(segment)
            guard accept(result) else {
                try fallBack()
                continue
            }
            items = result.items
            position = 0
            endsInside = segment < splits.count
            segment += 1
        }
    }

    /// Whether the result of segment `segment` may be delivered; updates `carry`.
    private func accept(_ result: ODSSegment.Result) -> Bool {
        guard !result.failed else { return false }
        if result.skipped {
            carry = nil
            return true
        }
        // The sheet the segment starts in, when it is decoded and continues from the last segment.
        var continued: Int?
        if segment > 0, splits[segment - 1].table >= wanted {
            let start = splits[segment - 1]
            guard let carry, carry.table == start.table, carry.row == start.row,
                  carry.charge + result.startCharge <= limits.maxRepeatedCells else { return false }
            continued = carry.charge
        }
        let sameSheet = continued != nil && result.endTable == splits[segment - 1].table
        carry = (result.endTable, result.endRow, sameSheet ? continued! + result.endCharge : result.endCharge)
        return true
    }

    /// Stops the threads and continues with one sequential parse, after what was delivered.
    private func fallBack() throws {
        pool = nil
        let from = segment == 0 ? nil : splits[segment - 1]
        let session = try ODSReadSession(zip: zip, entry: entry, formats: formats, limits: limits, chunkSize: chunkSize)
        session.want(max(lastSheet, from?.table ?? 0, 0))
        sequential = (session, from?.table ?? -1, from?.row ?? 0)
        items = []
        position = 0
        pendingMerges = []
    }
}
