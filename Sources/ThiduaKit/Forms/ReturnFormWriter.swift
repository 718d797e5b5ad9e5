import Foundation

/// Writes the return form a ward fills in: title and instructions in Vietnamese, the ward,
/// year and period filled in, one row per criterion grouped by area with unit, target and
/// maximum points, input columns unlocked and highlighted (all else locked), drop-downs and
/// ranges as data validation, subtotals per area as formulas, and a hidden marker sheet
/// (schema id and version) by which a return is recognised.
public struct ReturnFormWriter: Sendable {
    public let schema: CriteriaSchema
    /// Bumped when the layout changes, so old returns can be told apart.
    public static let formVersion = "2"

    public init(schema: CriteriaSchema) { self.schema = schema }

    /// Writes the form of `ward` with `writer` and finishes the file.
    public func write(ward: Ward, to writer: any SpreadsheetWriter) throws {
        do {
            let styles = FormStyles(writer)
            try writeForm(ward: ward, styles: styles, writer)
            try writeMarker(ward: ward, styles: styles, writer)
            try writer.finish()
        } catch {
            writer.cancel()
            throw error
        }
    }

    private func writeForm(ward: Ward, styles s: FormStyles, _ w: any SpreadsheetWriter) throws {
        let settings = schema.settings
        let header = ReturnFormLayout.headerRow
        let widths: [Double] = [6, 9, 46, 11, 10, 9, 15, 11, 24, 40]
        let last = widths.count - 1
        // The layout is known before any row, so merges and validations go in the setup,
        // where every writer (ODS marks them on the cells) can use them.
        let plan = Plan(schema: schema, header: header)
        let sign = plan.signatureRow
        let merged = [
            Self.span(0, 0, 2), Self.span(1, 0, 2), Self.span(2, 0, 2),               // issuing body
            Self.span(0, 4, last), Self.span(1, 4, last), Self.span(2, 4, last),      // national motto
            Self.span(4, 0, last), Self.span(5, 0, last),                             // title and subject
        ] + Plan.fieldRows.flatMap { [Self.span($0, 3, 4), Self.span($0, 5, 6), Self.span($0, 7, 8)] }
            + [Self.span(Plan.instructionsRow, 0, last)]
            + (sign..<(sign + 3)).flatMap { [Self.span($0, 0, 2), Self.span($0, 6, last)] }
        try w.beginSheet(SheetSetup(
            name: ReturnFormLayout.formSheetName,
            columns: widths.enumerated().map { ColumnFormat($0.offset, width: $0.element) },
            frozen: FrozenPanes(rows: header + 1, columns: 0),
            print: PrintSetup(paper: .a4, orientation: .landscape, fitToWidth: true, repeatedRows: header...header,
                              margins: PageMargins(left: 0.5, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3),
                              pageNumbers: true, pageNumberFont: CellFont.officialName),
            protection: SheetProtection(),
            mergedRanges: merged,
            validations: validations(plan)))

        // The official heading: the issuing body on the left (under its superior body when the
        // schema names one), the national motto on the right, the number line level with the
        // place and date. The place is the ward's own name (Decree 30/2020: where the issuing
        // body sits).
        let wardBody = "UBND PHƯỜNG " + ward.name.uppercased()
        let left: [(String, StyleHandle)] = (settings.superiorBody.map { [($0.uppercased(), s.body)] } ?? [])
            + [(wardBody, s.bodyBold), ("Số:        /BC-UBND", s.body)]
        let right: [(String, StyleHandle)] = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", s.bodyBold),
                                              ("Độc lập - Tự do - Hạnh phúc", s.mottoLine),
                                              ("\(ward.name), ngày       tháng       năm \(settings.year)", s.placeDate)]
        for row in 0..<3 {
            let l = row < left.count ? [WriteCell(0, .text(left[row].0), style: left[row].1)] : []
            try w.writeRow(row, l + [WriteCell(4, .text(right[row].0), style: right[row].1)], height: 18)
        }
        try w.writeRow(4, [WriteCell(0, .text("BÁO CÁO KẾT QUẢ THỰC HIỆN " + settings.title.uppercased()), style: s.title)], height: 22)
        try w.writeRow(5, [WriteCell(0, .text("của Ủy ban nhân dân phường \(ward.name) (mã \(ward.code)), kỳ báo cáo \(settings.reportingPeriod)"),
                                     style: s.subject)], height: 18)

