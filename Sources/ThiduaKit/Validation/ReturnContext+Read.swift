import Foundation

extension ReturnContext {
    /// Finds the marker, the form sheet, its fields and its criterion rows.
    mutating func read(into result: inout WardReturn) {
        readMarker(into: &result)
        let candidates = sheets.filter { $0.info.name != markerSheet }.compactMap { FormScan(sheet: $0, codes: index.codes) }
        guard let best = candidates.max(by: { $0.codeRows.count < $1.codeRows.count }) else {
            add(.error, .returnNoCriteria,
                vi: "Không tìm thấy mã tiêu chí nào (như \(schema.criteria.first?.code ?? "")) trong tệp: đây không phải biểu mẫu báo cáo thi đua, hoặc cột \"Mã\" đã bị xóa.",
                en: "No criterion code (such as \(schema.criteria.first?.code ?? "")) was found in the file: this is not an emulation return form, or its \"Mã\" (code) column was deleted.",
                at: nil, sheet: sheets.first?.info.name)
            reportLeftovers(in: sheets.filter { $0.info.name != markerSheet })
            return
        }
        scan = best
        // Some eight cells a criterion are accounted for: room made once, not by rehashing.
        accounted.reserveCapacity(best.codeRows.count * 8 + 64)
        reading.convention = Self.convention(of: best, csv: reading.fromCSV)
        result.sheet = best.sheet.info.name
        if best.headerRow == nil {
            add(.warning, .returnNoHeader,
                vi: "Không tìm thấy dòng tiêu đề cột (\"Mã\", \"Kết quả thực hiện\"...); các cột được xác định theo mẫu gốc.",
                en: "The column header row (\"Mã\", \"Kết quả thực hiện\", ...) was not found; columns were taken from the original layout.",
                at: nil)
        } else if let h = best.headerRow {
            for cell in best.sheet.rows.first(where: { $0.index == h })?.cells ?? [] {
                accounted.insert(CellReference(row: h, column: cell.column))
            }
        }
        readFields(best, into: &result)
        readEntries(best, into: &result)
        reportLeftovers(in: sheets.filter { $0.info.name != markerSheet })
    }

    private mutating func readMarker(into result: inout WardReturn) {
        guard let sheet = sheets.first(where: { $0.info.name.lowercased() == ReturnFormLayout.markerSheetName }) else {
            add(.warning, .returnNoMarker,
                vi: "Tệp không có dấu nhận dạng của biểu mẫu (trang ẩn \"\(ReturnFormLayout.markerSheetName)\"): có thể không dùng biểu mẫu do quận phát hành. Vẫn kiểm tra theo mã tiêu chí.",
                en: "The file lacks the form's marker (hidden sheet \"\(ReturnFormLayout.markerSheetName)\"): it may not be the district's form. It is still checked by criterion codes.",
                at: nil, sheet: sheets.first?.info.name)
            return
        }
        markerSheet = sheet.info.name
        for row in sheet.rows {
            guard let k = row[column: 0], case .text(let key) = k.value,
                  let name = ReturnMarkerKey(rawValue: key), let v = row[column: 1] else { continue }
            switch v.value {
            case .text(let s): marker[name] = s
            case .number(let d): marker[name] = CanonicalNumberText.string(d)
            default: break
            }
        }
        result.schemaID = marker[.schemaID]
        result.schemaVersion = marker[.schemaVersion]
        if let id = marker[.schemaID], id != schema.id {
            add(.error, .returnSchemaMismatch,
                vi: "Biểu mẫu thuộc bộ tiêu chí \"\(id)\", không phải \"\(schema.id)\" đang dùng để kiểm tra. Hãy dùng biểu mẫu của năm \(schema.settings.year).",
                en: "The form belongs to criteria schema \"\(id)\", not \"\(schema.id)\" used for checking. Use the \(schema.settings.year) form.",
                at: CellReference(row: 0, column: 1), sheet: markerSheet)
        } else if let version = marker[.schemaVersion], version != schema.version {
            add(.warning, .returnSchemaVersion,
                vi: "Biểu mẫu làm theo phiên bản \(version) của bộ tiêu chí; phiên bản hiện hành là \(schema.version). Kiểm tra theo phiên bản hiện hành.",
                en: "The form was made from schema version \(version); the current version is \(schema.version). Checked against the current version.",
                at: nil, sheet: markerSheet)
        }
    }

