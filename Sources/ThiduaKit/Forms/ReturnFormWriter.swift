import Foundation

/// Writes the return form a ward fills in: title and instructions in Vietnamese, the ward,
/// year and period filled in, one row per criterion grouped by area with unit, target and
/// maximum points, input columns unlocked and highlighted (all else locked), drop-downs and
/// ranges as data validation, subtotals per area as formulas, and a hidden marker sheet
/// (schema id and version) by which a return is recognised.
public struct ReturnFormWriter: Sendable {
    public let schema: CriteriaSchema
    /// Bumped when the layout changes, so old returns can be told apart.
    public static let formVersion = "1"

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
        let widths: [Double] = [6, 8, 52, 12, 10, 10, 16, 12, 32]
        func range(_ r: Int, _ c1: Int, _ c2: Int) -> CellRange {
            CellRange(start: CellReference(row: r, column: c1), end: CellReference(row: r, column: c2))
        }
        // The layout is known before any row, so merges and validations go in the setup,
        // where every writer (ODS marks them on the cells) can use them.
        let plan = Plan(schema: schema, header: header)
        try w.beginSheet(SheetSetup(
            name: ReturnFormLayout.formSheetName,
            columns: widths.enumerated().map { ColumnFormat($0.offset, width: $0.element) },
            frozen: FrozenPanes(rows: header + 1, columns: 0),
            print: PrintSetup(paper: .a4, orientation: .landscape, fitToWidth: true, repeatedRows: header...header),
            protection: SheetProtection(),
            mergedRanges: [range(0, 0, 8), range(5, 0, 8)],
            validations: validations(plan)))

        try w.writeRow(0, [WriteCell(0, .text("BÁO CÁO KẾT QUẢ THỰC HIỆN " + settings.title.uppercased()), style: s.title)], height: 36)
        try w.writeRow(2, [WriteCell(0, .text(ReturnField.ward.label), style: s.label), WriteCell(2, .text(ward.name), style: s.field),
                           WriteCell(3, .text(ReturnField.wardCode.label), style: s.label), WriteCell(4, .text(ward.code), style: s.field)])
        try w.writeRow(3, [WriteCell(0, .text(ReturnField.year.label), style: s.label), WriteCell(2, .number(Double(settings.year)), style: s.field),
                           WriteCell(3, .text(ReturnField.period.label), style: s.label), WriteCell(4, .text(settings.reportingPeriod), style: s.field)])
        try w.writeRow(4, [WriteCell(0, .text(ReturnField.reportDate.label), style: s.label), WriteCell(2, .empty, style: s.inputField),
                           WriteCell(3, .text(ReturnField.deadline.label), style: s.label), WriteCell(4, .date(settings.deadline), style: s.field)])
        try w.writeRow(5, [WriteCell(0, .text(instructions), style: s.instructions)], height: 48)
        try w.writeRow(header, ReturnColumn.allCases.map { WriteCell($0.writtenColumn, .text($0.label), style: s.header) }, height: 32)