        // The labelled fields, in two groups: a label right-aligned (C, or F:G merged), its
        // value in the two merged cells beside it (D:E, or H:I).
        func field(_ f: ReturnField, _ value: CellValue, _ style: StyleHandle, second: Bool = false) -> [WriteCell] {
            let (label, at) = second ? (5, 7) : (2, 3)
            return [WriteCell(label, .text(f.label), style: s.label)] + (second ? [WriteCell(6, .empty, style: s.label)] : [])
                + [WriteCell(at, value, style: style), WriteCell(at + 1, .empty, style: style)]
        }
        let rows = Plan.fieldRows
        try w.writeRow(rows[0], field(.ward, .text(ward.name), s.field) + field(.wardCode, .text(ward.code), s.field, second: true))
        try w.writeRow(rows[1], field(.year, .number(Double(settings.year)), s.fieldNumber)
                       + field(.period, .text(settings.reportingPeriod), s.field, second: true))
        try w.writeRow(rows[2], field(.reportDate, .empty, s.inputField) + field(.deadline, .date(settings.deadline), s.fieldDate, second: true))
        try w.writeRow(rows[3], field(.preparer, .empty, s.inputFieldText) + field(.phone, .empty, s.inputFieldText, second: true))
        try w.writeRow(Plan.instructionsRow, [WriteCell(0, .text(instructions), style: s.instructions)], height: 50)
        try w.writeRow(header, ReturnColumn.allCases.map { WriteCell($0.writtenColumn, .text($0.label), style: s.header) }, height: 32)

