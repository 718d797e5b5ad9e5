import Foundation

/// Reads a result cell as the criterion's value type, accepting what people really type and
/// saying so: numbers stored as text (`1.234,5`, `12,5%`), units typed into the cell
/// (`15 hộ`), dates typed as `dd/mm/yyyy`, `Có`/`Không` for yes/no. Never guesses silently:
/// each interpretation is a warning that names what was read.
enum InputInterpreter {
    struct Result {
        var value: ReportedValue?
        var notes: [InputNote] = []
    }

    static func interpret(_ cell: Cell?, as criterion: Criterion, reading: NumberReading = NumberReading()) -> Result {
        interpret(cell, valueType: criterion.valueType, unit: criterion.unit, allowed: criterion.allowedValues, reading: reading)
    }

    /// `interpret(_:as:)` for `criteria[position]`, read in place: a copy of a criterion
    /// retained and released a dozen fields, once per criterion of every return.
    static func interpret(_ cell: Cell?, as criteria: [Criterion], at position: Int, reading: NumberReading = NumberReading()) -> Result {
        interpret(cell, valueType: criteria[position].valueType, unit: criteria[position].unit,
                  allowed: criteria[position].allowedValues, reading: reading)
    }

    /// The unit and the allowed values are fetched only for the types that use them.
    private static func interpret(_ cell: Cell?, valueType: ValueType, unit: @autoclosure () -> String,
                                  allowed: @autoclosure () -> [String], reading: NumberReading) -> Result {
        guard let cell, !cell.value.isEmpty else { return Result(value: nil) }
        switch valueType {
        case .number, .integer, .percent, .money:
            var r = number(cell, percent: valueType == .percent, unit: unit(), reading: reading)
            if valueType == .integer, case .number(let v)? = r.value, v.rounded() != v {
                r.notes.append(InputNote(.error, .valueInteger,
                    vi: "Giá trị phải là số nguyên, nhưng ô có \(show(v)).",
                    en: "The value must be a whole number, but the cell holds \(show(v))."))
            }
            return r
        case .yesNo: return yesNo(cell)
        case .choice: return choice(cell, allowed: allowed())
        case .text: return text(cell)
        case .date: return date(cell, reading: reading)
        }
    }

    // MARK: numbers

    /// A number from a number cell or from text, with the notes saying how it was read.
    static func number(_ cell: Cell, percent: Bool = false, unit: String = "", reading: NumberReading = NumberReading()) -> Result {
        switch cell.value {
        case .number(let v) where !v.isFinite:
            return Result(value: nil, notes: [typeError(expected: "một số", "a number", got: show(v))])
        case .number(let v):
            if percent, let format = cell.numberFormat, format.contains("%") {
                // Excel keeps 85% as 0.85 with a percent format: the ward sees 85.
                return Result(value: .number(v * 100))
            }
            var r = Result(value: .number(v))
            if percent && v > 0 && v <= 1 {
                r.notes.append(InputNote(.warning, .inputPercentScale,
                    vi: "Đọc là \(show(v))%. Nếu ý là \(show(v * 100))%, hãy nhập \(show(v * 100)).",
                    en: "Read as \(show(v))%. If \(show(v * 100))% was meant, enter \(show(v * 100))."))
            }
            return r
        case .text(let raw):
            return numberFromText(raw, percent: percent, unit: unit, reading: reading)
        case .boolean(let b):
            return Result(value: nil, notes: [typeError(expected: "một số", "a number", got: b ? "TRUE" : "FALSE")])
        case .date(let d):
            return Result(value: nil, notes: [typeError(expected: "một số", "a number", got: d.description)])
        case .dateTime(let d):
            return Result(value: nil, notes: [typeError(expected: "một số", "a number", got: d.description)])
        case .error(let e):
            return Result(value: nil, notes: [typeError(expected: "một số", "a number", got: e)])
        case .time, .duration:
            return Result(value: nil, notes: [typeError(expected: "một số", "a number", got: cell.value.isoText ?? "")])
        case .empty:
            return Result(value: nil)
        }
    }

