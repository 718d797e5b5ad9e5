/// Streams one sheet row by row. A class because it owns the parser and decompressor.
public final class RowReader: Sequence, IteratorProtocol {
    public let info: SheetInfo
    private let fileName: String
    private let producer: any RowProducer
    /// The first error met while iterating as a `Sequence` (plain `for row in reader`).
    public private(set) var error: SpreadsheetError?

    init(info: SheetInfo, fileName: String, producer: any RowProducer) {
        self.info = info
        self.fileName = fileName
        self.producer = producer
    }

    /// The next row that has a non-empty cell, or nil at the end of the sheet.
    public func nextRow() throws -> Row? {
        do {
            return try producer.next()
        } catch let e as SpreadsheetError {
            throw e.located(file: fileName, sheet: info.name)
        } catch {
            throw SpreadsheetError.unexpected(error, at: DocumentLocation(file: fileName, sheet: info.name))
        }
    }

    /// `IteratorProtocol` form: stops at the first error and keeps it in `error`.
    public func next() -> Row? {
        guard error == nil else { return nil }
        do {
            return try nextRow()
        } catch let e as SpreadsheetError {
            error = e
            return nil
        } catch {
            return nil
        }
    }

    /// Merged ranges of the sheet; complete once the rows are exhausted.
    public var mergedRanges: [CellRange] { producer.mergedRanges }
}

/// A whole sheet in memory.
public struct SheetData: Hashable, Sendable {
    public var info: SheetInfo
    /// Rows with at least one non-empty cell, in order.
    public var rows: [Row]
    public var mergedRanges: [CellRange]

    public init(info: SheetInfo, rows: [Row], mergedRanges: [CellRange] = []) {
        self.info = info
        self.rows = rows
        self.mergedRanges = mergedRanges
    }

    /// The smallest range holding every non-empty cell, nil for an empty sheet.
    public var usedRange: CellRange? {
        guard let first = rows.first, let last = rows.last else { return nil }
        var minC = Int.max, maxC = -1
        for r in rows {
            if let a = r.cells.first?.column { minC = min(minC, a) }
            if let b = r.cells.last?.column { maxC = max(maxC, b) }
        }
        return CellRange(start: CellReference(row: first.index, column: minC),
                         end: CellReference(row: last.index, column: maxC))
    }

    /// The cell at a reference, if non-empty.
    public subscript(_ ref: CellReference) -> Cell? {
        // Rows are sorted: binary search.
        var lo = 0, hi = rows.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if rows[mid].index < ref.row { lo = mid + 1 } else { hi = mid }
        }
        guard lo < rows.count, rows[lo].index == ref.row else { return nil }
        return rows[lo][column: ref.column]
    }
}