        for block in plan.blocks {
            try w.writeRow(block.heading, [WriteCell(0, .text(block.roman), style: s.areaRow), WriteCell(1, .empty, style: s.areaRow),
                                           WriteCell(2, .text(block.area.name), style: s.areaRow)] + (3...last).map { WriteCell($0, .empty, style: s.areaRow) }, height: 15)
            for (n, c) in block.criteria.enumerated() {
                // Wrapped text needs taller rows: programs do not grow rows written with cells. Every
                // table row has its height said, so XLSX and ODS print alike.
                let method = scoringText(c)
                let lines = max(1, Int((Double(c.name.count) / 50).rounded(.up)), Int((Double(method.count) / 44).rounded(.up)))
                try w.writeRow(block.first + n, criterionCells(c, number: n + 1, row: block.first + n, method: method, styles: s),
                               height: lines > 1 ? Double(lines) * 14 + 2 : 15)
            }
            let maxSum = block.criteria.reduce(0) { $0 + $1.maxPoints }
            try w.writeRow(block.subtotal, [
                WriteCell(2, .text("Cộng \(block.roman)"), style: s.subtotal),
                WriteCell(column: 5, value: .number(maxSum), formula: "SUM(F\(block.first + 1):F\(block.last + 1))", style: s.subtotalNumber),
                WriteCell(column: 7, value: .number(0), formula: "SUM(H\(block.first + 1):H\(block.last + 1))", style: s.subtotalNumber),
            ], height: 15)
        }
        // Bonus and penalty lines, then the total.
        for (r, code, name, cap) in [(plan.bonusRow, ReturnFormLayout.bonusCode, "Điểm thưởng (cờ thi đua, bằng khen...)", settings.bonusCap),
                                     (plan.penaltyRow, ReturnFormLayout.penaltyCode, "Điểm trừ (vi phạm, bị phê bình...)", settings.penaltyCap)] {
            try w.writeRow(r, [WriteCell(1, .text(code), style: s.code), WriteCell(2, .text(name), style: s.text),
                               WriteCell(5, .number(cap), style: s.number), WriteCell(7, .empty, style: s.input),
                               WriteCell(8, .empty, style: s.inputText),
                               WriteCell(9, .text("Tự kê, quận thẩm định; tối đa \(Self.show(cap)) điểm."), style: s.method)], height: 15)
        }
        let maxTotal = schema.criteria.reduce(0) { $0 + $1.maxPoints }
        let subtotalRefs = plan.blocks.map { "F\($0.subtotal + 1)" }.joined(separator: ",")
        let pointRefs = plan.blocks.map { "H\($0.subtotal + 1)" }.joined(separator: ",")
        try w.writeRow(plan.totalRow, [
            WriteCell(2, .text("TỔNG CỘNG"), style: s.subtotal),
            WriteCell(column: 5, value: .number(maxTotal), formula: "SUM(\(subtotalRefs))", style: s.subtotalNumber),
            WriteCell(column: 7, value: .number(0), formula: "SUM(\(pointRefs))+H\(plan.bonusRow + 1)-H\(plan.penaltyRow + 1)", style: s.subtotalNumber),
        ], height: 15)
        // The signature blocks: the preparer on the left, the ward's People's Committee on the right.
        try w.writeRow(sign, [WriteCell(0, .text("NGƯỜI LẬP BÁO CÁO"), style: s.signTitle),
                              WriteCell(6, .text("TM. ỦY BAN NHÂN DÂN PHƯỜNG \(ward.name.uppercased())"), style: s.signTitle)], height: 18)
        try w.writeRow(sign + 1, [WriteCell(0, .text("(Ký, ghi rõ họ tên)"), style: s.signNote),
                                  WriteCell(6, .text("CHỦ TỊCH"), style: s.signTitle)], height: 18)
        try w.writeRow(sign + 2, [WriteCell(6, .text("(Ký tên, đóng dấu)"), style: s.signNote)], height: 18)
        try w.endSheet()
    }

    /// One row's cells from `first` to `last`, merged.
    static func span(_ row: Int, _ first: Int, _ last: Int) -> CellRange {
        CellRange(start: CellReference(row: row, column: first), end: CellReference(row: row, column: last))
    }

    /// Where each row of the form falls, computed once: the rows written and the validations
    /// given before them cannot disagree.
    private struct Plan {
        /// One area: its heading row, its criteria's rows, then its subtotal row.
        struct Block {
            var roman: String
            var area: Area
            var criteria: [Criterion]
            var heading: Int
            var first: Int { heading + 1 }
            var last: Int { heading + criteria.count }
            var subtotal: Int { last + 1 }
        }
        var blocks: [Block] = []
        var bonusRow: Int
        var penaltyRow: Int { bonusRow + 1 }
        var totalRow: Int { bonusRow + 2 }
        var signatureRow: Int { totalRow + 2 }
        /// The labelled fields above the table, and the instructions under them.
        static let fieldRows = [7, 8, 9, 10]
        static let instructionsRow = 11

        init(schema: CriteriaSchema, header: Int) {
            var row = header + 1
            for (i, area) in schema.areas.enumerated() {
                let criteria = schema.criteria(inArea: area.code)
                guard !criteria.isEmpty else { continue }
                let block = Block(roman: ReturnFormWriter.roman(i + 1), area: area, criteria: criteria, heading: row)
                blocks.append(block)
                row = block.subtotal + 1
            }
            bonusRow = row
        }
    }

    /// The form's data validations, in the order of its rows.
    private func validations(_ plan: Plan) -> [DataValidation] {
        let settings = schema.settings
        func cell(_ r: Int, _ c: Int) -> CellRange {
            CellRange(start: CellReference(row: r, column: c), end: CellReference(row: r, column: c))
        }
        var validations = [DataValidation(range: cell(Plan.fieldRows[2], 3), rule: .decimal(.greaterThan(0)),
            input: .init(title: "Ngày lập báo cáo", text: "Nhập ngày lập báo cáo theo dạng ngày/tháng/năm, ví dụ 10/12/\(settings.year)."),
            error: .init(title: "Ngày không hợp lệ", text: "Hãy nhập một ngày theo dạng ngày/tháng/năm."))]
        for block in plan.blocks {
            for (n, c) in block.criteria.enumerated() { validations += criterionValidations(c, row: block.first + n) }
        }
        for (row, name, cap) in [(plan.bonusRow, "Điểm thưởng", settings.bonusCap), (plan.penaltyRow, "Điểm trừ", settings.penaltyCap)] {
            validations.append(DataValidation(range: cell(row, 7), rule: .decimal(.between(0, cap)),
                input: .init(title: name, text: "Nhập số điểm từ 0 đến \(Self.show(cap)); ghi rõ căn cứ ở cột minh chứng."),
                error: .init(title: "Điểm không hợp lệ", text: "Điểm phải từ 0 đến \(Self.show(cap)).")))
        }
        return validations
    }

    private func criterionCells(_ c: Criterion, number: Int, row: Int, method: String, styles s: FormStyles) -> [WriteCell] {
        let resultStyle: StyleHandle = switch c.valueType {
        case .date: s.inputDate
        case .text, .choice, .yesNo: s.inputText
        default: s.input
        }
        // A yes/no target reads "Có" (the answer the ward gives), not 1.
        let target: WriteCell = switch (c.valueType, c.target) {
        case (.yesNo, let t): WriteCell(4, .text(t == 0 ? "Không" : "Có"), style: s.target)
        case (.money, let t?): WriteCell(4, .number(t), style: s.money)
        case (_, let t?): WriteCell(4, .number(t), style: t == t.rounded() ? s.number : s.fraction)
        case (_, nil): WriteCell(4, .empty, style: s.number)
        }
        return [
            WriteCell(0, .number(Double(number)), style: s.code),
            WriteCell(1, .text(c.code), style: s.code),
            WriteCell(2, .text(c.name), style: s.text),
            WriteCell(3, c.unit.isEmpty ? .empty : .text(c.unit), style: s.code),
            target,
            WriteCell(5, .number(c.maxPoints), style: c.maxPoints == c.maxPoints.rounded() ? s.number : s.fraction),
            WriteCell(6, .empty, style: resultStyle),
            Self.pointsFormula(c, row: row).map { WriteCell(column: 7, value: .empty, formula: $0, style: s.computedPoints) }
                ?? WriteCell(7, .empty, style: s.input),
            WriteCell(8, .empty, style: s.inputText),
            WriteCell(9, .text(method), style: s.method),
        ]
    }

    /// The self-assessed points as a formula of the result (column G of the 0-based `row`),
    /// computed as `ScoreCalculator` does, so they appear as the officer types and never
    /// differ from the district's by a rounding; nil where the ward scores itself (manual,
    /// a target-based method without a target) or the criterion is worth nothing.
    static func pointsFormula(_ c: Criterion, row: Int) -> String? {
        guard c.maxPoints > 0 else { return nil }
        let g = "G\(row + 1)", cap = show(c.maxPoints)
        func clamp(_ x: String) -> String { "MIN(MAX(\(x),0),\(cap))" }
        let body: String
        switch c.scoring {
        case .manual:
            return nil
        case .fullIfTargetMet where c.valueType == .yesNo:
            body = "IF(\(g)=\"\(c.target == 0 ? "Không" : "Có")\",\(cap),0)"
        case .fullIfTargetMet:
            guard let t = c.target else { return nil }
            body = "IF(\(g)\(c.higherIsBetter ? ">=" : "<=")\(show(t)),\(cap),0)"
        case .proportional:
            guard let t = c.target, t > 0, c.valueType.isNumeric else { return nil }
            body = c.higherIsBetter ? clamp("\(cap)*MIN(\(g)/\(show(t)),1)")
                : "IF(\(g)<=\(show(t)),\(cap),\(clamp("\(cap)*\(show(t))/\(g)"))"
        case .perUnit(let each):
            body = clamp("\(g)*\(show(each))")
        case .penalty(let each):
            body = clamp("\(cap)-MAX(\(g),0)*\(show(each))")
        }
        return "IF(\(g)=\"\",\"\",\(body))"
    }

    /// How a criterion is scored, in the officer's words, so the self-assessed points can
    /// be worked out as the district will; a reference figure says it is still required.
    func scoringText(_ c: Criterion) -> String {
        let max = Self.show(c.maxPoints)
        let unit = c.unit.isEmpty || c.unit == "%" ? "đơn vị" : c.unit
        let target = c.target.map { Self.show($0) + (c.unit == "%" ? "%" : "") }
        if c.maxPoints == 0 {
            return c.required ? "Số liệu tham khảo, 0 điểm; vẫn phải nhập." : "Số liệu tham khảo, không tính điểm."
        }
        switch c.scoring {
        case .manual:
            return "Tự chấm từ 0 đến \(max) điểm, quận thẩm định."
        case .fullIfTargetMet:
            if c.valueType == .yesNo { return c.target == 0 ? "Không: \(max) điểm; Có: 0 điểm." : "Có: \(max) điểm; Không: 0 điểm." }
            guard let target else { return "Đạt chỉ tiêu: \(max) điểm; không đạt: 0 điểm." }
            return c.higherIsBetter ? "Đạt từ \(target) trở lên: \(max) điểm; dưới: 0 điểm."
                : "Không quá \(target): \(max) điểm; vượt: 0 điểm."
        case .proportional:
            guard let target else { return "Theo tỷ lệ so với chỉ tiêu, tối đa \(max) điểm." }
            return c.higherIsBetter ? "\(max) điểm × kết quả / \(target), tối đa \(max) điểm."
                : "Không quá \(target): \(max) điểm; vượt: \(max) × \(target) / kết quả."
        case .perUnit(let each):
            return "\(Self.show(each)) điểm mỗi \(unit), tối đa \(max) điểm."
        case .penalty(let each):
            return "\(max) điểm, trừ \(Self.show(each)) điểm mỗi \(unit), thấp nhất 0."
        }
    }

    private func criterionValidations(_ c: Criterion, row: Int) -> [DataValidation] {
        let result = CellRange(start: CellReference(row: row, column: 6), end: CellReference(row: row, column: 6))
        let points = CellRange(start: CellReference(row: row, column: 7), end: CellReference(row: row, column: 7))
        let title = "Tiêu chí \(c.code)"
        var out: [DataValidation] = []
        let lo = c.minimum ?? (c.valueType.isNumeric ? 0 : nil)
        let hi = c.maximum ?? (c.valueType == .percent ? 100 : nil)
        let bounds = Self.boundsText(lo, hi, unit: c.unit)
        switch c.valueType {
        case .integer:
            out.append(DataValidation(range: result, rule: .whole(Self.comparison(lo, hi)),
                input: .init(title: title, text: "Nhập số nguyên\(bounds), không kèm đơn vị."),
                error: .init(title: "Giá trị không hợp lệ", text: "Cần nhập số nguyên\(bounds).")))
        case .number, .money, .percent:
            // The bounds say the range once, from the schema (KT03 allows up to 500%).
            let what = c.valueType == .percent ? "tỷ lệ phần trăm (chỉ gõ số, không gõ dấu %)" : c.valueType == .money ? "số tiền (\(c.unit))" : "một số"
            out.append(DataValidation(range: result, rule: .decimal(Self.comparison(lo, hi)),
                input: .init(title: title, text: String("Nhập \(what)\(bounds).".prefix(255))),
                error: .init(title: "Giá trị không hợp lệ", text: "Cần nhập \(what)\(bounds).")))
        case .yesNo:
            out.append(DataValidation(range: result, rule: .list(["Có", "Không"]),
                input: .init(title: title, text: "Chọn Có hoặc Không."),
                error: .init(title: "Giá trị không hợp lệ", text: "Chỉ chọn Có hoặc Không.")))
        case .choice:
            out.append(DataValidation(range: result, rule: .list(c.allowedValues),
                input: .init(title: title, text: String("Chọn một mức: \(c.allowedValues.joined(separator: ", ")).".prefix(255))),
                error: .init(title: "Giá trị không hợp lệ", text: "Chỉ chọn một mức trong danh sách.")))
        case .date:
            out.append(DataValidation(range: result, rule: .decimal(.greaterThan(0)),
                input: .init(title: title, text: "Nhập ngày theo dạng ngày/tháng/năm."),
                error: .init(title: "Ngày không hợp lệ", text: "Hãy nhập một ngày theo dạng ngày/tháng/năm.")))
        case .text:
            break
        }
        if c.maxPoints > 0, Self.pointsFormula(c, row: row) == nil {
            out.append(DataValidation(range: points, rule: .decimal(.between(0, c.maxPoints)),
                input: .init(title: "Điểm tự chấm", text: String("Nhập điểm tự chấm từ 0 đến \(Self.show(c.maxPoints)). Cách chấm: \(scoringText(c))".prefix(255))),
                error: .init(title: "Điểm không hợp lệ", text: "Điểm tự chấm phải từ 0 đến \(Self.show(c.maxPoints)).")))
        }
        return out
    }

    private func writeMarker(ward: Ward, styles s: FormStyles, _ w: any SpreadsheetWriter) throws {
        try w.beginSheet(SheetSetup(name: ReturnFormLayout.markerSheetName, state: .veryHidden))
        let values: [(ReturnMarkerKey, String)] = [
            (.kind, ReturnFormLayout.markerKind), (.schemaID, schema.id), (.schemaVersion, schema.version),
            (.wardCode, ward.code), (.wardName, ward.name), (.year, String(schema.settings.year)),
            (.formVersion, Self.formVersion),
        ]
        for (i, (key, value)) in values.enumerated() {
            try w.writeRow(i, [WriteCell(0, .text(key.rawValue), style: s.markerKey), WriteCell(1, .text(value), style: s.markerKey)])
        }
        try w.endSheet()
    }

    private var instructions: String {
        "Hướng dẫn: chỉ nhập vào các ô màu vàng: kết quả thực hiện (cột G), minh chứng/ghi chú (cột I), điểm tự chấm (cột H) "
            + "ở các tiêu chí phường tự chấm, điểm thưởng, điểm trừ, ngày lập báo cáo, người lập và điện thoại; điểm các tiêu chí khác "
            + "tự tính theo kết quả, như cột \"Cách chấm điểm\". Không thêm, xóa hay đổi thứ tự dòng; không sửa mã tiêu chí. "
            + "Số nhập dạng số, không kèm đơn vị; tỷ lệ % chỉ nhập số, không gõ dấu %; ngày nhập theo ngày/tháng/năm. "
            + "Tiêu chí 0 điểm là số liệu tham khảo nhưng vẫn phải nhập. Hạn nộp: "
            + String(format: "%02d/%02d/%04d", schema.settings.deadline.day, schema.settings.deadline.month, schema.settings.deadline.year) + "."
    }

    static func comparison(_ lo: Double?, _ hi: Double?) -> DataValidation.Comparison {
        switch (lo, hi) {
        case let (l?, h?): .between(l, h)
        case let (l?, nil): .greaterThanOrEqual(l)
        case let (nil, h?): .lessThanOrEqual(h)
        default: .greaterThanOrEqual(-1e15)
        }
    }

    static func boundsText(_ lo: Double?, _ hi: Double?, unit: String) -> String {
        switch (lo, hi) {
        case let (l?, h?): " từ \(show(l)) đến \(show(h))"
        case let (l?, nil): l == 0 ? " không âm" : " từ \(show(l)) trở lên"
        case let (nil, h?): " không quá \(show(h))"
        default: ""
        }
    }

    static func show(_ v: Double) -> String { CanonicalNumberText.string(v) ?? "" }

    static func roman(_ n: Int) -> String {
        ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][min(n, 10)]
    }
}