    static func numberFromText(_ raw: String, percent: Bool, unit: String, reading: NumberReading = NumberReading()) -> Result {
        let (text, notes) = TypedText.clean(raw)
        var r = Result(value: nil, notes: notes.filter { $0.code != .inputSpaces })
        // Split a typed unit off the number: "15 hộ", "1.200 triệu đồng", "85 %".
        let scalars = Array(text)
        var end = 0
        while end < scalars.count, "0123456789+-.,% ".contains(scalars[end]) { end += 1 }
        let numberPart = String(scalars[..<end]).trimmingCharacters(in: .whitespaces)
        let rest = String(scalars[end...]).trimmingCharacters(in: .whitespaces)
        guard !numberPart.isEmpty, numberPart.contains(where: \.isNumber) else {
            r.notes.append(typeError(expected: "một số", "a number", got: raw))
            return r
        }
        var parsed: ParsedNumber
        if let both = NumberConvention.readings(of: numberPart) {
            // A number each convention reads differently: the file's convention decides, and
            // the warning says which reading was taken and why.
            switch ambiguous(raw, both, reading.convention) {
            case .success(let (number, note)):
                parsed = number
                r.notes.append(note)
            case .failure(let failure):
                r.notes.append(failure.note)
                return r
            }
        } else {
            guard let one = NumberConvention.vietnameseParser.parse(numberPart)
                    ?? NumberParser.detectHuman(numberPart)
                    ?? NumberParser.canonical.parse(numberPart)
                    ?? NumberConvention.englishParser.parse(numberPart)
            else {
                r.notes.append(typeError(expected: "một số", "a number", got: raw))
                return r
            }
            parsed = one
        }
        var value = parsed.value
        if parsed.isPercent && !percent { value /= 100 }
        guard value.isFinite else {
            r.notes.append(typeError(expected: "một số", "a number", got: raw))
            return r
        }
        r.value = .number(value)
        // In CSV every number is text: there is no number cell to advise.
        if !reading.fromCSV {
            r.notes.append(InputNote(.warning, .inputNumberAsText,
                vi: "Số được nhập dưới dạng chữ \"\(clipped(raw))\"; đã đọc là \(show(value)). Hãy nhập ô kiểu số.",
                en: "The number was entered as text \"\(clipped(raw))\"; it was read as \(show(value)). Enter it as a number cell."))
        }
        if !rest.isEmpty {
            guard rest.contains(where: \.isLetter) else {
                r.value = nil
                r.notes = notes + [typeError(expected: "một số", "a number", got: raw)]
                return r
            }
            let sameUnit = VietnameseText.matchKey(rest) == VietnameseText.matchKey(unit)
            r.notes.append(InputNote(.warning, .inputUnitInCell,
                vi: "Ô có ghi kèm đơn vị \"\(rest)\"\(sameUnit ? "" : " (đơn vị của tiêu chí là \"\(unit)\")"); đã bỏ đơn vị, chỉ lấy số. Chỉ nhập số.",
                en: "The cell includes the unit \"\(rest)\"\(sameUnit ? "" : " (the criterion's unit is \"\(unit)\")"); the unit was dropped and the number kept. Enter only the number."))
        }
        return r
    }

    /// The number at the start of typed text (`1.234,5` of `1.234,5 triệu đồng`), the part
    /// whose convention counts; empty when the text does not start with one.
    static func numberText(of raw: String) -> String {
        let text = TypedText.clean(raw).0
        // ASCII, the usual case: a byte is a character, and Foundation's white space there is
        // the space and the tab; the same result without its trimming (~5,000 instructions).
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            let kept = text.utf8.prefix { numberBytes.contains($0) }
            let trimmed = kept.drop { $0 == 0x20 || $0 == 0x09 }.reversed().drop { $0 == 0x20 || $0 == 0x09 }.reversed()
            return String(decoding: Array(trimmed), as: UTF8.self)
        }
        return String(text.prefix { "0123456789+-.,% ".contains($0) }).trimmingCharacters(in: .whitespaces)
    }

    private static let numberBytes = Set("0123456789+-.,% ".utf8)

    /// The reading of an ambiguous number by the file's convention, with the warning that
    /// says so; an error when the file mixes both conventions.
    static func ambiguous(_ raw: String, _ both: (vietnamese: ParsedNumber, english: ParsedNumber),
                          _ convention: NumberConvention) -> Swift.Result<(ParsedNumber, InputNote), AmbiguousNumber> {
        let vi = show(both.vietnamese.value), en = show(both.english.value)
        let quoted = clipped(raw)
        switch convention {
        case .vietnamese(let sample):
            return .success((both.vietnamese, InputNote(.warning, .inputNumberAmbiguous,
                vi: "\"\(quoted)\" có thể là \(en) hoặc \(vi); đã đọc là \(vi) theo cách viết các số khác trong tệp (như \"\(sample)\": dấu chấm phân cách hàng nghìn, dấu phẩy thập phân). Nếu sai, hãy sửa ô này.",
                en: "\"\(quoted)\" could be \(en) or \(vi); it was read as \(vi) because the file's other numbers (such as \"\(sample)\") use \".\" for thousands and \",\" for decimals. If that is wrong, correct this cell.")))
        case .english(let sample):
            return .success((both.english, InputNote(.warning, .inputNumberAmbiguous,
                vi: "\"\(quoted)\" có thể là \(en) hoặc \(vi); đã đọc là \(en) theo cách viết các số khác trong tệp (như \"\(sample)\": dấu chấm thập phân, dấu phẩy phân cách hàng nghìn). Nếu sai, hãy sửa ô này.",
                en: "\"\(quoted)\" could be \(en) or \(vi); it was read as \(en) because the file's other numbers (such as \"\(sample)\") use \".\" for decimals and \",\" for thousands. If that is wrong, correct this cell.")))
        case .unknown:
            return .success((both.vietnamese, InputNote(.warning, .inputNumberAmbiguous,
                vi: "\"\(quoted)\" có thể là \(en) hoặc \(vi); không số nào khác trong tệp cho biết cách viết, nên đã đọc là \(vi) theo cách viết của Việt Nam (dấu chấm phân cách hàng nghìn). Nếu sai, hãy sửa ô này.",
                en: "\"\(quoted)\" could be \(en) or \(vi); no other number in the file shows its convention, so it was read as \(vi) by the Vietnamese one (\".\" for thousands). If that is wrong, correct this cell.")))
        case .mixed(let v, let e):
            return .failure(AmbiguousNumber(note: InputNote(.error, .valueAmbiguousNumber,
                vi: "\"\(quoted)\" có thể là \(en) hoặc \(vi), và tệp dùng cả hai cách viết số (\"\(v)\" và \"\(e)\"). Hãy nhập số không có dấu phân cách hàng nghìn.",
                en: "\"\(quoted)\" could be \(en) or \(vi), and the file uses both conventions (\"\(v)\" and \"\(e)\"). Enter the number without a thousands separator.")))
        }
    }

    struct AmbiguousNumber: Error {
        var note: InputNote
    }

    // MARK: other types

    static let yesWords: Set<String> = ["có", "co", "đạt", "dat", "x", "yes", "y", "true", "hoàn thành", "hoan thanh", "1"]
    static let noWords: Set<String> = ["không", "khong", "không đạt", "khong dat", "no", "n", "false", "chưa hoàn thành", "chua hoan thanh", "0"]

    static func yesNo(_ cell: Cell) -> Result {
        switch cell.value {
        case .boolean(let b): return Result(value: .yesNo(b))
        case .number(let v) where v == 0 || v == 1: return Result(value: .yesNo(v == 1))
        case .text(let raw):
            let (text, notes) = TypedText.clean(raw)
            let key = VietnameseText.nfc(text).lowercased()
            if yesWords.contains(key) { return Result(value: .yesNo(true), notes: notes) }
            if noWords.contains(key) { return Result(value: .yesNo(false), notes: notes) }
            return Result(value: nil, notes: notes + [InputNote(.error, .valueChoice,
                vi: "Chỉ nhập \"Có\" hoặc \"Không\"; ô có \"\(clipped(raw))\".",
                en: "Enter only \"Có\" (yes) or \"Không\" (no); the cell holds \"\(clipped(raw))\".")])
        default:
            return Result(value: nil, notes: [InputNote(.error, .valueChoice,
                vi: "Chỉ nhập \"Có\" hoặc \"Không\".", en: "Enter only \"Có\" (yes) or \"Không\" (no).")])
        }
    }

    static func choice(_ cell: Cell, allowed: [String]) -> Result {
        let raw: String
        switch cell.value {
        case .text(let t): raw = t
        case .number(let v): raw = show(v)
        default: raw = cell.value.isoText ?? ""
        }
        let (text, notes) = TypedText.clean(raw)
        let key = VietnameseText.matchKey(text)
        if let hit = allowed.first(where: { VietnameseText.matchKey($0) == key }) {
            return Result(value: .text(hit), notes: notes)
        }
        return Result(value: nil, notes: notes + [InputNote(.error, .valueChoice,
            vi: "\"\(clipped(raw))\" không phải là một lựa chọn hợp lệ. Chọn một trong: \(allowed.joined(separator: "; ")).",
            en: "\"\(clipped(raw))\" is not an allowed choice. Choose one of: \(allowed.joined(separator: "; ")).")])
    }

    static func text(_ cell: Cell) -> Result {
        switch cell.value {
        case .text(let raw):
            let (text, notes) = TypedText.clean(raw)
            guard WritableValues.canWrite(text: text) else {
                return Result(value: nil, notes: notes + [InputNote(.error, .valueTooLong,
                    vi: "Nội dung dài \(text.utf16.count) ký tự; một ô bảng tính chỉ chứa được \(WritableValues.maxTextLength). Hãy rút gọn.",
                    en: "The text is \(text.utf16.count) characters long; a spreadsheet cell holds at most \(WritableValues.maxTextLength). Shorten it.")])
            }
            return Result(value: text.isEmpty ? nil : .text(text), notes: notes)
        case .number(let v): return Result(value: .text(show(v)))
        default: return Result(value: .text(cell.value.isoText ?? String(describing: cell.value)))
        }
    }

    static func date(_ cell: Cell, reading: NumberReading = NumberReading()) -> Result {
        switch cell.value {
        case .date(let d): return writable(d)
        case .dateTime(let dt): return writable(dt.date)
        case .text(let raw):
            let (text, notes) = TypedText.clean(raw)
            if let d = dateFromText(text) {
                // CSV has no date cells: day/month/year text is how it holds a date.
                if reading.fromCSV { return writable(d) }
                return Result(value: .date(d), notes: notes + [InputNote(.warning, .inputDateAsText,
                    vi: "Ngày được nhập dưới dạng chữ \"\(clipped(raw))\"; đã đọc là ngày \(vietnameseDate(d)). Hãy nhập ô kiểu ngày.",
                    en: "The date was entered as text \"\(clipped(raw))\"; it was read as \(d) (day/month/year). Enter it as a date cell.")])
            }
            return Result(value: nil, notes: notes + [typeError(expected: "một ngày (ngày/tháng/năm)", "a date (day/month/year)", got: raw)])
        default:
            return Result(value: nil, notes: [typeError(expected: "một ngày (ngày/tháng/năm)", "a date (day/month/year)",
                                                        got: cell.value.isoText ?? String(describing: cell.value))])
        }
    }

    /// A date cell's date, or an error when it lies outside the years the outputs can hold
    /// (`0218-11-10` for 2018, `1899-12-31`, a five-digit year): said here, at the return's
    /// cell, rather than by a writer at a cell of the consolidated workbook.
    static func writable(_ d: CivilDate) -> Result {
        guard WritableValues.canWrite(d) else {
            let years = WritableValues.dateYears
            return Result(value: nil, notes: [InputNote(.error, .valueDateRange,
                vi: "Ngày \(d) nằm ngoài khoảng năm \(years.lowerBound)–\(years.upperBound) mà bảng tính ghi được; hãy kiểm tra năm.",
                en: "The date \(d) is outside the years \(years.lowerBound)–\(years.upperBound) a spreadsheet can hold; check the year.")])
        }
        return Result(value: .date(d))
    }

    /// `dd/mm/yyyy` (also with `-` or `.`), never month first; or ISO `yyyy-mm-dd`.
    static func dateFromText(_ text: String) -> CivilDate? {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        let d = parts[0].count == 4 ? CivilDate(year: a, month: b, day: c) : CivilDate(year: c, month: b, day: a)
        guard d.isValid, d.year >= 1900, d.year <= 2200 else { return nil }
        return d
    }

    static func typeError(expected vi: String, _ en: String, got: String) -> InputNote {
        InputNote(.error, .valueType,
            vi: "Cần nhập \(vi), nhưng ô có \"\(clipped(got))\".",
            en: "Expected \(en), but the cell holds \"\(clipped(got))\".")
    }

    /// What a cell holds, shortened for a message (a message is one line of a report).
    static func clipped(_ raw: String, to length: Int = 200) -> String {
        raw.count <= length ? raw : String(raw.prefix(length)) + "…"
    }

    static func show(_ v: Double) -> String { CanonicalNumberText.string(v) ?? "?" }

    static func vietnameseDate(_ d: CivilDate) -> String {
        String(format: "%02d/%02d/%04d", d.day, d.month, d.year)
    }
}
