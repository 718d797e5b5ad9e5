extension ConsolidatedWorkbookWriter {
    /// Per ward in ranking order: received, valid, on time, report date, points, grade and
    /// rank, with completeness above and the ranking chart beside.
    func writeSummary(_ x: inout Context) throws {
        let c = x.c, s = x.s, l = x.l
        let name = x.sheetName("Tổng hợp", "Summary")
        // Where a rejected ward's findings are: the issues sheet, named as `writeIssues` names it.
        let issues = l("Lỗi và cảnh báo", "Issues")
        // Row 0 holds the superior body when the schema names one ("UBND QUẬN CẦU GIẤY"), as on
        // every paper the district signs; the title block follows.
        let headerRow = 6
        let widths: [Double] = [12, 22, 10, 10, 12, 13, 13, 11, 10, 12, 12, 10, 44]
        try x.begin(name, widths: widths.enumerated().map { ColumnFormat($0.offset, width: $0.element) },
                    header: headerRow...headerRow, freezeColumns: 2)
        let deadline = c.schema.settings.deadline
        let missing = c.wardsMissing.count, rejected = c.wardsRejected.count
        // What a leader reads: no schema id, file paths or hashes (they are on the returns and
        // provenance sheets).
        if let superior = c.schema.settings.superiorBody {
            try x.w.writeRow(0, [WriteCell(0, .text(superior.uppercased()), style: s.issuer)], height: 18)
        }
        try x.titles(from: 1, l("TỔNG HỢP KẾT QUẢ THI ĐUA NĂM \(c.schema.settings.year)", "EMULATION RESULTS \(c.schema.settings.year)"), [
            c.schema.settings.title,
            l("Hạn nộp: ", "Deadline: ") + Self.dayText(deadline)
                + l(". Cảnh báo không làm báo cáo bị loại.", ". Warnings do not reject a return.")
                + (c.policy.rejectsWarnings ? l(" (Chế độ nghiêm: báo cáo có cảnh báo bị loại.)", " (Strict: returns with warnings are rejected.)") : ""),
            l("Phường: \(c.standings.count) · đã nộp \(c.wardsReceived) · hợp lệ \(c.wardsAccepted) · bị loại \(rejected) · chưa nộp \(missing) · trễ hạn \(c.wardsLate)",
              "Wards: \(c.standings.count) · received \(c.wardsReceived) · valid \(c.wardsAccepted) · rejected \(rejected) · missing \(missing) · late \(c.wardsLate)"),
        ])
        try x.header(headerRow, [
            l("Mã phường", "Ward code"), l("Phường", "Ward"), l("Đã nộp", "Received"), l("Hợp lệ", "Valid"),
            l("Đúng hạn", "On time"), l("Ngày báo cáo", "Report date"), l("Điểm tiêu chí", "Criteria points"),
            l("Điểm thưởng", "Bonus"), l("Điểm trừ", "Penalty"), l("Tổng điểm", "Total points"),
            l("Xếp loại", "Grade"), l("Xếp hạng", "Rank"), l("Ghi chú", "Notes"),
        ])
        var row = headerRow + 1
        var ranked = 0
        for w in c.rankingOrder {
            let st = c.standings[w]
            let sub = st.submission.map { c.submissions[$0] }
            let v = st.values
            var cells = [
                WriteCell(0, .text(st.ward.code), style: s.code), WriteCell(1, .text(st.ward.name), style: s.text),
                WriteCell(2, .text(l.yesNo(st.received)), style: s.code), WriteCell(3, .text(l.yesNo(st.accepted)), style: s.code),
                WriteCell(4, sub.map { .text(l.timeliness($0.onTime)) } ?? .empty, style: s.code),
                WriteCell(5, sub?.reportDate.map { .date($0) } ?? .empty, style: s.date),
                WriteCell(6, .number(v?.criteriaPoints), style: s.points),
                WriteCell(7, .number(v?.bonus), style: s.points), WriteCell(8, .number(v?.penalty), style: s.points),
            ]
            if let v {
                let r = row + 1
                cells.append(WriteCell(column: 9, value: .number(v.total), formula: "G\(r)+H\(r)-I\(r)", style: s.totalPoints))
            } else {
                cells.append(WriteCell(9, .empty, style: s.totalPoints))
            }
            let note = Self.note(st, sub, issues: issues, l)
            cells += [
                WriteCell(10, st.grade.map { .text($0.name) } ?? .empty, style: s.code),
                WriteCell(11, st.rank.map { .number(Double($0)) } ?? .empty, style: s.code),
                WriteCell(12, note.isEmpty ? .empty : .text(note), style: s.text),
            ]
            try x.w.writeRow(row, cells, height: x.height([(note, widths[12])]))
            if st.rank != nil { ranked += 1 }
            row += 1
        }
        let tableEnd = row - 1
        // The place and date, and the signatures, as on a paper the district signs.
        let sign = row + 1
        try x.w.writeRow(sign, [WriteCell(9, .text(Self.placeDateLine(c.schema.settings, l)), style: s.placeDate)])
        try x.w.writeRow(sign + 1, [WriteCell(1, .text(l("NGƯỜI LẬP BIỂU", "PREPARED BY")), style: s.signTitle),
                                    WriteCell(9, .text(l("THỦ TRƯỞNG ĐƠN VỊ", "HEAD OF OFFICE")), style: s.signTitle)])
        try x.w.writeRow(sign + 2, [WriteCell(1, .text(l("(Ký, ghi rõ họ tên)", "(Signature and full name)")), style: s.signNote),
                                    WriteCell(9, .text(l("(Ký, ghi rõ họ tên, đóng dấu)", "(Signature, full name and seal)")), style: s.signNote)])
        row = sign + 6
        var charts: [BarChart] = []
        let shown = min(ranked, chartLimit)
        if shown > 0 {
            let first = headerRow + 1, last = headerRow + shown
            let title = l("Xếp hạng theo tổng điểm", "Ranking by total points")
                + (shown < ranked ? l(" (\(shown) phường đứng đầu)", " (top \(shown) wards)") : "")
            charts.append(BarChart(
                title: title, direction: .horizontal,
                categories: SheetRange(sheet: name, range: CellRange(start: CellReference(row: first, column: 1), end: CellReference(row: last, column: 1))),
                series: [.init(name: l("Tổng điểm", "Total points"),
                               values: SheetRange(sheet: name, range: CellRange(start: CellReference(row: first, column: 9), end: CellReference(row: last, column: 9))))],
                // Below the signatures, within the table's width, so the page prints at a readable scale.
                anchor: CellRange(start: CellReference(row: row, column: 1),
                                  end: CellReference(row: row + max(14, shown + 4), column: 10)),
                valueLabels: NumberFormats.points, axisLabels: NumberFormats.whole, fontName: CellFont.officialName))
        }
        try x.w.endSheet(SheetFinish(autoFilter: x.filter(headerRow, tableEnd, 12), charts: charts))
    }

    /// What a leader needs to know about a ward beyond its figures: why it has none, or
    /// where its warnings are.
    static func note(_ st: WardStanding, _ sub: Submission?, issues: String, _ l: ConsolidationLabels) -> String {
        guard let sub else { return l("Chưa nộp báo cáo.", "No return received.") }
        if !st.accepted {
            let why = sub.errorCount > 0 ? l("\(sub.errorCount) lỗi", "\(sub.errorCount) error(s)")
                : l("\(sub.warningCount) cảnh báo (chế độ nghiêm)", "\(sub.warningCount) warning(s) (strict mode)")
            return l("Bị loại: \(why); xem trang \"\(issues)\".", "Rejected: \(why); see the \"\(issues)\" sheet.")
        }
        var parts: [String] = []
        if sub.onTime == false { parts.append(l("Nộp sau hạn.", "Sent after the deadline.")) }
        if sub.onTime == nil { parts.append(l("Không ghi ngày lập báo cáo.", "No report date.")) }
        if sub.warningCount > 0 {
            parts.append(l("\(sub.warningCount) cảnh báo, xem trang \"\(issues)\".", "\(sub.warningCount) warning(s), see the \"\(issues)\" sheet."))
        }
        return parts.joined(separator: " ")
    }

    /// "Cầu Giấy, ngày …… tháng …… năm 2018": the schema's place name and the year of the
    /// deadline (when the results are signed); dots for the place when the schema has none.
    static func placeDateLine(_ settings: SchemaSettings, _ l: ConsolidationLabels) -> String {
        let year = settings.deadline.year
        guard let place = settings.placeName else {
            return l("……………, ngày …… tháng …… năm \(year)", "……………, date …………… \(year)")
        }
        return l("\(place), ngày …… tháng …… năm \(year)", "\(place), date …………… \(year)")
    }

    /// `15/12/2018`, the way the workbook's date cells show.
    static func dayText(_ d: CivilDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(two(d.day))/\(two(d.month))/\(d.year)"
    }
}
