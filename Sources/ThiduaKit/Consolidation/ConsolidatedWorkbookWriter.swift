/// Writes a `Consolidation` as an office workbook through any `SpreadsheetWriter` (XLSX now,
/// ODS when its writer lands): summary with the ranking chart, criteria × wards matrix, one
/// sheet of points per area, the returns received, every finding, and the provenance of every
/// value. Rows stream to the writer; nothing but the consolidation is held.
public struct ConsolidatedWorkbookWriter: Sendable {
    public var language: Language
    /// At most this many wards in the ranking chart (the best ones); the table has them all.
    public var chartLimit: Int

    public init(language: Language = .vi, chartLimit: Int = 30) {
        self.language = language
        self.chartLimit = chartLimit
    }

    /// Writes every sheet and finishes the file; on any error the writer is cancelled.
    public func write(_ c: Consolidation, to writer: any SpreadsheetWriter) throws {
        do {
            var sheet = Context(c: c, w: writer, s: ConsolidationStyles(writer), l: ConsolidationLabels(language: language))
            try writeSummary(&sheet)
            try writeMatrix(&sheet)
            for area in c.schema.areas where c.schema.criteria.contains(where: { $0.area == area.code }) {
                try writeArea(area, &sheet)
            }
            if c.standings.contains(where: { !($0.values?.verifications.isEmpty ?? true) }) {
                try writeVerified(&sheet)
            }
            try writeReturns(&sheet)
            try writeIssues(&sheet)
            try writeProvenance(&sheet)
            try writer.finish()
        } catch {
            writer.cancel()
            throw error
        }
    }

    /// What every sheet writer needs.
    struct Context {
        let c: Consolidation
        let w: any SpreadsheetWriter
        let s: ConsolidationStyles
        let l: ConsolidationLabels
        var names = Set<String>()

        mutating func sheetName(_ vi: String, _ en: String) -> String {
            ConsolidationLabels.sheetName(l(vi, en), taken: &names)
        }

        /// Starts a sheet printed A4 landscape, one page wide, its header rows frozen and repeated;
        /// merged ranges come up front, as the ODS writer needs them before the rows.
        func begin(_ name: String, widths: [ColumnFormat], header: ClosedRange<Int>, freezeColumns: Int = 0,
                   merged: [CellRange] = []) throws {
            var setup = SheetSetup(
                name: name, columns: widths,
                frozen: FrozenPanes(rows: header.upperBound + 1, columns: freezeColumns),
                print: PrintSetup(paper: .a4, orientation: .landscape, fitToWidth: true, repeatedRows: header,
                                  margins: PageMargins(left: 0.4, right: 0.4, top: 0.5, bottom: 0.5)))
            setup.mergedRanges = merged
            try w.beginSheet(setup)
        }

        /// Each of the first `columns` header cells merged over the two header rows.
        static func twoRowHeader(_ columns: Int) -> [CellRange] {
            (0..<columns).map { CellRange(start: CellReference(row: 3, column: $0), end: CellReference(row: 4, column: $0)) }
        }

        /// The title block: a bold title, then lines of context in italics.
        func titles(from first: Int = 0, _ title: String, _ lines: [String]) throws {
            try w.writeRow(first, [WriteCell(0, .text(title), style: s.title)], height: 22)
            for (i, line) in lines.enumerated() {
                try w.writeRow(first + i + 1, [WriteCell(0, .text(line), style: s.subtitle)])
            }
        }

        func header(_ row: Int, _ labels: [String], from column: Int = 0) throws {
            try w.writeRow(row, labels.enumerated().map { WriteCell($0.offset + column, .text($0.element), style: s.header) }, height: 30)
        }

        /// `Giao ước thi đua năm 2018 … · caugiay-2018 (2018.1)`.
        var schemaLine: String {
            "\(c.schema.settings.title) · \(l("Bộ tiêu chí", "Schema")) \(c.schema.id) (\(c.schema.version))"
        }

        /// The height a row needs for its wrapped texts, each with its column's width in
        /// characters; nil when every text fits on one line (the program's default height).
        func height(_ texts: [(String, Double)]) -> Double? { RowHeight.fitting(texts) }

        func filter(_ header: Int, _ lastRow: Int, _ lastColumn: Int) -> CellRange {
            CellRange(start: CellReference(row: header, column: 0), end: CellReference(row: max(header, lastRow), column: lastColumn))
        }
    }
}

extension CellValue {
    /// A number cell, or empty for nil.
    static func number(_ x: Double?) -> CellValue { x.map { .number($0) } ?? .empty }
}
