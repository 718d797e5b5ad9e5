extension ConsolidatedWorkbookWriter {
    /// Criteria (schema order) × wards (schema order): each accepted value, with the district
    /// total and average as formulas over the ward columns (cached, for readers that do not
    /// recalculate) for the criteria where they mean something.
    func writeMatrix(_ x: inout Context) throws {
        let c = x.c, s = x.s, l = x.l
        let name = x.sheetName("Tiêu chí - phường", "Criteria by ward")
        let fixed = 6, wards = c.standings.count
        let lastColumn = CellReference.columnName(fixed + wards - 1)
        try x.begin(name, widths: [ColumnFormat(0, width: 5), ColumnFormat(1, width: 8), ColumnFormat(2, width: 48),
                                   ColumnFormat(3, width: 10), ColumnFormat(4, 5, width: 14), ColumnFormat(fixed, fixed + wards - 1, width: 13)],
                    header: 3...4, freezeColumns: fixed, merged: Context.twoRowHeader(fixed))
        try x.titles(l("SỐ LIỆU THEO TIÊU CHÍ VÀ PHƯỜNG NĂM \(c.schema.settings.year)", "FIGURES BY CRITERION AND WARD, \(c.schema.settings.year)"), [
            x.schemaLine,
            l("Chỉ số liệu của báo cáo hợp lệ; ô trống: phường chưa có báo cáo hợp lệ hoặc không ghi.",
              "Values of valid returns only; empty: the ward has no valid return or left it blank."),
        ])
        try x.w.writeRow(3, [l("STT", "No."), l("Mã", "Code"), l("Tiêu chí", "Criterion"), l("Đơn vị", "Unit"),
                             l("Tổng các báo cáo hợp lệ", "Total of valid returns"), l("Trung bình các báo cáo hợp lệ", "Average of valid returns")].enumerated().map { WriteCell($0.offset, .text($0.element), style: s.header) }
                         + c.standings.enumerated().map { WriteCell(fixed + $0.offset, .text($0.element.ward.name), style: s.header) }, height: 30)
        try x.w.writeRow(4, (0..<fixed).map { WriteCell($0, .empty, style: s.header) }
                         + c.standings.enumerated().map { WriteCell(fixed + $0.offset, .text($0.element.ward.code), style: s.header) })
        var row = 5
        for (i, criterion) in c.schema.criteria.enumerated() {
            let r = row + 1
            let range = "\(CellReference.columnName(fixed))\(r):\(lastColumn)\(r)"
            var cells = [
                WriteCell(0, .number(Double(i + 1)), style: s.code), WriteCell(1, .text(criterion.code), style: s.code),
                WriteCell(2, .text(criterion.name), style: s.text), WriteCell(3, criterion.unit.isEmpty ? .empty : .text(criterion.unit), style: s.code),
                c.districtTotals[i].map { WriteCell(column: 4, value: .number($0), formula: "SUM(\(range))", style: s.total($0)) }
                    ?? WriteCell(4, .empty, style: s.total),
                c.districtAverages[i].map { WriteCell(column: 5, value: .number($0), formula: "AVERAGE(\(range))", style: s.total($0)) }
                    ?? WriteCell(5, .empty, style: s.total),
            ]
            cells.reserveCapacity(fixed + wards)
            // Text answers (CC09's initiatives) wrap in their ward's column: the row grows to fit.
            var textValues: [(String, Double)] = []
            for (w, st) in c.standings.enumerated() {
                if let v = st.values?.values[i] {
                    if case .text(let t) = v { textValues.append((t, 13)) }
                    cells.append(WriteCell(fixed + w, v.cellValue, style: s.value(v)))
                } else {
                    cells.append(WriteCell(fixed + w, .empty, style: s.text))
                }
            }
            try x.w.writeRow(row, cells, height: x.height([(criterion.name, 48)] + textValues))
            row += 1
        }
        try x.w.endSheet(SheetFinish(autoFilter: x.filter(4, row - 1, fixed + wards - 1)))
    }

    /// One area's criteria × wards points, with each ward's subtotal as a formula.
    func writeArea(_ area: Area, _ x: inout Context) throws {
        let c = x.c, s = x.s, l = x.l
        // The code and the name only: a sheet tab holds 31 characters.
        let name = x.sheetName("\(area.code) \(area.name)", "\(area.code) \(area.nameEnglish ?? area.name)")
        let fixed = 4, wards = c.standings.count
        try x.begin(name, widths: [ColumnFormat(0, width: 5), ColumnFormat(1, width: 8), ColumnFormat(2, width: 48),
                                   ColumnFormat(3, width: 10), ColumnFormat(fixed, fixed + wards - 1, width: 13)],
                    header: 3...4, freezeColumns: fixed, merged: Context.twoRowHeader(fixed))
        try x.titles(l("ĐIỂM THEO TIÊU CHÍ: ", "POINTS BY CRITERION: ") + l.areaName(area).uppercased(), [x.schemaLine])
        try x.w.writeRow(3, [l("STT", "No."), l("Mã", "Code"), l("Tiêu chí", "Criterion"), l("Điểm tối đa", "Max points")]
                            .enumerated().map { WriteCell($0.offset, .text($0.element), style: s.header) }
                         + c.standings.enumerated().map { WriteCell(fixed + $0.offset, .text($0.element.ward.name), style: s.header) }, height: 30)
        try x.w.writeRow(4, (0..<fixed).map { WriteCell($0, .empty, style: s.header) }
                         + c.standings.enumerated().map { WriteCell(fixed + $0.offset, .text($0.element.ward.code), style: s.header) })
        var row = 5, n = 0
        var sums = [Double](repeating: 0, count: wards)
        var maxSum = 0.0
        for (i, criterion) in c.schema.criteria.enumerated() where criterion.area == area.code {
            n += 1
            maxSum += criterion.maxPoints
            var cells = [WriteCell(0, .number(Double(n)), style: s.code), WriteCell(1, .text(criterion.code), style: s.code),
                         WriteCell(2, .text(criterion.name), style: s.text), WriteCell(3, .number(criterion.maxPoints), style: s.points)]
            for (w, st) in c.standings.enumerated() {
                let p = st.values?.points[i]
                sums[w] += p ?? 0
                cells.append(WriteCell(fixed + w, .number(p), style: s.points))
            }
            try x.w.writeRow(row, cells, height: x.height([(criterion.name, 48)]))
            row += 1
        }
        let first = 6, last = row
        func sum(_ column: Int) -> String {
            let col = CellReference.columnName(column)
            return "SUM(\(col)\(first):\(col)\(last))"
        }
        var total = [WriteCell(2, .text(l("Cộng", "Total")), style: s.total),
                     WriteCell(column: 3, value: .number(maxSum), formula: sum(3), style: s.totalPoints)]
        for (w, st) in c.standings.enumerated() {
            total.append(st.accepted ? WriteCell(column: fixed + w, value: .number(sums[w]), formula: sum(fixed + w), style: s.totalPoints)
                                     : WriteCell(fixed + w, .empty, style: s.total))
        }
        try x.w.writeRow(row, total)
        try x.w.endSheet(SheetFinish(autoFilter: x.filter(4, row - 1, fixed + wards - 1)))
    }
}
