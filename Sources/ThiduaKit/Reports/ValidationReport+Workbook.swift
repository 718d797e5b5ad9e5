extension ValidationReport {
    /// Writes the findings as a workbook: one row per finding (one for a clean file), each as
    /// tall as its wrapped texts, with frozen headers, filters and print setup, through any
    /// writer (XLSX or ODS).
    public func write(to writer: any SpreadsheetWriter) throws {
        do {
            let title = writer.register(CellStyle(font: CellFont(size: 14, bold: true)))
            let header = writer.register(CellStyle(font: CellFont(bold: true), fill: RGBColor(0xD9E1F2),
                                                   borders: .all(.thin), alignment: CellAlignment(vertical: .center, wrapText: true)))
            let wrap = writer.register(CellStyle(borders: .all(.thin), alignment: CellAlignment(vertical: .top, wrapText: true)))
            let error = writer.register(CellStyle(font: CellFont(bold: true, color: RGBColor(0xC00000)), borders: .all(.thin)))
            let vi = language == .vi
            let widths: [Double] = [28, 16, 10, 14, 8, 10, 10, 24, 80]
            try writer.beginSheet(SheetSetup(
                name: vi ? "Kết quả kiểm tra" : "Findings",
                columns: widths.enumerated().map { ColumnFormat($0.offset, width: $0.element) },
                frozen: FrozenPanes(rows: 2),
                print: PrintSetup(paper: .a4, orientation: .landscape, fitToWidth: true, repeatedRows: 1...1)))
            try writer.writeRow(0, [WriteCell(0, .text(vi ? "KẾT QUẢ KIỂM TRA BÁO CÁO THI ĐUA" : "EMULATION RETURNS: VALIDATION FINDINGS"), style: title)])
            try writer.writeRow(1, Self.columns.enumerated().map { WriteCell($0.offset, .text($0.element.text(language)), style: header) }, height: 20)
            var row = 2
            for l in lines {
                try writer.writeRow(row, [
                    WriteCell(0, .text(l.file), style: wrap), WriteCell(1, .text(l.ward), style: wrap),
                    WriteCell(2, .text(l.wardCode), style: wrap), WriteCell(3, .text(l.sheet), style: wrap),
                    WriteCell(4, .text(l.cell), style: wrap), WriteCell(5, .text(l.criterion), style: wrap),
                    WriteCell(6, .text(severityName(l.severity)), style: l.severity == .error ? error : wrap),
                    WriteCell(7, .text(l.code), style: wrap), WriteCell(8, .text(l.message), style: wrap),
                ], height: RowHeight.fitting([(l.file, widths[0]), (l.ward, widths[1]), (l.code, widths[7]), (l.message, widths[8])]))
                row += 1
            }
            let last = CellReference(row: max(row - 1, 1), column: Self.columns.count - 1)
            try writer.endSheet(SheetFinish(autoFilter: CellRange(start: CellReference(row: 1, column: 0), end: last)))
            try writer.finish()
        } catch {
            writer.cancel()
            throw error
        }
    }
}
