import Spreadsheet

/// `inspect --stats`: reads every cell and counts them by type; the read benchmark's entry point.
enum InspectStats {
    struct SheetStats {
        var counts = [Int](repeating: 0, count: CellKind.allCases.count)
        var minRow = Int.max, maxRow = -1, minColumn = Int.max, maxColumn = -1
        var mergedRanges = 0

        var cellCount: Int { counts.reduce(0, +) }

        var usedRange: CellRange? {
            guard maxRow >= 0 else { return nil }
            return CellRange(start: CellReference(row: minRow, column: minColumn),
                             end: CellReference(row: maxRow, column: maxColumn))
        }
    }

    static func collect(_ book: WorkbookReader, sheet: Int) throws -> SheetStats {
        var s = SheetStats()
        let kinds = CellKind.allCases
        let rows = try book.rows(sheet: sheet)
        while let row = try rows.nextRow() {
            guard let first = row.cells.first, let last = row.cells.last else { continue }
            s.minRow = min(s.minRow, row.index)
            s.maxRow = max(s.maxRow, row.index)
            s.minColumn = min(s.minColumn, first.column)
            s.maxColumn = max(s.maxColumn, last.column)
            for cell in row.cells {
                s.counts[kinds.firstIndex(of: cell.value.kind)!] += 1
            }
        }
        s.mergedRanges = rows.mergedRanges.count
        return s
    }

    static func run(_ book: WorkbookReader, sheets: [Int], json: Bool, into out: inout OutputBuffer) throws {
        let kinds = CellKind.allCases
        if json { try out.write("{\"format\":\"\(book.format.rawValue)\",\"sheets\":[") }
        for (n, index) in sheets.enumerated() {
            let info = book.sheets[index]
            let s = try collect(book, sheet: index)
            let range = s.usedRange?.description
            if json {
                if n > 0 { try out.write(",") }
                try out.write("{\"name\":\(JSONText.quote(info.name)),\"state\":\"\(info.state.rawValue)\",")
                try out.write("\"usedRange\":\(range.map(JSONText.quote) ?? "null"),\"cells\":\(s.cellCount),\"counts\":{")
                try out.write(kinds.enumerated().filter { s.counts[$0.offset] > 0 }
                    .map { "\"\($0.element.rawValue)\":\(s.counts[$0.offset])" }.joined(separator: ","))
                try out.write("},\"mergedRanges\":\(s.mergedRanges)}")
            } else {
                try out.write("\(info.name)\t\(info.state.rawValue)\tused range \(range ?? "(empty)")\t\(s.cellCount) cells\n")
                for (k, kind) in kinds.enumerated() where s.counts[k] > 0 {
                    try out.write("  \(kind.rawValue)\t\(s.counts[k])\n")
                }
            }
        }
        if json { try out.write("]}\n") }
    }
}
