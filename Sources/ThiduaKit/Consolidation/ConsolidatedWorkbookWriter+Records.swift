extension ConsolidatedWorkbookWriter {
    /// Every file received and what became of it: accepted, rejected, superseded (and by
    /// which file), unknown ward, unreadable; with its SHA-256.
    func writeReturns(_ x: inout Context) throws {
        let c = x.c, s = x.s, l = x.l
        let name = x.sheetName("Hồ sơ nhận", "Returns received")
        let widths: [Double] = [48, 12, 20, 14, 17, 14, 8, 10, 48, 70]
        try x.begin(name, widths: widths.enumerated().map { ColumnFormat($0.offset, width: $0.element) }, header: 3...3)
        try x.titles(l("CÁC BÁO CÁO ĐÃ NHẬN", "RETURNS RECEIVED"), [
            x.schemaLine,
            l("Tệp: \(c.submissions.count) · được tổng hợp \(c.count(.accepted)) · bị loại \(c.count(.rejected)) · bị thay thế \(c.count(.superseded)) · không rõ phường \(c.count(.unknownWard)) · không đọc được \(c.count(.unreadable)) · bỏ qua \(c.skipped.count)",
              "Files: \(c.submissions.count) · accepted \(c.count(.accepted)) · rejected \(c.count(.rejected)) · superseded \(c.count(.superseded)) · unknown ward \(c.count(.unknownWard)) · unreadable \(c.count(.unreadable)) · skipped \(c.skipped.count)"),
        ])
        try x.header(3, [l("Tệp", "File"), l("Mã phường", "Ward code"), l("Phường", "Ward"), l("Ngày báo cáo", "Report date"),
                         l("Kết quả", "Status"), l("Thời hạn", "Timeliness"), l("Lỗi", "Errors"), l("Cảnh báo", "Warnings"),
                         l("Được thay bằng", "Superseded by"), "SHA-256"])
        var row = 4
        for sub in c.submissions {
            try x.w.writeRow(row, [
                WriteCell(0, .text(sub.file), style: s.text), WriteCell(1, sub.ward.map { .text($0.code) } ?? .empty, style: s.code),
                WriteCell(2, sub.ward.map { .text($0.name) } ?? .empty, style: s.text),
                WriteCell(3, sub.reportDate.map { .date($0) } ?? .empty, style: s.date),
                WriteCell(4, .text(l.status(sub.status)), style: s.text), WriteCell(5, .text(l.timeliness(sub.onTime)), style: s.text),
                WriteCell(6, .number(Double(sub.errorCount)), style: s.whole), WriteCell(7, .number(Double(sub.warningCount)), style: s.whole),
                WriteCell(8, sub.supersededBy.map { .text($0) } ?? .empty, style: s.text), WriteCell(9, .text(sub.sha256), style: s.code),
            ], height: x.height([(sub.file, widths[0]), (sub.supersededBy ?? "", widths[8]), (l.status(sub.status), widths[4])]))
            row += 1
        }
        for f in c.skipped {
            let status = l("Bỏ qua: ", "Skipped: ") + f.reason.text(language)
            try x.w.writeRow(row, [
                WriteCell(0, .text(f.path), style: s.text),
                WriteCell(4, .text(status), style: s.text),
            ], height: x.height([(f.path, widths[0]), (status, widths[4])]))
            row += 1
        }
        try x.w.endSheet(SheetFinish(autoFilter: x.filter(3, row - 1, 9)))
    }

    /// Every finding of every return, accepted or not, located to the cell.
    func writeIssues(_ x: inout Context) throws {
        let c = x.c, s = x.s, l = x.l
        let name = x.sheetName("Lỗi và cảnh báo", "Issues")
        let widths: [Double] = [48, 20, 12, 16, 8, 10, 11, 26, 80]
        try x.begin(name, widths: widths.enumerated().map { ColumnFormat($0.offset, width: $0.element) }, header: 2...2)
        try x.titles(l("LỖI VÀ CẢNH BÁO TRONG CÁC BÁO CÁO", "ISSUES IN THE RETURNS"), [x.schemaLine])
        // The same columns and severity words as `thidua validate`'s reports.
        let report = ValidationReport(returns: [], language: language)
        try x.header(2, ValidationReport.columns.map { $0.text(language) })
        var row = 3
        for sub in c.submissions {
            for f in sub.findings {
                try x.w.writeRow(row, [
                    WriteCell(0, .text(sub.file), style: s.text), WriteCell(1, sub.ward.map { .text($0.name) } ?? .empty, style: s.text),
                    WriteCell(2, sub.ward.map { .text($0.code) } ?? .empty, style: s.code),
                    WriteCell(3, f.location.sheet.map { .text($0) } ?? .empty, style: s.text),
                    WriteCell(4, f.location.cell.map { .text($0.description) } ?? .empty, style: s.code),
                    WriteCell(5, f.criterion.map { .text($0) } ?? .empty, style: s.code),
                    WriteCell(6, .text(report.severityName(f.severity)), style: s.text),
                    WriteCell(7, .text(f.code.rawValue), style: s.text), WriteCell(8, .text(f.message.text(language)), style: s.text),
                ], height: x.height([(sub.file, widths[0]), (f.code.rawValue, widths[7]), (f.message.text(language), widths[8])]))
                row += 1
            }
        }
        try x.w.endSheet(SheetFinish(autoFilter: x.filter(2, row - 1, 8)))
    }

    /// Where every consolidated value came from: ward, criterion, file, sheet, cell, SHA-256.
    func writeProvenance(_ x: inout Context) throws {
        let c = x.c, s = x.s, l = x.l
        let name = x.sheetName("Nguồn số liệu", "Provenance")
        let widths: [Double] = [12, 20, 9, 26, 48, 16, 8, 70]
        try x.begin(name, widths: widths.enumerated().map { ColumnFormat($0.offset, width: $0.element) }, header: 2...2)
        try x.titles(l("NGUỒN CỦA TỪNG SỐ LIỆU TỔNG HỢP", "WHERE EVERY CONSOLIDATED VALUE CAME FROM"), [x.schemaLine])
        try x.header(2, [l("Mã phường", "Ward code"), l("Phường", "Ward"), l("Tiêu chí", "Criterion"), l("Giá trị", "Value"),
                         l("Tệp", "File"), l("Trang tính", "Sheet"), l("Ô", "Cell"), "SHA-256"])
        var row = 3
        let criteria = c.schema.criteria
        // One array refilled row after row, not a new one per row.
        var cells: [WriteCell] = []
        cells.reserveCapacity(8)
        for st in c.standings {
            guard let v = st.values else { continue }
            // What is the same on each of the ward's rows, made once: the file name's lines
            // among them (the row's height is the larger of the file's and the value's).
            let wardCode = WriteCell(0, .text(st.ward.code), style: s.code), wardName = WriteCell(1, .text(st.ward.name), style: s.text)
            let file = WriteCell(4, .text(v.file), style: s.text), sheet = WriteCell(5, v.sheet.map { .text($0) } ?? .empty, style: s.text)
            let sha = WriteCell(7, .text(v.sha256), style: s.code)
            let fileLines = RowHeight.lines(v.file, width: widths[4])
            for i in criteria.indices {
                guard let value = v.values[i] else { continue }
                let cellValue = value.cellValue
                let lines = max(1, fileLines, RowHeight.lines(cellValue.plainText, width: widths[3]))
                cells.removeAll(keepingCapacity: true)
                cells.append(wardCode)
                cells.append(wardName)
                cells.append(WriteCell(2, .text(criteria[i].code), style: s.code))
                cells.append(WriteCell(3, cellValue, style: s.value(value)))
                cells.append(file)
                cells.append(sheet)
                cells.append(WriteCell(6, v.cells[i].map { .text($0.description) } ?? .empty, style: s.code))
                cells.append(sha)
                try x.w.writeRow(row, cells, height: RowHeight.height(lines: lines))
                row += 1
            }
        }
        try x.w.endSheet(SheetFinish(autoFilter: x.filter(2, row - 1, 7)))
    }
}