    private mutating func readFields(_ scan: FormScan, into result: inout WardReturn) {
        for (_, f) in scan.fields {
            accounted.insert(f.label)
            if let r = f.valueRef { accounted.insert(r) }
        }
        // Ward: the name field, the code field, and the marker must all name the same ward.
        var named: [(Ward, CellReference?, String)] = []
        if let f = scan.fields[.ward], let cell = f.value {
            let typed = cell.value.plainText
            switch wardMatcher.resolve(typed) {
            case .matched(let m):
                named.append((m.ward, f.valueRef, typed))
                if m.needsReview {
                    add(.warning, .identityWardApproximate,
                        vi: "Tên phường \"\(typed)\" được hiểu là \"\(m.ward.name)\" (khớp gần đúng). Hãy ghi đúng tên phường.",
                        en: "Ward name \"\(typed)\" was read as \"\(m.ward.name)\" (approximate match). Write the ward's exact name.",
                        at: f.valueRef)
                }
            case .ambiguous(let wards):
                add(.error, .identityWard,
                    vi: "Tên phường \"\(typed)\" có thể là nhiều phường: \(wards.map(\.name).joined(separator: ", ")).",
                    en: "Ward name \"\(typed)\" could be several wards: \(wards.map(\.name).joined(separator: ", ")).",
                    at: f.valueRef)
            case .unknown:
                add(.error, .identityWard,
                    vi: "Không nhận ra phường \"\(typed)\". Các phường: \(schema.wards.map(\.name).joined(separator: ", ")).",
                    en: "Unknown ward \"\(typed)\". The wards are: \(schema.wards.map(\.name).joined(separator: ", ")).",
                    at: f.valueRef)
            }
        }
        if let f = scan.fields[.wardCode], let cell = f.value {
            let typed = cell.value.plainText
            if let m = wardMatcher.match(typed), m.kind == .code { named.append((m.ward, f.valueRef, typed)) }
        }
        if let code = marker[.wardCode], let ward = wardMatcher.ward(code: code) {
            named.append((ward, nil, code))
        }
        if let first = named.first {
            result.ward = first.0
            for other in named.dropFirst() where other.0.code != first.0.code {
                add(.error, .identityWardConflict,
                    vi: "Tệp ghi hai phường khác nhau: \"\(first.2)\" (\(first.0.name)) và \"\(other.2)\" (\(other.0.name)).",
                    en: "The file names two different wards: \"\(first.2)\" (\(first.0.name)) and \"\(other.2)\" (\(other.0.name)).",
                    at: other.1 ?? first.1)
            }
        } else if scan.fields[.ward] == nil {
            add(.error, .identityWard,
                vi: "Không tìm thấy ô \"Phường:\" ghi tên phường.", en: "The \"Phường:\" (ward) field was not found.",
                at: nil)
        }
        // Year and period.
        if let f = scan.fields[.year], let cell = f.value {
            let year: Int? = switch cell.value {
            case .number(let v): Int(exactly: v)  // never traps: 1e300 is a number, not a year
            case .text(let t): Int(t.trimmingCharacters(in: .whitespaces))
            default: nil
            }
            result.year = year
            if year != schema.settings.year {
                add(.error, .identityYear,
                    vi: "Năm báo cáo là \(cell.value.plainText), nhưng bộ tiêu chí là của năm \(schema.settings.year).",
                    en: "The return's year is \(cell.value.plainText), but the schema is for \(schema.settings.year).",
                    at: f.valueRef)
            }
        } else if let y = marker[.year].flatMap(Int.init) {
            result.year = y
        }
        if let f = scan.fields[.period], let cell = f.value {
            let period = cell.value.plainText
            result.period = period
            if Self.periodKey(period) != Self.periodKey(schema.settings.reportingPeriod) {
                add(.warning, .identityPeriod,
                    vi: "Kỳ báo cáo ghi \"\(period)\", khác kỳ của bộ tiêu chí \"\(schema.settings.reportingPeriod)\".",
                    en: "The reporting period reads \"\(period)\", not the schema's \"\(schema.settings.reportingPeriod)\".",
                    at: f.valueRef)
            }
        }
        if let f = scan.fields[.reportDate], let cell = f.value {
            let r = InputInterpreter.date(cell, reading: reading)
            if case .date(let d)? = r.value { result.reportDate = d }
            add(r.notes, at: f.valueRef!, criterion: nil)
        }
        // Without it the district cannot tell whether the return is on time, nor which of two
        // returns is the latest (it falls back on the file's time).
        if result.reportDate == nil, let f = scan.fields[.reportDate], f.value?.value.isEmpty ?? true {
            add(.warning, .identityReportDate,
                vi: "Chưa nhập ngày lập báo cáo: quận không xác định được báo cáo nộp đúng hạn hay không. Hãy nhập ngày theo dạng ngày/tháng/năm vào ô bên cạnh \"\(ReturnField.reportDate.label)\".",
                en: "The report date is missing, so the district cannot tell whether the return is on time. Enter it as day/month/year in the cell next to \"\(ReturnField.reportDate.label)\".",
                at: f.valueRef ?? CellReference(row: f.label.row, column: f.label.column + 1))
        }
    }

