extension ConsolidatedWorkbookWriter {
    /// The district's verified points beside the returns' own, one row per criterion verified:
    /// the area sheets, the summary and the ranking score the verified ones. Written only when
    /// some were given, so a consolidation without them is unchanged byte for byte.
    func writeVerified(_ x: inout Context) throws {
        let c = x.c, s = x.s, l = x.l
        let name = x.sheetName("Điểm thẩm định", "Verified points")
        let widths: [Double] = [5, 20, 11, 8, 48, 10, 14, 14, 12]
        try x.begin(name, widths: widths.enumerated().map { ColumnFormat($0.offset, width: $0.element) }, header: 3...3)
        try x.titles(l("ĐIỂM THẨM ĐỊNH CỦA QUẬN", "POINTS VERIFIED BY THE DISTRICT"), [
            x.schemaLine,
            l("Điểm thẩm định được dùng để tính tổng điểm, xếp loại và xếp hạng thay cho điểm của báo cáo.",
              "The verified points are scored (totals, grades, ranking) instead of the return's points."),
        ])
        try x.header(3, [l("STT", "No."), l("Phường", "Ward"), l("Mã phường", "Ward code"), l("Mã", "Code"),
                         l("Tiêu chí", "Criterion"), l("Điểm tối đa", "Max points"), l("Điểm tự chấm", "Self-assessed"),
                         l("Điểm thẩm định", "Verified"), l("Chênh lệch", "Difference")])
        var row = 4
        for st in c.standings {
            for v in st.values?.verifications ?? [] {
                let criterion = c.schema.criteria[v.criterion]
                let r = row + 1
                try x.w.writeRow(row, [
                    WriteCell(0, .number(Double(row - 3)), style: s.code), WriteCell(1, .text(st.ward.name), style: s.text),
                    WriteCell(2, .text(st.ward.code), style: s.code), WriteCell(3, .text(criterion.code), style: s.code),
                    WriteCell(4, .text(criterion.name), style: s.text), WriteCell(5, .number(criterion.maxPoints), style: s.points),
                    WriteCell(6, .number(v.returnPoints), style: s.points), WriteCell(7, .number(v.verifiedPoints), style: s.points),
                    WriteCell(column: 8, value: .number(v.verifiedPoints - (v.returnPoints ?? 0)), formula: "H\(r)-G\(r)", style: s.points),
                ], height: x.height([(criterion.name, widths[4])]))
                row += 1
            }
        }
        try x.w.endSheet(SheetFinish(autoFilter: x.filter(3, row - 1, 8)))
    }
}
