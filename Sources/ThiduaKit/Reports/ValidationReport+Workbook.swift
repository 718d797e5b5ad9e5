extension ValidationReport {
    /// Writes the findings as a workbook: one row per finding (one for a clean file), each as
    /// tall as its wrapped texts, with frozen headers, filters and print setup, through any
    /// writer (XLSX or ODS).
    public func write(to writer: any SpreadsheetWriter) throws {
        var sheet = try Sheet(self, writer: writer)
        for r in returns { try sheet.add(r) }
        try sheet.finish(skipped: skipped)
    }

    /// The report's workbook written a return at a time as the returns are checked: rows go
    /// to the writer as they come, so memory does not hold the report (`validate --format xlsx`).
    /// Any error cancels the writer.
    public struct Sheet {
        private let report: ValidationReport
        private let writer: any SpreadsheetWriter
        private let wrap: StyleHandle
        private let error: StyleHandle
        private var row = 2
        private static let widths: [Double] = [28, 16, 12, 14, 8, 10, 10, 24, 80]

        /// Begins the sheet and writes its title and header. `report` gives the language.
        public init(_ report: ValidationReport, writer: any SpreadsheetWriter) throws {
            self.report = report
            self.writer = writer
            let language = report.language
            let title = writer.register(CellStyle(font: CellFont.official(14, bold: true)))
            let header = writer.register(CellStyle(font: CellFont.official(bold: true), fill: RGBColor(0xD9E1F2),
                                                   borders: .all(.thin), alignment: CellAlignment(vertical: .center, wrapText: true)))
            let top = CellAlignment(vertical: .top, wrapText: true)
            wrap = writer.register(CellStyle(font: .official(), borders: .all(.thin), alignment: top))
            // "Lỗi" in red, aligned as every other cell of its row.
            error = writer.register(CellStyle(font: .official(bold: true, color: RGBColor(0xC00000)), borders: .all(.thin), alignment: top))
            let vi = language == .vi
            do {
                try writer.beginSheet(SheetSetup(
                    name: vi ? "Kết quả kiểm tra" : "Findings",
                    columns: Self.widths.enumerated().map { ColumnFormat($0.offset, width: $0.element) },
                    frozen: FrozenPanes(rows: 2),
                    print: PrintSetup(paper: .a4, orientation: .landscape, fitToWidth: true, repeatedRows: 1...1)))
                try writer.writeRow(0, [WriteCell(0, .text(vi ? "KẾT QUẢ KIỂM TRA BÁO CÁO THI ĐUA" : "EMULATION RETURNS: VALIDATION FINDINGS"), style: title)])
                try writer.writeRow(1, ValidationReport.columns.enumerated().map { WriteCell($0.offset, .text($0.element.text(language)), style: header) }, height: 20)
            } catch {
                writer.cancel()
                throw error
            }
        }

        /// Writes the rows of one return.
        public mutating func add(_ r: WardReturn) throws {
            try add(report.lines(of: r))
        }

        /// Writes the rows of the files not read, then finishes the file.
        public mutating func finish(skipped: [SkippedFile]) throws {
            try add(skipped.map { report.line(skipped: $0) })
            do {
                let last = CellReference(row: max(row - 1, 1), column: ValidationReport.columns.count - 1)
                try writer.endSheet(SheetFinish(autoFilter: CellRange(start: CellReference(row: 1, column: 0), end: last)))
                try writer.finish()
            } catch {
                writer.cancel()
                throw error
            }
        }

        private mutating func add(_ lines: [Line]) throws {
            let widths = Self.widths
            do {
                for l in lines {
                    try writer.writeRow(row, [
                        WriteCell(0, .text(l.file), style: wrap), WriteCell(1, .text(l.ward), style: wrap),
                        WriteCell(2, .text(l.wardCode), style: wrap), WriteCell(3, .text(l.sheet), style: wrap),
                        WriteCell(4, .text(l.cell), style: wrap), WriteCell(5, .text(l.criterion), style: wrap),
                        WriteCell(6, .text(report.severityName(l.severity)), style: l.severity == .error ? error : wrap),
                        WriteCell(7, .text(l.code), style: wrap), WriteCell(8, .text(l.message), style: wrap),
                    ], height: RowHeight.fitting([(l.file, widths[0]), (l.ward, widths[1]), (l.code, widths[7]), (l.message, widths[8])]))
                    row += 1
                }
            } catch {
                writer.cancel()
                throw error
            }
        }
    }
}