    /// A reporting period as compared: its match key without spaces. Remembered (`TextMemo`):
    /// every return repeats its schema's period, and Foundation's `replacingOccurrences`
    /// cost some 40,000 instructions a call.
    static func periodKey(_ period: String) -> String {
        periodKeys.value(of: period) { VietnameseText.matchKey($0).replacingOccurrences(of: " ", with: "") }
    }

    static let periodKeys = TextMemo<String>(capacity: 256)

    private mutating func readEntries(_ scan: FormScan, into result: inout WardReturn) {
        var seen: [String: CellReference] = [:]
        let codeColumn = scan.column(.code)!
        for (code, row) in scan.codeRows {
            let codeRef = CellReference(row: row.index, column: codeColumn)
            if let first = seen[code] {
                add(.error, .returnDuplicateCriterion,
                    vi: "Tiêu chí \(code) xuất hiện hai lần (đã có ở \(first)); dòng này không được dùng. Hãy xóa dòng thừa.",
                    en: "Criterion \(code) appears twice (already at \(first)); this row was not used. Delete the extra row.",
                    at: codeRef, criterion: code)
                // Its input cells stay unaccounted, so their values are reported below;
                // the copied form columns (number, name, unit...) are not ward data.
                for column in ReturnColumn.allCases where !column.isInput {
                    if let c = scan.column(column) { accounted.insert(CellReference(row: row.index, column: c)) }
                }
                continue
            }
            seen[code] = codeRef
            accounted.insert(codeRef)
            if code == ReturnFormLayout.bonusCode || code == ReturnFormLayout.penaltyCode {
                readAdjustment(code, row: row, scan: scan, into: &result)
                continue
            }
            guard let i = criterionPosition(code) else { continue }
            result.entries.append(readEntry(i, row: row, scan: scan))
        }
        // Keep schema order: each entry's position looked up once, and a return whose rows
        // are in the schema's order (the form's) left as it is, which the stable sort would do.
        let order = index.positions
        let keys = result.entries.indices.map { order[result.entries[$0].criterion, default: 0] }
        guard zip(keys, keys.dropFirst()).contains(where: { $0 > $1 }) else { return }
        result.entries = zip(keys, result.entries).sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The entry of the criterion at `position` in the schema, whose fields are read in place
    /// (`schema.criteria[position]`): a copy retained and released a dozen of them.
    private mutating func readEntry(_ position: Int, row: Row, scan: FormScan) -> ReturnEntry {
        let criteria = schema.criteria
        let code = criteria[position].code
        func ref(_ c: ReturnColumn) -> CellReference? {
            scan.column(c).map { CellReference(row: row.index, column: $0) }
        }
        let resultRef = ref(.result) ?? CellReference(row: row.index, column: 0)
        let resultCell = scan.column(.result).flatMap { row[column: $0] }
        accounted.insert(resultRef)
        var interpreted = InputInterpreter.interpret(resultCell, as: criteria, at: position, reading: reading)
        if criteria[position].valueType.isNumeric, case .number(let v)? = interpreted.value, v.isNaN { interpreted.value = nil }
        add(interpreted.notes, at: resultRef, criterion: code)

        var selfPoints: Double?
        let pointsRef = ref(.selfPoints) ?? resultRef
        // The form computes most points with a formula that gives "" until a result is typed.
        if let c = scan.column(.selfPoints), let cell = row[column: c], !cell.value.isEmpty, cell.value != .text("") {
            accounted.insert(pointsRef)
            let r = InputInterpreter.number(cell, reading: reading)
            if case .number(let v)? = r.value { selfPoints = v }
            add(r.notes, at: pointsRef, criterion: code)
        }
        var notes: String?
        if let c = scan.column(.notes), let cell = row[column: c], !cell.value.isEmpty {
            accounted.insert(CellReference(row: row.index, column: c))
            let r = InputInterpreter.text(cell)
            if case .text(let t)? = r.value { notes = t }
            add(r.notes, at: CellReference(row: row.index, column: c), criterion: code)
        }
        checkLockedCells(position, row: row, scan: scan)
        return ReturnEntry(criterion: code, value: interpreted.value,
                           valueLocation: location(resultRef), rawValue: resultCell?.value ?? .empty,
                           selfPoints: selfPoints, selfPointsLocation: location(pointsRef), notes: notes, points: nil)
    }

    /// The form's own cells of a criterion row: reported when changed, the schema's value is used.
    private mutating func checkLockedCells(_ position: Int, row: Row, scan: FormScan) {
        let criteria = schema.criteria
        let code = criteria[position].code
        for column in Self.lockedColumns {
            guard let c = scan.column(column) else { continue }
            let ref = CellReference(row: row.index, column: c)
            guard let cell = row[column: c] else { continue }
            accounted.insert(ref)
            let expected: CellValue? = switch column {
            case .name: .text(criteria[position].name)
            case .unit: criteria[position].unit.isEmpty ? nil : .text(criteria[position].unit)
            case .target: criteria[position].target.map { .number($0) }
            case .maxPoints: .number(criteria[position].maxPoints)
            default: nil
            }
            guard let expected, !Self.sameFormValue(cell.value, expected) else { continue }
            // Forms since version 2 show a yes/no target as the answer ("Có"), earlier ones as 1.
            if column == .target, criteria[position].valueType == .yesNo, case .number(let t) = expected,
               Self.sameFormValue(cell.value, .text(t == 0 ? "Không" : "Có")) { continue }
            add(.warning, .returnLockedCellChanged,
                vi: "Ô \"\(column.label)\" của tiêu chí \(code) đã bị sửa thành \"\(cell.value.plainText)\"; giá trị này không được dùng, dùng giá trị của quận \"\(expected.plainText)\".",
                en: "The \"\(column.label)\" cell of criterion \(code) was changed to \"\(cell.value.plainText)\"; that value is not used, the district's \"\(expected.plainText)\" is.",
                at: ref, criterion: code)
        }
    }

    /// The form's own columns of a criterion row, in the order they are checked.
    private static let lockedColumns: [ReturnColumn] = [.number, .name, .unit, .target, .maxPoints, .method]

    private mutating func readAdjustment(_ code: String, row: Row, scan: FormScan, into result: inout WardReturn) {
        for column in [ReturnColumn.selfPoints, .result] {
            guard let c = scan.column(column), let cell = row[column: c], !cell.value.isEmpty else { continue }
            let ref = CellReference(row: row.index, column: c)
            accounted.insert(ref)
            let r = InputInterpreter.number(cell, reading: reading)
            add(r.notes, at: ref, criterion: code)
            if case .number(let v)? = r.value {
                if code == ReturnFormLayout.bonusCode { result.bonus = v } else { result.penalty = v }
            }
            break
        }
        for column in [ReturnColumn.number, .name, .unit, .target, .maxPoints, .notes, .method] {
            if let c = scan.column(column), row[column: c] != nil { accounted.insert(CellReference(row: row.index, column: c)) }
        }
    }

    /// The convention of the numbers typed as text in the table's input cells (results and
    /// points), where a ward's numbers are; the form's own columns are not the ward's typing.
    static func convention(of scan: FormScan, csv: Bool) -> NumberConvention {
        var texts: [String] = [], fractions: [Double] = []
        let columns = [ReturnColumn.result, .selfPoints].compactMap { scan.column($0) }
        for (_, row) in scan.codeRows {
            for c in columns {
                switch row[column: c]?.value {
                case .text(let t)?:
                    let number = InputInterpreter.numberText(of: t)
                    if !number.isEmpty { texts.append(number) }
                case .number(let v)? where csv && v.rounded() != v:
                    fractions.append(v)
                default: break
                }
            }
        }
        return NumberConvention.learn(texts: texts, csvFractions: fractions)
    }

    /// Every non-empty cell nobody used is reported, so no value is silently dropped.
    mutating func reportLeftovers(in sheets: [SheetData]) {
        accounted.seal()
        for sheet in sheets {
            let isForm = sheet.info.name == formSheet
            for row in sheet.rows {
                // Whether the row is a subtotal line, found out only for a row with a cell
                // left over (most of the form's rows have none).
                var subtotals: Bool?
                for cell in row.cells where !cell.value.isEmpty {
                    let ref = CellReference(row: row.index, column: cell.column)
                    if isForm && accounted.contains(ref) { continue }
                    // The form's own titles, headings and subtotal formulas are not ward data.
                    if cell.formula != nil && isForm { continue }
                    // Nor are its subtotals where a CSV export kept their values, not their formulas.
                    if isForm {
                        let isSubtotal = subtotals ?? Self.isSubtotalRow(row)
                        subtotals = isSubtotal
                        if isSubtotal && Self.isNumeric(cell.value) { continue }
                    }
                    if case .text(let t) = cell.value, isForm, Self.isFormText(t, index: index, row: row.index, scan: scan) { continue }
                    add(.warning, .returnUnexpectedValue,
                        vi: "Ô có giá trị \"\(cell.value.plainText)\" nằm ngoài các ô cần nhập nên không được dùng. Nếu là số liệu báo cáo, hãy nhập vào đúng cột \"\(ReturnColumn.result.label)\".",
                        en: "This cell holds \"\(cell.value.plainText)\" outside the input cells, so it was not used. If it is reported data, enter it in the \"\(ReturnColumn.result.label)\" column.",
                        at: ref, sheet: sheet.info.name)
                }
            }
        }
    }

    /// A row of the form's subtotals ("Cộng I") or grand total ("TỔNG CỘNG").
    static func isSubtotalRow(_ row: Row) -> Bool {
        row.cells.contains { cell in
            guard case .text(let t) = cell.value, t.utf8.count <= 64, startsWithCOrT(t), hasNAndG(t) else { return false }
            return subtotalLabels.value(of: t, make: isSubtotalLabel)
        }
    }

    /// Whether a text reads "cộng…" or "tổng cộng" once its key is made.
    static func isSubtotalLabel(_ text: String) -> Bool {
        let key = VietnameseText.matchKey(text)
        return key.hasPrefix("cộng ") || key == "cộng" || key == "tổng cộng"
    }

    /// `isSubtotalLabel` remembered (`TextMemo`): the form's headings and criteria beginning
    /// with C or T come back in every return, and comparing Vietnamese keys normalises them.
    static let subtotalLabels = TextMemo<Bool>(capacity: 1024)

    /// Whether the first scalar that `matchKey` keeps is `c` or `t` in either case: a key
    /// beginning "cộng" or "tổng" needs it (NFC, tone marks and lower-casing never turn
    /// another first letter into these), so other cells skip the costly key.
    static func startsWithCOrT(_ text: String) -> Bool {
        // An ASCII first byte other than white space (tab to CR, space) is the first kept scalar.
        if let b = text.utf8.first, b < 0x80, b != 0x20, !(0x09...0x0D).contains(b) {
            return b | 0x20 == UInt8(ascii: "c") || b | 0x20 == UInt8(ascii: "t")
        }
        for scalar in text.unicodeScalars {
            // What `collapsingWhitespace` drops at the start.
            if scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" { continue }
            return scalar == "c" || scalar == "C" || scalar == "t" || scalar == "T"
        }
        return false
    }

    /// Whether `text` has the letters `n` and `g` in either case: "cộng" and "tổng" need both,
    /// and nothing but `N`/`G` lower-cases to them, so "Có" or "Tiêu chí" skip the key too.
    static func hasNAndG(_ text: String) -> Bool {
        var n = false, g = false
        for byte in text.utf8 {
            switch byte | 0x20 {
            case UInt8(ascii: "n"): n = true
            case UInt8(ascii: "g"): g = true
            default: continue
            }
            if n && g { return true }
        }
        return false
    }

    static func isNumeric(_ value: CellValue) -> Bool {
        switch value {
        case .number: true
        case .text(let t): NumberParser.detectHuman(t) != nil || NumberConvention.readings(of: t) != nil
        default: false
        }
    }

    private static func isFormText(_ text: String, index: SchemaIndex, row: Int, scan: FormScan?) -> Bool {
        if let header = scan?.headerRow, row < header { return true }      // title and instructions
        let key = VietnameseText.matchKey(text)
        return index.formKeys.value(of: key) { isFormKey($0, areaNames: index.areaNames) }
    }

    /// Whether a text with this match key is the form's own below its header.
    static func isFormKey(_ key: String, areaNames: Set<String>) -> Bool {
        if !key.isEmpty, key.allSatisfy({ "ivxl".contains($0) }) { return true }   // area numbers I, II...
        if areaNames.contains(where: { VietnameseText.contains(key, $0) }) { return true }  // area headings
        return key.hasPrefix("cộng") || key.hasPrefix("tổng") || key.hasPrefix("ghi chú") || key.hasPrefix("người lập")
            || key.hasPrefix("xác nhận") || key.hasPrefix("điểm thưởng") || key.hasPrefix("điểm trừ")
            // The signature blocks under the table.
            || key.hasPrefix("tm. ") || key == "chủ tịch" || key.hasPrefix("(ký")
    }

    static func sameFormValue(_ a: CellValue, _ b: CellValue) -> Bool {
        switch (a, b) {
        case let (.number(x), .number(y)): return abs(x - y) < 1e-9
        // Equal text (the form as written) skips the costly normalisation.
        // The same bytes first: `==` normalises Vietnamese text before comparing it.
        case let (.text(x), .text(y)): return x.hasSameBytes(as: y) || x == y || VietnameseText.matchKey(x) == VietnameseText.matchKey(y)
        case let (.text(x), .number(y)): return NumberParser(style: .vietnamese).parse(x)?.value == y
        default: return a == b
        }
    }
}