        for block in plan.blocks {
            try w.writeRow(block.heading, [WriteCell(0, .text(block.roman), style: s.areaRow), WriteCell(1, .empty, style: s.areaRow),
                                           WriteCell(2, .text(block.area.name), style: s.areaRow)] + (3...8).map { WriteCell($0, .empty, style: s.areaRow) })
            for (n, c) in block.criteria.enumerated() {
                // Wrapped names need taller rows: programs do not grow rows written with cells.
                let lines = max(1, Int((Double(c.name.count) / 48).rounded(.up)))
                try w.writeRow(block.first + n, criterionCells(c, number: n + 1, styles: s), height: lines > 1 ? Double(lines) * 15 : nil)
            }
            let maxSum = block.criteria.reduce(0) { $0 + $1.maxPoints }
            try w.writeRow(block.subtotal, [
                WriteCell(2, .text("Cộng \(block.roman)"), style: s.subtotal),
                WriteCell(column: 5, value: .number(maxSum), formula: "SUM(F\(block.first + 1):F\(block.last + 1))", style: s.subtotalNumber),
                WriteCell(column: 7, value: .number(0), formula: "SUM(H\(block.first + 1):H\(block.last + 1))", style: s.subtotalNumber),
            ])
        }
        // Bonus and penalty lines, then the total.
        for (r, code, name, cap) in [(plan.bonusRow, ReturnFormLayout.bonusCode, "Điểm thưởng (cờ thi đua, bằng khen...)", settings.bonusCap),
                                     (plan.penaltyRow, ReturnFormLayout.penaltyCode, "Điểm trừ (vi phạm, bị phê bình...)", settings.penaltyCap)] {
            try w.writeRow(r, [WriteCell(1, .text(code), style: s.code), WriteCell(2, .text(name), style: s.text),
                               WriteCell(5, .number(cap), style: s.number), WriteCell(7, .empty, style: s.input),
                               WriteCell(8, .empty, style: s.inputText)])
        }
        let maxTotal = schema.criteria.reduce(0) { $0 + $1.maxPoints }
        let subtotalRefs = plan.blocks.map { "F\($0.subtotal + 1)" }.joined(separator: ",")
        let pointRefs = plan.blocks.map { "H\($0.subtotal + 1)" }.joined(separator: ",")
        try w.writeRow(plan.totalRow, [
            WriteCell(2, .text("TỔNG CỘNG"), style: s.subtotal),
            WriteCell(column: 5, value: .number(maxTotal), formula: "SUM(\(subtotalRefs))", style: s.subtotalNumber),
            WriteCell(column: 7, value: .number(0), formula: "SUM(\(pointRefs))+H\(plan.bonusRow + 1)-H\(plan.penaltyRow + 1)", style: s.subtotalNumber),
        ])
        try w.writeRow(plan.signatureRow, [WriteCell(2, .text("Người lập báo cáo"), style: s.label), WriteCell(6, .text("Xác nhận của UBND phường"), style: s.label)])
        try w.endSheet()
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
        var validations = [DataValidation(range: cell(4, 2), rule: .decimal(.greaterThan(0)),
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

    private func criterionCells(_ c: Criterion, number: Int, styles s: FormStyles) -> [WriteCell] {
        let resultStyle: StyleHandle = switch c.valueType {
        case .date: s.inputDate
        case .text, .choice, .yesNo: s.inputText
        default: s.input
        }
        return [
            WriteCell(0, .number(Double(number)), style: s.code),
            WriteCell(1, .text(c.code), style: s.code),
            WriteCell(2, .text(c.name), style: s.text),
            WriteCell(3, c.unit.isEmpty ? .empty : .text(c.unit), style: s.code),
            WriteCell(4, c.target.map { .number($0) } ?? .empty, style: c.valueType == .money ? s.money : s.number),
            WriteCell(5, .number(c.maxPoints), style: s.number),
            WriteCell(6, .empty, style: resultStyle),
            WriteCell(7, .empty, style: s.input),
            WriteCell(8, .empty, style: s.inputText),
        ]
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
            let what = c.valueType == .percent ? "tỷ lệ phần trăm (số từ 0 đến 100, không gõ dấu %)" : c.valueType == .money ? "số tiền (\(c.unit))" : "một số"
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
        if c.maxPoints > 0 {
            out.append(DataValidation(range: points, rule: .decimal(.between(0, c.maxPoints)),
                input: .init(title: "Điểm tự chấm", text: "Nhập điểm tự chấm từ 0 đến \(Self.show(c.maxPoints))."),
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
        "Hướng dẫn: chỉ nhập vào các ô màu vàng: kết quả thực hiện (cột G), điểm tự chấm (cột H), minh chứng/ghi chú (cột I) "
            + "và ngày lập báo cáo. Không thêm, xoá hay đổi thứ tự dòng; không sửa mã tiêu chí. Số nhập dạng số, không kèm đơn vị; "
            + "tỷ lệ % nhập số từ 0 đến 100; ngày nhập theo ngày/tháng/năm. Hạn nộp: "
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
