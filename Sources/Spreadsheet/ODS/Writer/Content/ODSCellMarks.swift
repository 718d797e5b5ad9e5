/// What a sheet's setup puts on cells that rows do not carry: merged ranges (a span on the
/// top-left cell, `table:covered-table-cell` for the rest) and data validations (a
/// `table:content-validation-name` on every cell of their ranges, written or not).
///
/// Rows stream, so the marks of a row are worked out when it is reached. They change only
/// at a few rows (where a range starts or ends, and right after a merge's first row), so a
/// row's segments are computed once per band of rows between changes.
struct ODSCellMarks {
    enum Role: Equatable {
        case plain
        case spanStart(rows: Int, columns: Int)
        case covered
    }

    /// Consecutive columns with the same marks.
    struct Segment: Equatable {
        var first: Int
        var last: Int
        /// The number in the validation's name (`val3`), if any.
        var validation: Int?
        var role: Role
    }

    /// Merged ranges by first row; those reached and not yet ended are `open`, so a band
    /// looks at the merges on its rows only (a sheet may hold a million of them).
    private let merges: [CellRange]
    private var nextMerge = 0
    private var open: [CellRange] = []
    private var lastRow = -1
    private let validations: [(range: CellRange, number: Int)]
    /// Rows where the segments may change, ascending.
    private let changes: [Int]
    /// The row after the last one any mark touches (0 when there are none).
    let end: Int
    private var band = (start: 0, end: -1)
    private(set) var segments: [Segment] = []

    /// - Parameter validations: each validation's ranges with the number it is named by.
    init(merges: [CellRange], validations: [(ranges: [CellRange], number: Int)]) {
        self.merges = merges.sorted { $0.start.row < $1.start.row }
        self.validations = validations.flatMap { v in v.ranges.map { (range: $0, number: v.number) } }
        var rows = Set<Int>()
        for m in merges { rows.formUnion([m.start.row, m.start.row + 1, m.end.row + 1]) }
        for v in self.validations { rows.formUnion([v.range.start.row, v.range.end.row + 1]) }
        changes = rows.sorted()
        end = changes.last ?? 0
    }

    var isEmpty: Bool { changes.isEmpty }

    /// The first row after `row` where the marks may differ.
    func nextChange(after row: Int) -> Int {
        var lo = 0, hi = changes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if changes[mid] <= row { lo = mid + 1 } else { hi = mid }
        }
        return lo < changes.count ? changes[lo] : Int.max
    }

    /// Makes `segments` those of `row`.
    mutating func move(to row: Int) {
        if row >= band.start && row < band.end { return }
        band = (row, nextChange(after: row))
        segments = []
        guard !isEmpty, row < end else { return }
        var pieces: [(first: Int, last: Int, validation: Int?, role: Role)] = []
        for v in validations where v.range.start.row <= row && row <= v.range.end.row {
            pieces.append((v.range.start.column, v.range.end.column, v.number, .plain))
        }
        if row < lastRow { nextMerge = 0; open = [] }
        lastRow = row
        while nextMerge < merges.count, merges[nextMerge].start.row <= row {
            open.append(merges[nextMerge])
            nextMerge += 1
        }
        open.removeAll { $0.end.row < row }
        for m in open {
            if row == m.start.row {
                pieces.append((m.start.column, m.start.column, nil, .spanStart(rows: m.rowCount, columns: m.columnCount)))
                if m.end.column > m.start.column { pieces.append((m.start.column + 1, m.end.column, nil, .covered)) }
            } else {
                pieces.append((m.start.column, m.end.column, nil, .covered))
            }
        }
        guard !pieces.isEmpty else { return }
        let bounds = Set(pieces.flatMap { [$0.first, $0.last + 1] }).sorted()
        for (a, b) in zip(bounds, bounds.dropFirst()) {
            var segment = Segment(first: a, last: b - 1, validation: nil, role: .plain)
            for p in pieces where p.first <= a && b - 1 <= p.last {
                // The first validation listed wins where ranges overlap, as in the XLSX programs.
                if let v = p.validation, segment.validation == nil { segment.validation = v }
                if p.role != .plain { segment.role = p.role }
            }
            guard segment.validation != nil || segment.role != .plain else { continue }
            if case .spanStart = segment.role {} else if let previous = segments.last, previous.last + 1 == a,
               previous.validation == segment.validation, previous.role == segment.role {
                segments[segments.count - 1].last = segment.last
                continue
            }
            segments.append(segment)
        }
    }
}
